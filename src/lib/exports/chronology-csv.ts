import { stringify } from 'csv-stringify/sync';
import type { Chronology } from '../chronology.ts';
import type { Urls } from '../routes.ts';
import { citationRecord, eventLinks } from './links.ts';

/** Joins a list into one spreadsheet cell. */
const LIST_SEPARATOR = '; ';

/** One row per event, in chronological order, for spreadsheets (RFC 4180, UTF-8 with a header row). */
export function eventsCsv(chronology: Chronology, urls: Urls): string {
	return stringify(
		chronology.events.map((event) => ({
			id: event.slug,
			date_edtf: event.edtf,
			date_label: event.dateLabel,
			first_day: event.firstDay ?? '',
			last_day: event.lastDay ?? '',
			title: event.title,
			summary: event.summary,
			according_to: event.attribution ?? '',
			attribution_note: event.attributionNote ?? '',
			outlets: event.corroboration.outlets,
			separate_reports: event.corroboration.reports,
			actors: event.actors.join(LIST_SEPARATOR),
			places: event.places.join(LIST_SEPARATOR),
			tags: event.tags.join(LIST_SEPARATOR),
			citations: event.citations.length,
			url: eventLinks(urls, event.slug).url,
		})),
		{ header: true, record_delimiter: 'windows' },
	);
}

/** One row per citation: the event, the source, the verbatim quote and links to it. */
export function citationsCsv(chronology: Chronology, urls: Urls): string {
	return stringify(
		chronology.events.flatMap((event) =>
			event.citations.map((citation) => ({ event: event.slug, citation: citation.number, ...citationRecord(urls, citation) })),
		),
		{ header: true, record_delimiter: 'windows' },
	);
}
