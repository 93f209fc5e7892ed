import { existsSync } from 'node:fs';

/**
 * Content errors found in `astro dev`, for the pages to show. There a loader must not throw on a
 * change (the server would keep serving the last good data, and say so only in the terminal), so
 * the loaders record each problem here and `getChronology()` throws the first one while a page is
 * rendered: Astro's dev error page shows its message and hint in the browser.
 *
 * One list per process, on `globalThis`: the loaders run in Astro's own module graph, the pages in
 * Vite's module runner, in the same process but with their own copies of this module.
 */
interface Problem {
	error: Error;
	/** The file the problem is in, when it is one file's: forgotten once the file is gone. */
	file?: string | undefined;
}

const KEY = Symbol.for('chronology.content-problems');
const problems: Map<string, Problem> =
	((globalThis as Record<symbol, unknown>)[KEY] as Map<string, Problem> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[KEY] = problems;

/** Records the problem named `key` (a file's path, or `citations`), replacing any earlier one of that name. */
export function reportContentProblem(key: string, error: Error, file?: string): void {
	problems.set(key, { error, file });
}

/** Forgets the problem named `key`: it has been fixed. */
export function clearContentProblem(key: string): void {
	problems.delete(key);
}

/**
 * The first problem still standing (its file still there), or `undefined` when content is sound. A
 * file's own problem (YAML, a field) comes before the citation check's, which it may have caused.
 */
export function currentContentProblem(): Error | undefined {
	let general: Error | undefined;
	for (const [key, { error, file }] of problems) {
		if (file === undefined) general ??= error;
		else if (existsSync(file)) return error;
		else problems.delete(key);
	}
	return general;
}
