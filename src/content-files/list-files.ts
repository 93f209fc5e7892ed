import { existsSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { CONTENT_PATTERNS } from './folders.ts';

/**
 * The entries of a collection folder, as Astro's `glob()` finds them: the same library (tinyglobby)
 * and options, with the collection's pattern, so whatever reads content outside Astro sees exactly
 * the files the site publishes.
 * @returns paths relative to `folder`, with `/`, in name order; none when the folder does not exist.
 */
export function listContentFiles(folder: string, pattern: string): string[] {
	if (!existsSync(folder)) return [];
	return globSync(pattern, { cwd: folder, expandDirectories: false }).sort();
}

/** The events collection's files: `.md` and `.mdx`, in subfolders too. */
export function listEventFiles(folder: string): string[] {
	return listContentFiles(folder, CONTENT_PATTERNS.events);
}

/** The sources collection's files: `.mdx` at the top of the folder. */
export function listSourceFiles(folder: string): string[] {
	return listContentFiles(folder, CONTENT_PATTERNS.sources);
}
