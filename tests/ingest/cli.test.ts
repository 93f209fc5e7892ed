import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = ['000_ba37072a07615a46.txt', '001_4ae81bf74ec58c4c.txt'].map((name) =>
	join(ROOT, 'content/received', name),
);

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
});

/** Runs the CLI as `npm run ingest` does (Node 24 from node_modules), never touching content/. */
function ingest(...args: string[]) {
	const run = spawnSync(
		join(ROOT, 'node_modules/.bin/node'),
		[
			'src/ingest/cli.ts',
			'--out',
			join(dir, 'sources'),
			'--received',
			join(dir, 'received'),
			...args,
		],
		{ cwd: ROOT, encoding: 'utf8' },
	);
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test starts Node up to three times: seconds apiece on a machine shared by several builds.
describe('npm run ingest', { timeout: 60_000 }, () => {
	test('ingests both seeds, exits 0, and says so per file', () => {
		const { code, stdout, stderr } = ingest(...SEEDS);
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).toMatch(
			/^created .*2023-10-14-euronews\.mdx from .*000_ba37072a07615a46\.txt; original copied to .*received\/000_ba37072a07615a46\.txt$/m,
		);
		expect(stdout).toMatch(/^created .*2023-10-13-european-pravda\.mdx from /m);
		expect(readdirSync(join(dir, 'sources')).sort()).toEqual([
			'2023-10-13-european-pravda.mdx',
			'2023-10-14-euronews.mdx',
		]);
	});

	test('reruns as a no-op that exits 0 and reports each page unchanged', () => {
		ingest(...SEEDS);
		const pages = readdirSync(join(dir, 'sources')).map((name) =>
			readFileSync(join(dir, 'sources', name), 'utf8'),
		);
		const { code, stdout } = ingest(...SEEDS);
		expect(code).toBe(0);
		expect(
			stdout
				.trim()
				.split('\n')
				.map((line) => line.split(' ')[0]),
		).toEqual(['unchanged', 'unchanged']);
		expect(
			readdirSync(join(dir, 'sources')).map((name) =>
				readFileSync(join(dir, 'sources', name), 'utf8'),
			),
		).toEqual(pages);
	});

	test('reports a page whose text was edited by hand as kept, and one whose title was as unchanged', () => {
		ingest(SEEDS[0]!);
		const page = join(dir, 'sources', '2023-10-14-euronews.mdx');
		writeFileSync(
			page,
			readFileSync(page, 'utf8').replace(
				'title: "The US believes',
				'title: "Edited: The US believes',
			),
		);
		expect(ingest(SEEDS[0]!).stdout).toMatch(
			/^unchanged .*2023-10-14-euronews\.mdx: .*000_ba37072a07615a46\.txt was already ingested$/m,
		);
		writeFileSync(page, readFileSync(page, 'utf8').replace('1,000 containers', '2,000 containers'));
		const { code, stdout } = ingest(SEEDS[0]!);
		expect(code).toBe(0);
		expect(stdout).toMatch(
			/^kept .*2023-10-14-euronews\.mdx: its text was edited by hand \(.*000_ba37072a07615a46\.txt is unchanged\); rerun with --force to regenerate its paragraphs \(its frontmatter is kept\)$/m,
		);
	});

	test('exits 1 for a changed input, listing the correction and writing nothing, and 0 once --write applies it', () => {
		const input = join(dir, '000_ba37072a07615a46.txt');
		copyFileSync(SEEDS[0]!, input);
		ingest(input);
		writeFileSync(
			input,
			readFileSync(input, 'utf8').replace('1,000 containers', '1,001 containers'),
		);
		const refused = ingest(input);
		expect(refused.code).toBe(1);
		expect(refused.stdout).toMatch(
			/^.*2023-10-14-euronews\.mdx: .*000_ba37072a07615a46\.txt is a corrected version of its article .*: 1 paragraph changed\.$/m,
		);
		expect(refused.stderr).toMatch(
			/^error: .*000_ba37072a07615a46\.txt: has changed since it was ingested as .*; nothing written\. Rerun with --write/m,
		);
		const written = ingest('--write', input);
		expect(written.code).toBe(0);
		expect(written.stdout).toMatch(
			/^corrected .*2023-10-14-euronews\.mdx from .*: the correction of \d{4}-\d{2}-\d{2} is recorded in its corrections; original copied to /m,
		);
	});

	test('exits 1 when any file is refused, still ingesting the others and writing nothing for the refused one', () => {
		const bad = join(dir, 'undated.txt');
		writeFileSync(bad, 'North Korea delivered arms.\n');
		const { code, stdout, stderr } = ingest(bad, SEEDS[1]!);
		expect(code).toBe(1);
		expect(stderr).toContain(
			`error: ${bad}:1: the first line must be " date YYYY-MM-DD" followed by the first paragraph, but it starts "North Korea delivered arms.". Put the publication date at the start of line 1`,
		);
		expect(stderr).toContain('1 of 2 file(s) refused; nothing was written for them.');
		expect(stdout).toMatch(/^created .*2023-10-13-european-pravda\.mdx/m);
		expect(existsSync(join(dir, 'received', 'undated.txt'))).toBe(false);
	});

	test('exits 1 with a message to pass --publisher when the text does not name one', () => {
		const file = join(dir, 'anonymous.txt');
		writeFileSync(file, ' date 2023-10-13 Kirby spoke.\n');
		const { code, stderr } = ingest(file);
		expect(code).toBe(1);
		expect(stderr).toContain('Pass the publisher with --publisher "Name"');
		expect(ingest('--publisher', 'Voice of America', file).code).toBe(0);
		expect(existsSync(join(dir, 'sources', '2023-10-13-voice-of-america.mdx'))).toBe(true);
	});

	test.each([
		['no input file', [], 'error: no input file given'],
		['an unknown option', ['--forse', 'a.txt'], "error: Unknown option '--forse'"],
		[
			'--slug with several files',
			['--slug', 'x', 'a.txt', 'b.txt'],
			'error: --slug applies to one file, but 2 were given',
		],
		[
			'--title with several files',
			['--title', 'x', 'a.txt', 'b.txt'],
			'error: --title applies to one file, but 2 were given',
		],
	])('exits 2 with the usage for %s', (_, args, message) => {
		const { code, stderr } = ingest(...args);
		expect(code).toBe(2);
		expect(stderr).toContain(message);
		expect(stderr).toContain('Usage: npm run ingest -- [options] <file.txt>…');
	});

	test('prints the usage and exits 0 for --help', () => {
		const { code, stdout } = ingest('--help');
		expect(code).toBe(0);
		expect(stdout).toContain('--publisher NAME');
	});
});
