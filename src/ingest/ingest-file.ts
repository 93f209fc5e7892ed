import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildSource, type BuildOptions } from './build-source.ts';
import { IngestError } from './ingest-error.ts';
import { writeSource, type Destinations, type WriteResult } from './write-source.ts';

/** Command-line choices that apply to one input file. */
export type IngestOptions = Omit<BuildOptions, 'file' | 'receivedName'> & Destinations & { force: boolean };

/** The result of ingesting one file: what happened and the page's slug. */
export interface IngestResult extends WriteResult {
	slug: string;
}

/**
 * Reads one received article, builds its page and writes it (see {@link writeSource} for the
 * safety rules). The original keeps its file name in the received directory.
 * @throws IngestError when the file is refused; nothing is written for it then.
 */
export async function ingestFile(file: string, options: IngestOptions): Promise<IngestResult> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		throw new IngestError(file, undefined, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, 'Check the path');
	}
	const { sourcesDir, receivedDir, force, ...choices } = options;
	const receivedName = basename(file);
	const source = buildSource(bytes, { ...choices, file, receivedName });
	const result = await writeSource({ file, slug: source.slug, mdx: source.mdx, receivedName, bytes, sha256: source.frontmatter.sha256, force }, { sourcesDir, receivedDir });
	return { ...result, slug: source.slug };
}
