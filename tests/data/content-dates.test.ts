import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { contentChangeDays, contentHistory } from '../../src/data/content-dates.ts';
import { toIsoString } from '../../src/lib/dates/index.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'content-dates-'));
	mkdirSync(join(dir, 'content/events/2023'), { recursive: true });
});

function git(cwd: string, args: string[], date?: string): void {
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 't',
		GIT_AUTHOR_EMAIL: 't@t.invalid',
		GIT_COMMITTER_NAME: 't',
		GIT_COMMITTER_EMAIL: 't@t.invalid',
	};
	if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
	execFileSync('git', args, { cwd, env, stdio: 'ignore' });
}

/** Writes a file and sets its modification time, as a checkout would: the time git does not use. */
function write(path: string, text: string, mtime = new Date(2030, 0, 1, 12)): void {
	writeFileSync(join(dir, path), text);
	utimesSync(join(dir, path), mtime, mtime);
}

async function days(root: string, files: string[]): Promise<Record<string, string>> {
	return Object.fromEntries(
		[...(await contentChangeDays(root, files))].map(([file, day]) => [file, toIsoString(day)]),
	);
}

describe('contentChangeDays', () => {
	test('dates each committed file by its last commit, not by its file time', async () => {
		git(dir, ['init', '-q']);
		write('content/events/a.mdx', 'a');
		write('content/events/2023/b.md', 'b');
		git(dir, ['add', '.']);
		git(dir, ['commit', '-qm', 'first'], '2026-03-04T10:00:00+00:00');
		write('content/events/a.mdx', 'a, edited');
		git(dir, ['commit', '-qam', 'edit'], '2026-05-06T10:00:00+00:00');
		expect(await days(dir, ['content/events/a.mdx', 'content/events/2023/b.md'])).toEqual({
			'content/events/a.mdx': '2026-05-06',
			'content/events/2023/b.md': '2026-03-04',
		});
	});

	test('dates a file with uncommitted changes, or not yet committed, by the day it was saved', async () => {
		git(dir, ['init', '-q']);
		write('content/events/a.mdx', 'a');
		git(dir, ['add', '.']);
		git(dir, ['commit', '-qm', 'first'], '2026-03-04T10:00:00+00:00');
		write('content/events/a.mdx', 'a, being edited', new Date(2026, 6, 8, 12));
		write('content/events/new.mdx', 'new', new Date(2026, 6, 9, 12));
		expect(await days(dir, ['content/events/a.mdx', 'content/events/new.mdx'])).toEqual({
			'content/events/a.mdx': '2026-07-08',
			'content/events/new.mdx': '2026-07-09',
		});
	});

	test('dates every file of a shallow clone by the commits it has', async () => {
		const origin = join(dir, 'origin');
		mkdirSync(join(origin, 'content'), { recursive: true });
		git(origin, ['init', '-q']);
		writeFileSync(join(origin, 'content/a.mdx'), 'a');
		git(origin, ['add', '.']);
		git(origin, ['commit', '-qm', 'first'], '2026-03-04T10:00:00+00:00');
		writeFileSync(join(origin, 'README'), 'r');
		git(origin, ['add', '.']);
		git(origin, ['commit', '-qm', 'second'], '2026-04-05T10:00:00+00:00');
		const clone = join(dir, 'clone');
		git(dir, ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
		expect(await days(clone, ['content/a.mdx'])).toEqual({ 'content/a.mdx': '2026-04-05' });
	});

	test('dates files by their file time where there is no git', async () => {
		write('content/events/a.mdx', 'a', new Date(2026, 1, 2, 12));
		expect(await days(dir, ['content/events/a.mdx'])).toEqual({
			'content/events/a.mdx': '2026-02-02',
		});
	});
});

describe('contentHistory', () => {
	test('lists each committed file’s commit days oldest first, a day of several commits once, and leaves out files never committed', async () => {
		git(dir, ['init', '-q']);
		write('content/events/a.mdx', 'a');
		git(dir, ['add', '.']);
		git(dir, ['commit', '-qm', 'added'], '2026-03-04T10:00:00+00:00');
		write('content/events/a.mdx', 'a, edited');
		git(dir, ['commit', '-qam', 'edit'], '2026-05-06T09:00:00+00:00');
		write('content/events/a.mdx', 'a, edited again');
		git(dir, ['commit', '-qam', 'edit again'], '2026-05-06T15:00:00+00:00');
		write('content/events/new.mdx', 'new');
		const history = await contentHistory(dir, ['content/events/a.mdx', 'content/events/new.mdx']);
		expect(
			Object.fromEntries([...history].map(([file, days]) => [file, days.map(toIsoString)])),
		).toEqual({ 'content/events/a.mdx': ['2026-03-04', '2026-05-06'] });
	});
});
