import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, 'content/received/000_ba37072a07615a46.txt');

test('resolves the paths typed after `npm run ingest --` from the directory it was typed in', () => {
	const desk = mkdtempSync(join(tmpdir(), 'ingest-paths-'));
	const typedIn = join(desk, 'work');
	mkdirSync(typedIn);
	copyFileSync(SEED, join(desk, 'article.txt'));

	// From outside the project, as an editor would after `cd ~/desk/work`; npm sets INIT_CWD to here.
	const run = spawnSync(
		'npm',
		[
			'--prefix',
			ROOT,
			'run',
			'--silent',
			'ingest',
			'--',
			'--out',
			'sources',
			'--received',
			'received',
			'../article.txt',
		],
		{
			cwd: typedIn,
			encoding: 'utf8',
		},
	);

	expect({ code: run.status, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
	expect(run.stdout.split('\n')[0]).toBe(
		'created sources/2023-10-14-euronews.mdx from ../article.txt; original copied to received/article.txt',
	);
	expect(existsSync(join(typedIn, 'sources/2023-10-14-euronews.mdx'))).toBe(true);
	expect(existsSync(join(typedIn, 'received/article.txt'))).toBe(true);
	// npm and then Node start in turn: seconds on a busy machine, beyond the unit tests' default 5 s.
}, 30_000);
