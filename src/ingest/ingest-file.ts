import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { slug as slugify } from 'github-slugger';
import { CONTENT_FOLDERS } from '../content-files/folders.ts';
import { localCalendarDay, type CalendarDate } from '../lib/dates/index.ts';
import { buildSource, type BuildOptions, type BuiltSource } from './build-source.ts';
import {
	correctedMdx,
	describeCorrection,
	keepingCorrections,
	keepingFrontmatter,
	planCorrection,
	readSourceCitations,
	withMovedParagraphs,
	type CorrectionPlan,
} from './correction.ts';
import { IngestError } from './ingest-error.ts';
import { normalizedSha256 } from './normalized-text.ts';
import { readSource, readSources, type ExistingSource } from './read-source.ts';
import {
	readOptional,
	writeAtomically,
	writeSource,
	type Destinations,
	type WriteResult,
} from './write-source.ts';

/** Command-line choices that apply to one input file. */
export type IngestOptions = Omit<BuildOptions, 'file' | 'receivedName'> &
	Destinations & {
		/** Replace a page that was edited; apply a correction even when some citations no longer match. */
		force: boolean;
		/** Apply a correction (a changed input) whose citations all still match. */
		write?: boolean | undefined;
		/** In a correction, take the frontmatter the new text gives instead of keeping the page's. */
		resetFrontmatter?: boolean | undefined;
		/** The event files whose citations a correction re-resolves (default: `events/` beside `sourcesDir`). */
		eventsDir?: string | undefined;
		/** Where a correction's listing goes, before anything is written (default: stdout). */
		log?: ((text: string) => void) | undefined;
		/** The day a correction is recorded under (default: today where the command runs). */
		today?: CalendarDate | undefined;
	};

/** A correction written: the page, the event files whose paragraph numbers moved, and the plan. */
export interface CorrectionResult {
	outcome: 'corrected';
	slug: string;
	sourcePath: string;
	receivedPath: string;
	receivedCopied: true;
	/** Where the original it replaced is kept (`superseded/<sha256>.txt` in the received folder). */
	superseded: string | undefined;
	eventsUpdated: string[];
	plan: CorrectionPlan;
}

/**
 * What happened to one file: a {@link WriteResult} and the page's slug; `corrected`; or
 * `identical`, when a byte-identical file was already ingested under another name (nothing written).
 */
export type IngestResult =
	| (WriteResult & { slug: string; built: BuiltSource })
	| (CorrectionResult & { built: BuiltSource })
	| {
			outcome: 'identical';
			slug: string;
			sourcePath: string;
			receivedAs: string;
			/** The bytes differ, but not the text once line endings, trailing spaces and Unicode are normalised. */
			normalised: boolean;
	  };

/** One file of a batch, with its own options (a manifest row may differ from the next). */
export interface BatchInput {
	file: string;
	options: IngestOptions;
}

/** What became of one file of a batch: its result, or why it was refused. */
export type BatchOutcome =
	| { file: string; result: IngestResult; error?: undefined }
	| { file: string; result?: undefined; error: unknown };

interface Prepared {
	file: string;
	bytes: Uint8Array;
	receivedName: string;
	sha256: string;
	/** `undefined` when the file is identical to an ingested one. */
	source: BuiltSource | undefined;
}

/** An ingested page whose received original has the same text as the input. */
interface Identical {
	source: ExistingSource;
	/** The bytes differ: only line endings, trailing spaces or Unicode normalisation do. */
	normalised: boolean;
}

/**
 * Reads one received article, builds its page and writes it (see {@link writeSource} for the
 * safety rules). The original keeps its file name in the received directory.
 * @throws IngestError when the file is refused; nothing is written for it then.
 */
export async function ingestFile(file: string, options: IngestOptions): Promise<IngestResult> {
	return commit(await prepare(file, options), options, false);
}

/**
 * Ingests several files in order, each refused or written on its own. When two new articles of
 * the batch would share a `<published>-<publisher>` slug, both take the slug with their title's
 * first words, whatever order they come in.
 */
