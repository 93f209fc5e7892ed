import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { slug as slugify } from 'github-slugger';
import { IngestError } from './ingest-error.ts';
import { readSource, readSources } from './read-source.ts';

/** Where sources and received originals live (content/sources and content/received by default). */
export interface Destinations {
	sourcesDir: string;
	receivedDir: string;
}

/** One built source to put on disk. */
export interface WriteRequest {
	/** The input as named on the command line, for messages. */
	file: string;
	slug: string;
	mdx: string;
	/** File name of the original in the received directory, as the page's `received` says. */
	receivedName: string;
	/** The original bytes, copied as the record of what was received. */
	bytes: Uint8Array;
	/** SHA-256 of `bytes`, as the page's `sha256` says. */
	sha256: string;
	/** Replace a page whose input changed or that was edited. */
	force: boolean;
}

/**
 * - `created`: a new page (and its original copied).
 * - `unchanged`: the page is exactly what this input gives; nothing written.
 * - `edited`: same input, but the page differs (an editor's corrections): kept as it is.
 * - `replaced`: with --force, the page (and original) were rewritten.
 */
export type Outcome = 'created' | 'unchanged' | 'edited' | 'replaced';

/** What happened, and where. */
export interface WriteResult {
	outcome: Outcome;
	sourcePath: string;
	receivedPath: string;
	/** Whether the original was (re)written to the received directory. */
	receivedCopied: boolean;
}

/**
 * Puts a source page and its original on disk under the ingest's safety rules: a rerun on the
 * same input changes nothing; an edited page is kept; a changed input, a slug taken by another
 * source, or a different original of the same name is refused. Every check runs before the
 * first write, so a refused file leaves nothing behind.
 * @throws IngestError when the write is refused.
 */
export async function writeSource(
	request: WriteRequest,
	destinations: Destinations,
): Promise<WriteResult> {
	const { file, slug, receivedName, force } = request;
	const sourcePath = join(destinations.sourcesDir, `${slug}.mdx`);
	const receivedPath = join(destinations.receivedDir, receivedName);

	const existing = await readSource(sourcePath);
	const previous = await readOptional(receivedPath);
	const sameOriginal = previous !== undefined && Buffer.from(previous).equals(request.bytes);
	// A different original of this name belongs to another source, unless the page at this slug
	// records it: then it is this source's earlier input, and the rules below decide.
	if (previous !== undefined && !sameOriginal && existing?.received !== receivedName) {
		throw new IngestError(
			file,
			undefined,
			`${show(receivedPath)} already holds a different file of that name`,
			'Rename the input file; or, if it is a new version of that article, rerun with --force to replace both the original and its page',
		);
	}
	const others = (await readSources(destinations.sourcesDir)).filter(
		(source) => source.path !== sourcePath,
	);
	const elsewhere = others.find((source) => source.received === receivedName);
	if (elsewhere) {
		throw new IngestError(
			file,
			undefined,
			`${receivedName} was already ingested as ${show(elsewhere.path)}`,
			`Edit that page; or delete it first to ingest this file again as "${slug}"`,
		);
	}
	// "2023-10-14 Euronews.mdx" has the same entry id as "2023-10-14-euronews.mdx": the build would fail.
	const sameId = others.find((source) => slugify(basename(source.path, '.mdx')) === slug);
	if (sameId) {
		throw new IngestError(
			file,
			undefined,
			`its slug "${slug}" is taken: ${show(sourcePath)} would have the same id as ${show(sameId.path)}, the page of ${sameId.received ?? 'another file'}`,
			'Give this file its own slug with --slug, or rename the other page',
		);
	}

	let outcome: Outcome = 'created';
	if (existing) {
		if (existing.received === undefined || existing.sha256 === undefined) {
			if (!force)
				throw new IngestError(
					show(sourcePath),
					undefined,
					'has no readable `received` and `sha256` in its frontmatter, so the ingest cannot tell which file it came from',
					`Fix its frontmatter, or rerun with --force to replace it with the page of ${file}`,
				);
		} else if (existing.received !== receivedName) {
			throw new IngestError(
				file,
				undefined,
				`its slug "${slug}" is taken: ${show(sourcePath)} is the page of ${existing.received}, a different source`,
				'Give this file its own slug with --slug (or correct --publisher if it was wrong)',
			);
		} else if (existing.sha256 !== request.sha256 && !force) {
			throw new IngestError(
				file,
				undefined,
				`has changed since it was ingested as ${show(sourcePath)} (sha256 ${existing.sha256.slice(0, 12)}… then, ${request.sha256.slice(0, 12)}… now)`,
				'Rerun with --force to replace the page with the new text (edits made to the page are lost), or restore the original file',
			);
		}
		if (existing.text === request.mdx) outcome = 'unchanged';
		else outcome = !force && existing.sha256 === request.sha256 ? 'edited' : 'replaced';
	}

	const receivedCopied = !sameOriginal;
	if (receivedCopied) await writeAtomically(receivedPath, request.bytes);
	if (outcome === 'created' || outcome === 'replaced') {
		try {
			await writeAtomically(sourcePath, request.mdx);
		} catch (error) {
			// Leave the received directory as it was: no half-ingested file.
			if (receivedCopied)
				await (previous === undefined
					? unlink(receivedPath)
					: writeAtomically(receivedPath, previous));
			throw error;
		}
	}
	return { outcome, sourcePath, receivedPath, receivedCopied };
}

/** Writes beside the target and renames, so a crash never leaves a truncated page. */
export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	await writeFile(temporary, data);
	await rename(temporary, path);
}

/** A file's bytes, or `undefined` when there is no such file. */
export async function readOptional(path: string): Promise<Uint8Array | undefined> {
	try {
		return await readFile(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Paths in messages are relative to where the command was run, as the user typed them. */
function show(path: string): string {
	return relative(process.cwd(), path) || path;
}
