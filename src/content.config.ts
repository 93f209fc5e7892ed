import { defineCollection, reference } from 'astro:content';
import { CONTENT_FOLDERS, CONTENT_PATTERNS } from './content-files/folders.ts';
import { eventsLoader } from './loaders/events-loader.ts';
import { uniqueGlob } from './loaders/unique-glob.ts';
import { withFieldErrors } from './schemas/content-errors.ts';
import { eventSchema } from './schemas/event.ts';
import { sourceSchema } from './schemas/source.ts';

/** Received articles, one MDX file each, written by `npm run ingest`. */
const sources = defineCollection({
	loader: uniqueGlob({ pattern: CONTENT_PATTERNS.sources, base: `./${CONTENT_FOLDERS.sources}` }),
	schema: withFieldErrors(sourceSchema),
});

/**
 * The chronology's events, one MDX (or Markdown) file each, in subfolders too if an editor files
 * them so; loading them checks every citation against the sources. Any other Markdown-like file in
 * either folder fails the build, naming it (see uniqueGlob).
 */
const events = defineCollection({
	loader: eventsLoader({
		pattern: CONTENT_PATTERNS.events,
		base: `./${CONTENT_FOLDERS.events}`,
		sources: `./${CONTENT_FOLDERS.sources}`,
	}),
	schema: withFieldErrors(eventSchema(reference('sources'))),
});

export const collections = { sources, events };
