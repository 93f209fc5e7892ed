import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('fixtures/', import.meta.url));

/** Runs the CLI as `npm run leads` does (Node 24 from node_modules), in a given time zone. */
function leads(args: string[], timeZone = 'UTC') {
	const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['src/leads/cli.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, TZ: timeZone },
	});
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under content/ with its hash and modification time: what "nothing written" means. */
function snapshot(dir = join(ROOT, 'content')): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files[path] =
			`${createHash('sha256').update(readFileSync(path)).digest('hex')} ${statSync(path).mtimeMs}`;
	}
	return files;
}

// Each test starts Node once or twice: seconds apiece on a busy machine, more than vitest's default 5 s.
describe('npm run leads', { timeout: 60_000 }, () => {
	test('prints the same leads in Honolulu and in Seoul, exits 0 and writes nothing to content/', () => {
		const before = snapshot();
		const honolulu = leads([], 'Pacific/Honolulu');
		const seoul = leads([], 'Asia/Seoul');
		expect(snapshot()).toEqual(before);
		expect({ code: honolulu.code, stderr: honolulu.stderr }).toEqual({ code: 0, stderr: '' });
		expect(seoul.stdout).toBe(honolulu.stdout);
		// Saturday 14 October's "Friday" is the 13th wherever the machine is.
		expect(honolulu.stdout).toContain('p8  "Friday" → 2023-10-13 (day)');
		expect(honolulu.stdout).toContain('p3  "last month" → 2023-09 (month)');
		expect(honolulu.stdout).toContain('p6  "in recent weeks" → [..2023-10-13] (on or before, day)');
		expect(honolulu.stdout).toContain(
			'p10  "between 7 September and 1 October" → 2023-09-07/2023-10-01 (period, day)',
		);
		expect(honolulu.stdout).toContain('p2  Source: reports from journalists present at a closed …');
		expect(honolulu.stdout.trim().split('\n').at(-1)).toBe(
			'2 source(s): 10 date expression(s), 0 unresolved, 1 uncited paragraph(s), 0 candidate refinement(s). Leads are suggestions: nothing was written.',
		);
	});

	test('--json gives the same leads for tools, with counts, and nothing but the JSON on stdout', () => {
		const { code, stdout, stderr } = leads(['--json']);
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout.startsWith('{')).toBe(true);
		const json = JSON.parse(stdout) as {
			counts: Record<string, number>;
			sources: {
				source: string;
				published: string;
				dates: { paragraph: number; text: string; edtf: string; precision: string; kind: string }[];
				uncited: unknown[];
				refinements: unknown[];
			}[];
		};
		expect(json.counts).toEqual({ dates: 10, unresolved: 0, uncited: 1, refinements: 0 });
		expect(json.sources.map((s) => [s.source, s.published])).toEqual([
			['2023-10-13-european-pravda', '2023-10-13'],
			['2023-10-14-euronews', '2023-10-14'],
		]);
		expect(json.sources[1]!.dates[0]).toEqual({
			paragraph: 3,
			text: 'last month',
			edtf: '2023-09',
			precision: 'month',
			kind: 'point',
		});
	});

	test('names the event a new source dates more precisely, and the passage, in both time zones', () => {
		const args = ['--sources', join(FIXTURES, 'summit-day/sources')];
		const honolulu = leads(args, 'Pacific/Honolulu');
		expect(honolulu.code).toBe(0);
		expect(honolulu.stdout).toContain(
			'kim-putin-summit (dated 2023-09) → 2023-09-13, from p1 "on Wednesday"',
		);
		expect(honolulu.stdout).toContain(
			'“North Korean leader Kim Jong Un and Russian President Vladimir Putin met on Wednesday',
		);
		expect(leads(args, 'Asia/Seoul').stdout).toBe(honolulu.stdout);
	});

	test('--out writes the JSON to a file, and says so in one line on stdout', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'leads-out-')), 'leads.json');
		const { code, stdout } = leads(['--out', out]);
		expect(code).toBe(0);
		expect(stdout).toBe(
			'2 source(s): 10 date expression(s), 0 unresolved, 1 uncited paragraph(s), 0 candidate refinement(s). Leads are suggestions: nothing was written.\n' +
				`JSON written to ${out}.\n`,
		);
		expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(leads(['--json']).stdout));
	});

	test('exits 1 when --out cannot be written, naming the file', () => {
		const { code, stderr } = leads(['--out', '/nonexistent-folder/leads.json']);
		expect(code).toBe(1);
		expect(stderr).toMatch(/^error: \/nonexistent-folder\/leads\.json: cannot write the JSON/);
	});

	test('lists a weekday of an article dated only to its month as unresolved, in both time zones', () => {
		const args = ['--sources', join(FIXTURES, 'month-only/sources')];
		const honolulu = leads(args, 'Pacific/Honolulu');
		expect(honolulu.code).toBe(0);
		expect(honolulu.stdout).toContain('2023-10-monthly-review (published 2023-10, en,');
		expect(honolulu.stdout).toContain('p1  "on Tuesday" → unresolved: published 2023-10');
		expect(honolulu.stdout).toContain('p1  "September" → 2023-09 (month)');
		expect(leads(args, 'Asia/Seoul').stdout).toBe(honolulu.stdout);
	});

	test('exits 1 naming the file and line of a source whose frontmatter is not YAML, and how to quote', () => {
		const { code, stdout, stderr } = leads([
			'--sources',
			join(FIXTURES, 'broken-frontmatter/sources'),
		]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(
			/^error: tests\/leads\/fixtures\/broken-frontmatter\/sources\/2023-10-15-broken\.mdx:2: the frontmatter is not valid YAML \(.+\).*Quote a value/,
		);
	});

	test('exits 2 on an unknown flag, with the usage', () => {
		const { code, stderr } = leads(['--write']);
		expect(code).toBe(2);
		expect(stderr).toContain("error: Unknown option '--write'");
		expect(stderr).toContain('Usage: npm run leads -- [options]');
	});
});
