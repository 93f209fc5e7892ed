import { z } from 'astro/zod';
import { parseEventDate } from '../lib/dates/index.ts';
import { SHORT_TITLE_LIMIT, SUMMARY_LIMIT } from '../consts.ts';
import { dateStringSchema } from './calendar-date.ts';

/**
 * An event date written as a quoted EDTF string (see {@link parseEventDate}), becoming an
 * `EventDate`. `toEdtf()` gives the written form back, so only the parsed form is kept.
 */
export const eventDateSchema = dateStringSchema(
	parseEventDate,
	'"2023-10-13", "2023-09", "2023-09-07/2023-10-01" or "[..2023-10-13]"',
);

/** What a citation's `source` becomes: Astro's `reference('sources')` gives `{ collection, id }`. */
export interface SourceReference {
	collection: string;
	id: string;
}

/**
 * The frontmatter of an event (`content/events/<slug>.mdx`); the MDX body tells the event in a few
 * sentences of our own. `sourceReference` is `reference('sources')`, passed in by the content config
 * so this schema can be tested without Astro's virtual modules.
 */
export function eventSchema<Reference extends z.ZodType<SourceReference>>(
	sourceReference: Reference,
) {
	return z.object({
		/** A headline-like sentence naming who did what, attributed when it is a claim. */
		title: z.string().min(1),
		/**
		 * The title in a few words, for the timeline where the whole title does not fit in two lines
		 * (a phone): "Kim meets Putin in Russia". The timeline still shows the whole title wherever it
		 * fits, and pages, feeds and exports always do. At most {@link SHORT_TITLE_LIMIT} characters.
		 */
		short: z
			.string()
			.min(1)
			.max(SHORT_TITLE_LIMIT, {
				error: (issue) =>
					`the short title has ${String(issue.input).length} characters, more than the limit of ${SHORT_TITLE_LIMIT}: it must fit two lines of the timeline on a phone; keep a few words that say what happened`,
			})
			.optional(),
		/** One plain-text sentence for lists, feeds and link previews (no Markdown). */
		summary: z
			.string()
			.min(1)
			.max(SUMMARY_LIMIT, {
				error: (issue) =>
					`the summary has ${String(issue.input).length} characters, more than the limit of ${SUMMARY_LIMIT}: keep it to one sentence (it is the link-preview description)`,
			}),
		/**
		 * When it happened, no more precisely than the sources say: "2023-10-13", "2023-09",
		 * "2023-09-07/2023-10-01", "[..2023-10-13]" (on or before), "[2023-09..]" (on or after),
		 * "[2023-09..2023-10-12]" (some day between).
		 */
		date: eventDateSchema,
		/** People, governments and organisations involved, as a reader would name them. */
		actors: z.array(z.string().min(1)).default([]),
		/** Places involved, as the sources name them. */
		places: z.array(z.string().min(1)).default([]),
		/**
		 * The way the event's goods or people travelled, as its sources give it: legs from place to
		 * place (names from content/places.yaml) and how (`sea`, `rail`, `road`, `air`), drawn on the
		 * route map. `[{ from: Najin, to: Dunay, by: sea }, { from: Dunay, to: Tikhoretsk, by: rail }]`.
		 */
		route: z
			.array(
				z.strictObject({
					from: z.string().min(1),
					to: z.string().min(1),
					by: z.enum(['sea', 'rail', 'road', 'air']),
				}),
			)
			.default([]),
		/** Who asserts it, to follow "According to …" ("the White House"); absent when the sources report it as fact. */
		attribution: z.string().min(1).optional(),
		/** A caveat on the attribution, shown after it ("US intelligence; not independently confirmed"). */
		attributionNote: z.string().min(1).optional(),
		/** Lower-case topic words for grouping and filtering ("shipments", "briefing"). */
		tags: z
			.array(
				z
					.string()
					.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write tags in lower case, words joined by hyphens'),
			)
			.default([]),
		/**
		 * The passages that support the event, every one of them. The build fails unless there is at
		 * least one and each quote is verbatim in its source exactly once (in `paragraph`, when given).
		 */
		citations: z.array(
			z.object({
				/** The source's id: its file name in `content/sources/` without `.mdx` ("2023-10-14-euronews"). */
				source: sourceReference,
				/**
				 * The paragraph number on the source's page (`#p4` is 4; paragraphs and social posts, from 1),
				 * needed only when the quote's words occur in more than one paragraph; when given, they must be in it.
				 * Citations are found by their words, so a source whose paragraphs shift keeps them.
				 */
				paragraph: z.number().int().min(1).optional(),
				/** Words copied exactly from the source, quotation marks included; only runs of whitespace may differ. */
				quote: z.string().min(1),
			}),
		),
	});
}

/** An event's frontmatter as {@link eventSchema} gives it: the model's input, never copied by hand. */
export type EventData = z.output<ReturnType<typeof eventSchema<z.ZodType<SourceReference>>>>;
