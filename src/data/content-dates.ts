import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
	localCalendarDay,
	parseCalendarDate,
	toDayNumber,
	toIsoString,
	type CalendarDate,
} from '../lib/dates/index.ts';

const run = promisify(execFile);

/**
 * The day each content file last changed, for "last updated": the date of the last commit that
 * touched it (`git log`, the committer's own calendar day), or, for a file with changes not yet
 * committed (an editor's working copy, `astro dev`), the day it was last saved.
 *
 * Commit dates, not file times, because CI builds from a fresh clone, where every file's time is
 * the checkout's. A shallow clone knows only its own commits: a file last changed before them
 * dates from the oldest commit it has. Without git (an unpacked archive) every file's time is
 * used, the best there is. Nothing here fails a build: a file git cannot date gets its file time.
 * @param root the project root; `files` are relative to it (or absolute).
 * @returns the day of each file, by the path as given.
 */
export async function contentChangeDays(
	root: string,
	files: readonly string[],
): Promise<Map<string, CalendarDate>> {
	const days = new Map<string, CalendarDate>();
	const absolute = new Map(
		files.map((file) => [isAbsolute(file) ? file : resolve(root, file), file]),
	);
	const committed = await commitDays(root, [...absolute.keys()]);
	for (const [path, file] of absolute) {
		const day = committed?.get(path);
		if (day) days.set(file, day);
		else {
			const time = await stat(path).then(
				(stats) => stats.mtime,
				() => undefined,
			);
			if (time) days.set(file, localCalendarDay(time));
		}
	}
	return days;
}

/**
 * The days each content file was committed, oldest first, one entry per day (several commits of
 * one day count once): its first is the day the file was added, the others the days it changed.
 * Files git has not committed are left out; without git the map is empty. A shallow clone knows
 * only its own commits (clone with full history for the whole log).
 * @param root the project root; `files` are relative to it (or absolute).
 * @returns the days of each committed file, by the path as given.
 */
export async function contentHistory(
	root: string,
	files: readonly string[],
): Promise<Map<string, CalendarDate[]>> {
	const absolute = new Map(
		files.map((file) => [isAbsolute(file) ? file : resolve(root, file), file]),
	);
	const log = await commitLog(root, [...absolute.keys()]);
	const history = new Map<string, CalendarDate[]>();
	for (const [path, file] of absolute) {
		const days = log?.days.get(path);
		if (days)
			history.set(
				file,
				[...days].sort((a, b) => toDayNumber(a) - toDayNumber(b)),
			);
	}
	return history;
}

/**
 * The last commit day of each path that git has committed and that has no uncommitted change;
 * `undefined` when `root` is not in a git work tree or git is not installed.
 */
async function commitDays(
	root: string,
	paths: readonly string[],
): Promise<Map<string, CalendarDate> | undefined> {
	const log = await commitLog(root, paths);
	if (!log) return undefined;
	const days = new Map<string, CalendarDate>();
	for (const [path, committed] of log.days)
		if (!log.dirty.has(path) && committed[0]) days.set(path, committed[0]);
	return days;
}

/**
 * Each path's commit days, newest first and one per day, and the paths with uncommitted changes;
 * `undefined` when `root` is not in a git work tree or git is not installed.
 */
async function commitLog(
	root: string,
	paths: readonly string[],
): Promise<{ days: Map<string, CalendarDate[]>; dirty: Set<string> } | undefined> {
	if (paths.length === 0) return { days: new Map(), dirty: new Set() };
	let top: string;
	try {
		top = (await git(root, ['rev-parse', '--show-toplevel'])).trim();
	} catch {
		return undefined;
	}
	const pathspecs = paths.map((path) => relative(top, path));
	let log: string;
	let status: string;
	try {
		// NUL before each commit's date: no file name can hold one.
		[log, status] = await Promise.all([
			git(top, [
				'-c',
				'core.quotePath=false',
				'log',
				'--format=%x00%cs',
				'--name-only',
				'--no-renames',
				'--',
				...pathspecs,
			]),
			git(top, [
				'-c',
				'core.quotePath=false',
				'status',
				'--porcelain',
				'-z',
				'--untracked-files=all',
				'--',
				...pathspecs,
			]),
		]);
	} catch {
		return undefined;
	}
	const dirty = new Set(
		status
			.split('\0')
			.filter((entry) => /^.. /.test(entry))
			.map((entry) => join(top, entry.slice(3))),
	);
	const days = new Map<string, CalendarDate[]>();
	for (const commit of log.split('\0').slice(1)) {
		const [date = '', ...names] = commit.split('\n');
		const day = parseCalendarDate(date.trim());
		if ('error' in day) continue;
		for (const name of names) {
			if (name.trim() === '') continue;
			const path = join(top, name.trim());
			// The log is newest first; a day already listed for this file (another commit that day) counts once.
			const listed = days.get(path) ?? [];
			if (!listed.some((other) => toIsoString(other) === toIsoString(day))) listed.push(day);
			days.set(path, listed);
		}
	}
	return { days, dirty };
}

async function git(cwd: string, args: string[]): Promise<string> {
	const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
	return stdout;
}
