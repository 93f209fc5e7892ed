import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../content-files/frontmatter.ts';
import { listSourceFiles } from '../content-files/list-files.ts';

/** What the ingest needs to know about a source page already on disk. */
export interface ExistingSource {
	path: string;
	/** The whole file, to tell an untouched page from an edited one. */
	text: string;
	/** Its `received` field, or `undefined` if the frontmatter cannot be read. */
	received: string | undefined;
	/** Its `sha256` field, or `undefined` if the frontmatter cannot be read. */
	sha256: string | undefined;
}

/** Reads a source page, or returns `undefined` when there is none at `path`. */
export async function readSource(path: string): Promise<ExistingSource | undefined> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	let data: unknown;
	try {
		data = readFrontmatter(text);
	} catch {
		data = undefined;
	}
	const field = (name: string) => {
		const value =
			typeof data === 'object' && data !== null
				? (data as Record<string, unknown>)[name]
				: undefined;
		return typeof value === 'string' ? value : undefined;
	};
	return { path, text, received: field('received'), sha256: field('sha256') };
}

/** Every source page in `dir` (none if it does not exist yet). */
export async function readSources(dir: string): Promise<ExistingSource[]> {
	const sources = await Promise.all(
		listSourceFiles(dir).map((name) => readSource(join(dir, name))),
	);
	return sources.filter((source) => source !== undefined);
}