export async function ingestFiles(inputs: readonly BatchInput[]): Promise<BatchOutcome[]> {
	const prepared = await Promise.all(
		inputs.map(({ file, options }) =>
			prepare(file, options).then(
				(value) => ({ value }),
				(error: unknown) => ({ error }),
			),
		),
	);
	const hashesBySlug = new Map<string, Set<string>>();
	for (const entry of prepared) {
		if ('value' in entry && entry.value.source && entry.value.source.slugs.length > 1) {
			const hashes = hashesBySlug.get(entry.value.source.slug) ?? new Set();
			// Two downloads of one text (line endings, trailing spaces) are one article, not two sharing a slug.
			hashesBySlug.set(
				entry.value.source.slug,
				hashes.add(normalizedSha256(entry.value.bytes) ?? entry.value.sha256),
			);
		}
	}
	const outcomes: BatchOutcome[] = [];
	for (const [index, entry] of prepared.entries()) {
		const { file, options } = inputs[index]!;
		if ('error' in entry) {
			outcomes.push({ file, error: entry.error });
			continue;
		}
		const shared =
			entry.value.source !== undefined &&
			(hashesBySlug.get(entry.value.source.slug)?.size ?? 0) > 1;
		try {
			outcomes.push({ file, result: await commit(entry.value, options, shared) });
		} catch (error) {
			outcomes.push({ file, error });
		}
	}
	return outcomes;
}

