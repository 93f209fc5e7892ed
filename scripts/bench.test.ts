import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BENCH_DIR } from './bench/paths.ts';

const BENCH = fileURLToPath(new URL('./bench.ts', import.meta.url));

/** Runs `npm run bench` with `args`; resolves with its exit code and output. */
function runBench(args: string[]): Promise<{ code: number | null; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [BENCH, ...args], {
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stderr }));
	});
}

/**
 * Every step of the benchmark at a toy size (`--tiny`), end to end as `npm run bench` runs them, so
 * that a change to the site that breaks one (a selector, a build option, a page that moved) fails
 * here and not months later in a figures run. The figures themselves mean nothing at this size.
 */
describe('npm run bench -- --tiny', () => {
	let work: string;
	let run: { code: number | null; stderr: string };
	let report: string;
	beforeAll(async () => {
		await mkdir(BENCH_DIR, { recursive: true });
		work = await mkdtemp(join(BENCH_DIR, 'test-'));
		run = await runBench(['--tiny', '--work', work, '--out', join(work, 'performance.md')]);
		report = await readFile(join(work, 'performance.md'), 'utf8').catch(() => '');
	});
	afterAll(async () => {
		if (work) await rm(work, { recursive: true, force: true });
	});

	test('runs every step to the end and writes the report', () => {
		expect(run.stderr).not.toMatch(/Error|warning: .* logged errors/);
		expect(run.code).toBe(0);
	});

	test.each([
		['First view', /\| `\/` \| [\d,]+ B \|/],
		['Lighthouse', /\| `\/` \| \d+ \| \d+ \| \d+ \| \d+ \|/],
		['Timeline scale', /\| 5 \| \d+ ms \| \d+ ms \| \d+ ms \|/],
		// The build-time strip as the site draws it: five events, one row and one mark each.
		['Timeline scale', /\| 5 \| rows \| 5 \| yes \| [\d.]+ KiB \|/],
		['Build scale', /\| 3 \+ 2 \| [\d.]+ s \|/],
		[
			'The chronology at scale',
			/\| 5 \| [\d.]+ KiB \| [\d.]+ KiB \| [\d,]+ \| [\d,]+ px \| \d+ \| \d+ \| \d+ \|/,
		],
	])('reports a figures row in “%s”', (heading, row) => {
		const section = report.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
		expect(section, `no section "${heading}" in the report`).toBeDefined();
		expect(section).toMatch(row);
	});
});
