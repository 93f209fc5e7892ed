import { z } from 'astro/zod';

/** One bullet of the overview: a sentence in our own words and the events that support it. */
const bulletSchema = z.strictObject({
	/** One or two sentences, plain text, in our own words (quotes belong in events' citations). */
	text: z
		.string()
		.trim()
		.min(1)
		.max(
			280,
			'keep a bullet to 280 characters or fewer: it is a summary, the events carry the detail',
		),
	/** The slugs of the events that support it (their file names in content/events/), at least one. */
	events: z.array(z.string().min(1)).min(1, 'name at least one event that supports it'),
});

/**
 * `content/overview.yaml`: what is known and what is not confirmed, as an editor sums it up,
 * shown at the top of the chronology and the embed. Either list may be empty, not both.
 */
export const overviewSchema = z
	.strictObject({
		/** What the sources establish (attributed as the events are). */
		known: z.array(bulletSchema).default([]),
		/** What rests on one party's word, or the sources leave open. */
		'not-confirmed': z.array(bulletSchema).default([]),
	})
	.refine(
		(overview) => overview.known.length + overview['not-confirmed'].length > 0,
		'write at least one bullet under known: or not-confirmed:',
	);
