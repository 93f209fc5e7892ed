import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './build.ts';

/** A source as its MDX file has it, read without Astro: what a test compares the built site with. */
export interface SourceFile {
	/** The file name without `.mdx`: the entry id and the page's slug. */
	id: string;
	/** The raw frontmatter. */
	frontmatter: Record<string, unknown>;
}

/** Every source in `content/sources/`, in file-name order. */
export async function readSourceFiles(): Promise<SourceFile[]> {
	const dir = join(REPO_ROOT, 'content/sources');
	const files = (await readdir(dir)).filter((file) => file.endsWith('.mdx')).sort();
	return Promise.all(
		files.map(async (file) => {
			const text = await readFile(join(dir, file), 'utf8');
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
			if (frontmatter === undefined) throw new Error(`${file} has no frontmatter`);
			return {
				id: basename(file, '.mdx'),
				frontmatter: parse(frontmatter) as Record<string, unknown>,
			};
		}),
	);
}

/** The source ingested from `content/received/<received>`. */
export async function sourceOfReceived(received: string): Promise<SourceFile> {
	const matches = (await readSourceFiles()).filter(
		(source) => source.frontmatter['received'] === received,
	);
	if (matches.length !== 1)
		throw new Error(
			`expected one source in content/sources with "received: ${received}", found ${matches.length}`,
		);
	return matches[0]!;
}
