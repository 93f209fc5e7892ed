import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { parseCalendarDate, type CalendarDate, type EventDate } from '../lib/dates/index.ts';
import { listParagraphs } from '../lib/paragraphs.ts';
import { parseMdx } from '../lib/parse-mdx.ts';
import { entryId } from '../content-files/entry-id.ts';
import { CONTENT_PATTERNS } from '../content-files/folders.ts';
import {
	FrontmatterError,
	readFrontmatter as parseFrontmatter,
} from '../content-files/frontmatter.ts';
import { listContentFiles } from '../content-files/list-files.ts';
import { eventSchema } from '../schemas/event.ts';
import { sourceSchema } from '../schemas/source.ts';

/** A numbered paragraph of a source and the day its words were written. */
export interface LeadParagraph {
	number: number;
	text: string;
	/** A quoted post's own `date`, else the article's publication date. */
	written: CalendarDate;
}

/** A source as the leads need it. */
export interface LeadSource {
	id: string;
	/** Its file, relative to the working directory, for messages. */
	file: string;
	published: CalendarDate;
	/** BCP 47 tag of its text ("en", "de"): picks the date rules. */
	language: string;
	paragraphs: LeadParagraph[];
}

/** An event as the leads need it. */
export interface LeadEvent {
	slug: string;
	title: string;
	summary: string;
	date: EventDate;
	actors: string[];
	places: string[];
	tags: string[];
	/** Its citations: the source id, the quote, and the paragraph when the event names it. */
	cited: { source: string; quote: string; paragraph?: number | undefined }[];
}

/** Content the leads cannot read: the message names the file, what is wrong and what to do. */
export class LeadsError extends Error {
	override name = 'LeadsError';
}

/** `reference('sources')` outside Astro: the id, as the content layer would give it. */
const sourceReference = z.string().transform((id) => ({ collection: 'sources', id }));
const eventFrontmatter = eventSchema(sourceReference);

/** Every file of a collection folder that its pattern takes, with its entry id as the site gives it, in name order. */
async function readCollection(
	dir: string,
	pattern: string,
): Promise<{ id: string; file: string; text: string }[]> {
	let names: string[];
	try {
		names = listContentFiles(dir, pattern);
	} catch (error) {
		throw new LeadsError(
			`${dir}: cannot read the folder (${(error as Error).message}). Run the command from the project, or pass --sources/--events.`,
		);
	}
	return Promise.all(
		names.map(async (name) => {
			const path = join(dir, name);
			const near = relative(process.cwd(), path);
			return {
				id: entryId(name),
				file: near.startsWith('..') ? path : near,
				text: await readFile(path, 'utf8'),
			};
		}),
	);
}

/**
 * The frontmatter of a content file, read by the parser Astro's content layer uses and checked by
 * the collection's own schema, so the leads see exactly what the site would, or fail as it would.
 */
function readFrontmatter<T>(file: string, text: string, schema: z.ZodType<T>): T {
	let frontmatter: unknown;
	try {
		frontmatter = parseFrontmatter(text);
	} catch (error) {
		if (!(error instanceof FrontmatterError)) throw error;
		const where = error.line === undefined ? file : `${file}:${error.line}`;
		const reason = error.reason;
		throw new LeadsError(
			`${where}: the frontmatter is not valid YAML (${reason}); the mistake is on that line or just before it. ` +
				"Quote a value that holds quote marks or a colon (inside '…' write ' as ''), then rerun.",
		);
	}
	const parsed = schema.safeParse(frontmatter);
	if (!parsed.success) {
		const problems = parsed.error.issues
			.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`)
			.join('; ');
		throw new LeadsError(
			`${file}: the frontmatter does not match its collection's schema (${problems}). Correct it as \`npm run build\` would ask, then rerun.`,
		);
	}
	return parsed.data;
}

/** The `date` attribute of a social post, when it is a calendar date. */
function postDate(node: MdxJsxFlowElement): CalendarDate | undefined {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'date');
	if (typeof attribute?.value !== 'string') return undefined;
	const date = parseCalendarDate(attribute.value);
	return 'error' in date ? undefined : date;
}

/** Every source in `dir`, its paragraphs numbered by {@link listParagraphs} as the pages number them. */
export async function readSources(dir: string): Promise<LeadSource[]> {
	return (await readCollection(dir, CONTENT_PATTERNS.sources)).map(({ id, file, text }) => {
		const { published, language } = readFrontmatter(file, text, sourceSchema);
		let tree;
		try {
			tree = parseMdx(text);
		} catch (error) {
			throw new LeadsError(
				`${file}: the MDX cannot be read (${(error as Error).message}). Fix the source as the build would ask, then rerun.`,
			);
		}
		const paragraphs = listParagraphs(tree).map(({ number, text: paragraph, node }) => ({
			number,
			text: paragraph,
			written: (node.type === 'mdxJsxFlowElement' && postDate(node)) || published,
		}));
		return { id, file, published, language, paragraphs };
	});
}

/** Every event in `dir`, read through the events collection's schema. */
export async function readEvents(dir: string): Promise<LeadEvent[]> {
	return (await readCollection(dir, CONTENT_PATTERNS.events)).map(({ id, file, text }) => {
		const event = readFrontmatter(file, text, eventFrontmatter);
		return {
			slug: id,
			title: event.title,
			summary: event.summary,
			date: event.date,
			actors: event.actors,
			places: event.places,
			tags: event.tags,
			cited: event.citations.map(({ source, quote, paragraph }) => ({
				source: source.id,
				quote,
				paragraph,
			})),
		};
	});
}
