import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date.ts';

/** A received news article, as `npm run ingest` writes it and an editor corrects it. */
export const sourceSchema = z.object({
	/** The article's title; derived by the ingest from its first sentence until an editor sets the real one. */
	title: z.string().min(1),
	/**
	 * Whose words the title is: `editor` (the default) for one our editors wrote or the ingest
	 * derived from the text, `outlet` once an editor has checked it is the outlet's own headline.
	 * The source page says which, so a reader never takes our wording for the publisher's.
	 */
	headline: z.enum(['outlet', 'editor']).default('editor'),
	/** Who published the article ("Euronews"); shown in every citation. */
	publisher: z.string().min(1),
	/** The byline as printed ("By Euronews with AP"), when the article has one. */
	byline: z.string().min(1).optional(),
	/** Publication date, at the precision the article gives: "2023-10-13", "2023-10" or "2023". */
	published: calendarDateSchema,
	/** BCP 47 language tag of the text ("en"). */
	language: z
		.string()
		.regex(
			/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
			'expected a BCP 47 language tag such as "en" or "uk"',
		),
	/**
	 * The article's address on the publisher's site, once an editor knows it; never guessed. Shown as
	 * "Read the original". `http://` is accepted: many publishers still serve their archives so.
	 */
	url: z
		.url({ protocol: /^https?$/, error: "expected the article's https:// (or http://) address" })
		.optional(),
	/** An https address of an archived copy of the article (Wayback Machine, archive.today), given by an editor; shown as "Archived copy". */
	archiveUrl: z
		.url({ protocol: /^https$/, error: "expected the archived copy's https:// address" })
		.optional(),
	/**
	 * The wire or wires the article relays, as the outlet credits them (`via: AP`, `via: [AP, Reuters]`).
	 * Absent, the byline's "with X" says it ("By Euronews with AP" relays AP). Outlets relaying the
	 * same wire count once in an event's corroboration.
	 */
	via: z
		.union([
			z
				.string()
				.min(1)
				.transform((wire) => [wire]),
			z.array(z.string().min(1)).min(1),
		])
		.optional(),
	/** The file the ingest read, kept in `content/received/` as the record of what was received. */
	received: z.string().min(1),
	/** SHA-256 of the received file, so the ingest can tell a changed input from an edited page. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected the 64 hex digits of a SHA-256 digest'),
	/**
	 * Page furniture the ingest left out of the paragraphs ("Advertisement", "Listen to this
	 * article", "3 hours ago"), verbatim and in order: never a title, a paragraph or a citable text.
	 */
	furniture: z.array(z.string()).default([]),
	/**
	 * The corrections log, oldest first, written by `npm run ingest -- --write` when a corrected
	 * version of the article is ingested: shown on the source page, and counted in "last updated".
	 */
	corrections: z
		.array(
			z.object({
				/** The day the corrected text was ingested. */
				date: calendarDateSchema,
				/** SHA-256 of the text it replaced (that original is in the repository's history). */
				previous: z
					.string()
					.regex(/^[0-9a-f]{64}$/, 'expected the 64 hex digits of a SHA-256 digest'),
				/** Numbered paragraphs the correction added, removed and changed. */
				added: z.number().int().min(0),
				removed: z.number().int().min(0),
				changed: z.number().int().min(0),
				/**
				 * What changed, paragraph by paragraph, as the source page shows it: `{ changed: 6, was, now }`,
				 * `{ added: 7, now }`, `{ removed: 3, was }` (numbers in the new text, a removed one's in the old).
				 */
				paragraphs: z
					.array(
						z.union([
							z.object({ changed: z.number().int().min(1), was: z.string(), now: z.string() }),
							z.object({ added: z.number().int().min(1), now: z.string() }),
							z.object({ removed: z.number().int().min(1), was: z.string() }),
						]),
					)
					.default([]),
			}),
		)
		.default([]),
});

/** A source's frontmatter as {@link sourceSchema} gives it: the model's and the ingest's input, never copied by hand. */
export type SourceData = z.output<typeof sourceSchema>;
