import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fieldLineInFile } from '../content-files/field-line.ts';
import { readSourceFiles } from '../content-files/source-files.ts';
import { parseCalendarDate, type CalendarDate } from '../lib/dates/index.ts';
import { eventsBeforeTheirReports } from '../lib/sanity-checks.ts';
import {
	describeCitationProblems,
	verifyCitations,
	type CitationProblem,
	type CitingEvent,
	type SourceParagraphs,
} from '../lib/verify-citations.ts';
import type { EventData } from '../schemas/event.ts';
import { clearContentProblem, reportContentProblem } from './content-problems.ts';
import { uniqueGlob, type UniqueGlobOptions } from './unique-glob.ts';

/** Options of {@link eventsLoader}. */
export interface EventsLoaderOptions extends UniqueGlobOptions {
	/** The sources collection's folder, relative to the project root (`./content/sources`); its `*.mdx` files are read. */
	sources: string;
}

type Watcher = NonNullable<LoaderContext['watcher']>;
/** The key of the citation check's problem in content-problems.ts. */
const CITATIONS = 'citations';
/** The citation check's findings: message and hint, and the first event file at fault (absolute) and its line, for Astro to show. */
type Report = {
	message: string;
	hint: string;
	file?: string | undefined;
	line?: number | undefined;
};

/**
 * The events collection's loader: {@link uniqueGlob} over the event files, then the citation check.
 * Content is loaded before any page is rendered, so a citation whose source, paragraph or quote
 * does not hold fails `astro build` with every problem in one message, and no page is written.
 * In `astro dev` (where there is a file watcher) the check logs instead of throwing, so the server
 * stays up while the editor fixes the citation, and runs again whenever an event or a source changes;
 * the problem is also recorded for the pages, which show it in the browser (content-problems.ts).
 */
export function eventsLoader({ sources, ...options }: EventsLoaderOptions): Loader {
	const loader = uniqueGlob(options);
	return {
		...loader,
		name: 'events-loader',
		load: async (context) => {
			const sourcesDir = new URL(
				sources.endsWith('/') ? sources : `${sources}/`,
				context.config.root,
			);
			const { watcher, logger } = context;
			if (!watcher) {
				await loader.load(context);
				const report = await citationReport(context, sourcesDir);
				if (report) throw reportError(report);
				for (const warning of await sanityWarnings(context, sourcesDir)) logger.warn(warning);
				return;
			}
			let lastReport: string | undefined;
			let lastWarnings = '';
			const recheck = async () => {
				const report = await citationReport(context, sourcesDir).catch(
					(error: unknown): Report => ({
						message: error instanceof Error ? error.message : String(error),
						hint: 'The check runs again on the next change.',
					}),
				);
				const text = report && `${report.message}\n${report.hint}`;
				if (report) reportContentProblem(CITATIONS, reportError(report));
				else clearContentProblem(CITATIONS);
				if (text && text !== lastReport) logger.error(text);
				else if (!text && lastReport) logger.info('Every citation holds again.');
				lastReport = text;
				const warnings = report
					? ''
					: (await sanityWarnings(context, sourcesDir).catch(() => [])).join('\n');
				if (warnings && warnings !== lastWarnings) logger.warn(warnings);
				lastWarnings = warnings;
			};
			await loader.load({ ...context, watcher: runningAfterListeners(watcher, recheck) });
			const sourcesPath = fileURLToPath(sourcesDir);
			watcher.add(sourcesPath);
			watcher.on('all', (_event, path) => {
				if (path.startsWith(sourcesPath) && path.endsWith('.mdx')) void recheck();
			});
			await recheck();
		},
	};
}

/**
 * The watcher as glob() should see it: every listener glob() registers is followed by `after`, so
 * the check runs once glob() has put the changed event in the store.
 */