/** Reads and builds, without writing; a file identical to an ingested one is not built at all. */
async function prepare(file: string, options: IngestOptions): Promise<Prepared> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		throw new IngestError(
			file,
			undefined,
			`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
			'Check the path',
		);
	}
	const { sourcesDir, receivedDir, force, ...choices } = options;
	const receivedName = basename(file);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const identical = await identicalSource(
		await readSources(sourcesDir),
		receivedDir,
		bytes,
		sha256,
		receivedName,
	);
	const source = identical ? undefined : buildSource(bytes, { ...choices, file, receivedName });
	return { file, bytes, receivedName, sha256, source };
}

async function commit(
	prepared: Prepared,
	options: IngestOptions,
	titleFirst: boolean,
): Promise<IngestResult> {
	const { file, bytes, receivedName, sha256, source } = prepared;
	const { sourcesDir, receivedDir, force } = options;
	const existing = await readSources(sourcesDir);
	const identical = await identicalSource(existing, receivedDir, bytes, sha256, receivedName);
	if (identical || !source) {
		// Found when prepared, so still there unless deleted meanwhile: then build it after all.
		if (identical) return identicalResult(identical);
		return commit(
			{ ...prepared, source: buildSource(bytes, { ...options, file, receivedName }) },
			options,
			titleFirst,
		);
	}
	const slug = chooseSlug(
		titleFirst ? [...source.slugs].reverse() : source.slugs,
		receivedName,
		existing,
		sourcesDir,
	);
	const page = await readSource(join(sourcesDir, `${slug}.mdx`));
	if (page?.received === receivedName && page.sha256 !== undefined && page.sha256 !== sha256) {
		// The same text in other bytes (line endings, trailing spaces, Unicode) is no correction.
		const original = await readOptional(join(receivedDir, receivedName));
		if (original && normalizedSha256(original) === normalizedSha256(bytes))
			return identicalResult({ source: page, normalised: true });
		const corrected = await correct(
			{ ...prepared, source },
			page as ExistingSource & { sha256: string },
			slug,
			options,
		);
		return { ...corrected, built: source };
	}
	let mdx = source.mdx;
	// The same input again: its page keeps its corrections log and, unless asked, the editor's frontmatter.
	if (page?.received === receivedName)
		mdx = options.resetFrontmatter
			? keepingCorrections(page.text, mdx)
			: keepingFrontmatter(page.text, mdx);
	const result = await writeSource(
		{ file, slug, mdx, receivedName, bytes, sha256, force },
		{ sourcesDir, receivedDir },
	);
	return { ...result, slug, built: source };
}

function identicalResult({ source, normalised }: Identical): IngestResult {
	return {
		outcome: 'identical',
		slug: slugify(basename(source.path, '.mdx')),
		sourcePath: source.path,
		receivedAs: source.received ?? '',
		normalised,
	};
}

/**
 * Keeps the original a correction replaces as `superseded/<sha256>.txt` in the received folder, so
 * every text a page was built from stays in the repository, found by the hash its
 * `corrections:` log records as `previous`.
 * @returns the path it is kept at, or `undefined` when there was no original to keep.
 */
async function keepSuperseded(
	receivedPath: string,
	receivedDir: string,
): Promise<string | undefined> {
	const bytes = await readOptional(receivedPath);
	if (!bytes) return undefined;
	const path = supersededPath(receivedDir, createHash('sha256').update(bytes).digest('hex'));
	await writeAtomically(path, bytes);
	return path;
}

/** Where the superseded original of SHA-256 `sha256` is kept. */
function supersededPath(receivedDir: string, sha256: string): string {
	return join(receivedDir, 'superseded', `${sha256}.txt`);
}

/**
 * A changed input of an ingested article: lists what the correction changes (paragraphs, citations
 * that move, citations that no longer match, frontmatter kept) before anything is written, then
 * writes only when asked: `--write` when every citation still matches, `--force` in any case.
 * Writes the original, the moved citations' paragraph numbers in their event files, then the page
 * (the editor's frontmatter, the new `sha256`, the correction added to `corrections:`).
 * @throws IngestError when not asked to write, or when citations no longer match without --force.
 */
async function correct(
	prepared: Prepared & { source: BuiltSource },
	page: ExistingSource & { sha256: string },
	slug: string,
	options: IngestOptions,
): Promise<CorrectionResult> {
	const { file, bytes, receivedName, sha256, source } = prepared;
	const {
		sourcesDir,
		receivedDir,
		force,
		write = false,
		resetFrontmatter = false,
		log = console.log,
	} = options;
	const eventsDir =
		options.eventsDir ??
		join(sourcesDir, relative(CONTENT_FOLDERS.sources, CONTENT_FOLDERS.events));
	const shown = relative(process.cwd(), page.path) || page.path;
	const citations = await readSourceCitations(eventsDir, slug);
	const plan = planCorrection({
		existingMdx: page.text,
		builtMdx: source.mdx,
		derived: source.frontmatter,
		citations,
		previousSha256: page.sha256,
		today: options.today ?? localCalendarDay(new Date()),
	});
	log(describeCorrection(shown, file, plan, { before: page.sha256, after: sha256 }));
	if (!write && !force) {
		throw new IngestError(
			file,
			undefined,
			`has changed since it was ingested as ${shown}; nothing written`,
			'Rerun with --write to apply the correction (the page keeps its frontmatter; moved citations get their new paragraph numbers; the correction is recorded), or restore the original file',
		);
	}
	if (plan.lost.length > 0 && !force) {
		const count =
			plan.lost.length === 1
				? '1 citation no longer matches'
				: `${plan.lost.length} citations no longer match`;
		throw new IngestError(
			file,
			undefined,
			`${count} the corrected text; nothing written`,
			'Rerun with --force to write the correction anyway, then correct those quotes from the new text (the build names each until it matches); or restore the original file',
		);
	}
	const receivedPath = join(receivedDir, receivedName);
	const superseded = await keepSuperseded(receivedPath, receivedDir);
	await writeAtomically(receivedPath, bytes);
	const eventsUpdated: string[] = [];
	for (const path of [...new Set(plan.moved.map(({ citation }) => citation.absolutePath))]) {
		const moved = plan.moved.filter(({ citation }) => citation.absolutePath === path);
		await writeAtomically(path, withMovedParagraphs(await readFile(path, 'utf8'), moved));
		eventsUpdated.push(moved[0]!.citation.file);
	}
	await writeAtomically(
		page.path,
		correctedMdx(page.text, source.mdx, sha256, plan.record, resetFrontmatter),
	);
	return {
		outcome: 'corrected',
		slug,
		sourcePath: page.path,
		receivedPath,
		receivedCopied: true,
		superseded,
		eventsUpdated,
		plan,
	};
}

/**
 * A page made from the same text under another file name: a second download of one article, byte
 * for byte, or differing only in line endings, trailing spaces or Unicode normalisation (its
 * received original is compared then). Under the same name, it is this file's own page, and the
 * write rules apply.
 */
async function identicalSource(
	sources: readonly ExistingSource[],
	receivedDir: string,
	bytes: Uint8Array,
	sha256: string,
	receivedName: string,
): Promise<Identical | undefined> {
	const others = sources.filter(
		(source) => source.received !== undefined && source.received !== receivedName,
	);
	const same = others.find((source) => source.sha256 === sha256);
	if (same) return { source: same, normalised: false };
	const normal = normalizedSha256(bytes);
	for (const source of others) {
		const original = await readOptional(join(receivedDir, source.received!));
		if (original && normalizedSha256(original) === normal) return { source, normalised: true };
	}
	return undefined;
}

/**
 * The slug of this file's existing page if it is one of `slugs` (or of a page whose frontmatter
 * cannot say whose it is: {@link writeSource} then refuses to touch it), else the first no other
 * source holds; else the last, for {@link writeSource} to refuse with its message.
 */
function chooseSlug(
	slugs: readonly string[],
	receivedName: string,
	sources: readonly ExistingSource[],
	sourcesDir: string,
): string {
	const holder = (slug: string) =>
		sources.find(
			(source) =>
				slugify(basename(source.path, '.mdx')) === slug ||
				source.path === join(sourcesDir, `${slug}.mdx`),
		);
	const mine = (slug: string) => {
		const page = holder(slug);
		return page !== undefined && (page.received === receivedName || page.received === undefined);
	};
	return (
		slugs.find(mine) ?? slugs.find((slug) => holder(slug) === undefined) ?? slugs[slugs.length - 1]!
	);
}
