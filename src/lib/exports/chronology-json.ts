import type { Chronology, ChronologyEvent } from '../chronology.ts';
import type { Urls } from '../routes.ts';
import { citationRecord, eventLinks } from './links.ts';

/** Version of the JSON export's shape; raised when a field changes meaning or goes away. */
export const CHRONOLOGY_JSON_VERSION = 2;

function eventRecord(urls: Urls, event: ChronologyEvent) {
	return {
		id: event.slug,
		...eventLinks(urls, event.slug),
		title: event.title,
		short: event.short ?? null,
		summary: event.summary,
		date: {
			edtf: event.edtf,
			label: event.dateLabel,
			first: event.firstDay,
			last: event.lastDay,
		},
		attribution: event.attribution ?? null,
		attributionNote: event.attributionNote ?? null,
		corroboration: {
			outlets: event.corroboration.outlets,
			reports: event.corroboration.reports,
			label: event.corroboration.label,
		},
		actors: event.actors,
		places: event.places,
		tags: event.tags,
		citations: event.citations.map((citation) => citationRecord(urls, citation)),
	};
}

/** The licence of the export's own text and data, and what it does not cover (the quotes). */
export interface ExportLicence {
	name: string;
	url: string;
	note: string;
}

/**
 * The whole chronology as JSON for reuse: events in order with EDTF dates, attribution and
 * corroboration (outlets, and separate reports once outlets relaying one wire count once) and
 * verbatim citations with absolute links to their quotes.
 * @param urls absolute URLs (`routes.absolute`): the export is read away from the site.
 */
export function chronologyJson(
	chronology: Chronology,
	urls: Urls,
	meta: { title: string; description: string; licence: ExportLicence },
) {
	return {
		// Its JSON Schema (chronology-schema.ts), by address: tools find it there.
		$schema: urls.file('chronology.schema.json'),
		version: CHRONOLOGY_JSON_VERSION,
		title: meta.title,
		description: meta.description,
		licence: meta.licence,
		url: urls.home(),
		updated: chronology.updated.iso,
		events: chronology.events.map((event) => eventRecord(urls, event)),
	};
}
