import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listParagraphs } from '../lib/paragraphs.ts';
import { parseMdx } from '../lib/parse-mdx.ts';
import { entryId } from './entry-id.ts';
import { readFrontmatter } from './frontmatter.ts';
import { listSourceFiles } from './list-files.ts';
import { readCached } from './read-cached.ts';

/** A source page as the checks outside Astro need it. */
export interface SourceFile {
	/** Its entry id, as the collection gives it. */
	id: string;
	/** Its absolute path. */
	path: string;
	/** Its frontmatter values, or `undefined` when the YAML cannot be read (the collection reports that). */
	frontmatter: Record<string, unknown> | undefined;
	/** Its numbered paragraphs as the page numbers them, or why the MDX cannot be read. */
	paragraphs: { number: number; text: string }[] | Error;
}

/**
 * Every source page of `folder` (as the collection lists them), read and parsed once per build: the
 * citation check, its sanity warnings and anything else asking in the same build share one reading.
 */
export function readSourceFiles(folder: string): SourceFile[] {
	const dir = resolve(folder);
	const names = listSourceFiles(dir);
	return readCached('sources', dir, names, () => names.map((name) => readSourceFile(dir, name)));
}

function readSourceFile(dir: string, name: string): SourceFile {
	const path = join(dir, name);
	const text = readFileSync(path, 'utf8');
	let frontmatter: Record<string, unknown> | undefined;
	try {
		frontmatter = readFrontmatter(text);
	} catch {
		frontmatter = undefined;
	}
	let paragraphs: SourceFile['paragraphs'];
	try {
		paragraphs = listParagraphs(parseMdx(text)).map(({ number, text: paragraph }) => ({
			number,
			text: paragraph,
		}));
	} catch (error) {
		paragraphs = error instanceof Error ? error : new Error(String(error));
	}
	return { id: entryId(name), path, frontmatter, paragraphs };
}
