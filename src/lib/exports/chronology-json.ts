import type { Chronology, ChronologyEvent } from '../chronology.ts';
import { citationRecord, eventLinks, siteLink, type SiteLocation } from './links.ts';

/** Version of the JSON export's shape; raised when a field changes meaning or goes away. */
export const CHRONOLOGY_JSON_VERSION = 1;

function eventRecord(location: SiteLocation, event: ChronologyEvent) {
	return {
		id: event.slug,
		...eventLinks(location, event.slug),
		title: event.title,
		summary: event.summary,
		date: {
			edtf: event.edtf,
			label: event.dateLabel,
			first: event.firstDay,
			last: event.lastDay,
		},
		attribution: event.attribution ?? null,
		attributionNote: event.attributionNote ?? null,
		independentSources: event.independentSources,
		actors: event.actors,
		places: event.places,
		tags: event.tags,
		citations: event.citations.map((citation) => citationRecord(location, citation)),
	};
}

/**
 * The whole chronology as JSON for reuse: events in order with EDTF dates, attribution and
 * verbatim citations with absolute links to their paragraphs.
 */
export function chronologyJson(chronology: Chronology, location: SiteLocation, meta: { title: string; description: string }) {
	return {
		version: CHRONOLOGY_JSON_VERSION,
		title: meta.title,
		description: meta.description,
		url: siteLink(location, ''),
		updated: chronology.updated,
		events: chronology.events.map((event) => eventRecord(location, event)),
	};
}