function runningAfterListeners(watcher: Watcher, after: () => Promise<void>): Watcher {
	return new Proxy(watcher, {
		get(target, property, receiver) {
			if (property === 'on') {
				return (event: string, listener: (...args: unknown[]) => unknown) =>
					target.on(event, async (...args: unknown[]) => {
						await listener(...args);
						await after();
					});
			}
			const value: unknown = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}

/** The report as Astro's error, placed in the first event file at fault (not in this loader, where it is thrown). */
function reportError(report: Report): AstroError {
	const error = new AstroError(report.message, report.hint);
	// Astro prints (and its dev error page opens) the `loc` of any error that has one, as ContentDataError's.
	return report.file
		? Object.assign(error, { loc: { file: report.file, line: report.line ?? 1, column: 1 } })
		: error;
}

/** Every citation problem of the loaded events, as one message and hint; `undefined` when all hold. */
async function citationReport(
	{ store, config }: LoaderContext,
	sourcesDir: URL,
): Promise<Report | undefined> {
	const events: CitingEvent[] = store
		.values()
		// In dev an entry the schema refused is kept unchecked (see uniqueGlob), its problem reported apart.
		.filter((entry) => Array.isArray(entry.data['citations']))
		.map((entry) => ({ file: entry.filePath ?? entry.id, citations: citationsOf(entry.data) }))
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const root = fileURLToPath(config.root);
	const problems = verifyCitations(events, readSourceParagraphs(sourcesDir, root));
	if (problems.length === 0) return undefined;
	const [first] = problems as [CitationProblem];
	const file = resolve(root, first.file);
	// The first citation at fault, at its quote: the dev overlay opens the file there.
	const field =
		first.kind === 'unknown-source'
			? 'source'
			: first.kind === 'paragraph-out-of-range'
				? 'paragraph'
				: 'quote';
	const line = fieldLineInFile(
		file,
		first.citation === undefined ? ['citations'] : ['citations', first.citation - 1, field],
	);
	return { ...describeCitationProblems(problems), file, line };
}

/**
 * Warnings on content that builds but is most likely a slip: an event dated after every source it
 * cites was published. (Run once the citations hold, so every cited source exists.)
 */
async function sanityWarnings(
	{ store, config }: LoaderContext,
	sourcesDir: URL,
): Promise<string[]> {
	const published = readSourcePublished(sourcesDir);
	const root = fileURLToPath(config.root);
	const events = store.values().map((entry) => {
		const data = entry.data as Pick<EventData, 'date' | 'citations'>;
		const ids = [...new Set(data.citations.map(({ source }) => source.id))];
		return {
			file: entry.filePath ? relative(root, entry.filePath) || entry.filePath : entry.id,
			date: data.date,
			sources: ids.flatMap((id) => {
				const date = published.get(id);
				return date ? [{ id, published: date }] : [];
			}),
		};
	});
	return eventsBeforeTheirReports(
		events.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
	);
}

/** Each source's publication date, read from its file's frontmatter; sources without a readable one left out. */
function readSourcePublished(sourcesDir: URL): Map<string, CalendarDate> {
	const dates = new Map<string, CalendarDate>();
	for (const { id, frontmatter } of readSourceFiles(fileURLToPath(sourcesDir))) {
		// The sources collection's own schema reports an unreadable frontmatter, naming the file.
		const value = frontmatter?.['published'];
		const date = typeof value === 'string' ? parseCalendarDate(value) : undefined;
		if (date && !('error' in date)) dates.set(id, date);
	}
	return dates;
}

/**
 * The citations of an entry the event schema has validated, in the checker's terms. The store
 * types every entry's data as a plain record; what glob() put there is the schema's output.
 */
function citationsOf(data: Record<string, unknown>): CitingEvent['citations'] {
	const { citations } = data as Pick<EventData, 'citations'>;
	return citations.map(({ source, paragraph, quote }) => ({
		sourceId: source.id,
		paragraph,
		quote,
	}));
}

/**
 * Every source's numbered paragraphs, read from its MDX file: the files, not the sources
 * collection, because collections load concurrently and the events may load first.
 */
function readSourceParagraphs(sourcesDir: URL, root: string): SourceParagraphs {
	return new Map(
		readSourceFiles(fileURLToPath(sourcesDir)).map(({ id, path, paragraphs }) => {
			if (!(paragraphs instanceof Error)) return [id, paragraphs] as const;
			throw new AstroError(
				`The citation check cannot read ${relative(root, path)}: ${paragraphs.message}`,
				'Fix the MDX of that source; its paragraphs are what citations are checked against.',
			);
		}),
	);
}
