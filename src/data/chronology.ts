import { getCollection } from 'astro:content';
import { buildChronology, type Chronology } from '../lib/chronology.ts';

let chronology: Promise<Chronology> | undefined;

/**
 * The chronology model, built once per build from the `events` and `sources` collections: the only
 * place content entries become the model that the list, the timeline, event pages and exports use.
 * In `astro dev` it is rebuilt on every call, so edited content shows without a restart.
 */
export function getChronology(): Promise<Chronology> {
	if (import.meta.env.DEV) return loadChronology();
	return (chronology ??= loadChronology());
}

async function loadChronology(): Promise<Chronology> {
	const [events, sources] = await Promise.all([getCollection('events'), getCollection('sources')]);
	return buildChronology({
		events: events.map(({ id, data }) => ({
			slug: id,
			title: data.title,
			summary: data.summary,
			date: data.date,
			actors: data.actors,
			places: data.places,
			tags: data.tags,
			attribution: data.attribution,
			attributionNote: data.attributionNote,
			updated: data.updated,
			citations: data.citations.map(({ source, paragraph, quote }) => ({ sourceId: source.id, paragraph, quote })),
		})),
		sources: sources.map(({ id, data }) => ({ id, title: data.title, publisher: data.publisher, published: data.published })),
	});
}
