import { z } from 'astro/zod';
import type { EventEntry, SourceEntry } from '../../src/lib/chronology.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

/** What `reference('sources')` does to a citation's `source`: the id becomes `{ collection, id }`. */
const sourceReference = z.string().transform((id) => ({ collection: 'sources', id }));
const EVENT_SCHEMA = eventSchema(sourceReference);

/**
 * A sources-collection entry as Astro would give it, its frontmatter parsed by the real schema;
 * the fields a test does not care about (language, received file, digest) get plain values.
 */
export function sourceEntry(id: string, frontmatter: { title: string; publisher: string; published: string }): SourceEntry {
	return { id, data: sourceSchema.parse({ language: 'en', received: `${id}.txt`, sha256: '0'.repeat(64), ...frontmatter }) };
}

/** An events-collection entry as Astro would give it: frontmatter as an editor writes it, parsed by the real schema. */
export function eventEntry(slug: string, frontmatter: Record<string, unknown>): EventEntry {
	return { id: slug, data: EVENT_SCHEMA.parse(frontmatter) };
}
