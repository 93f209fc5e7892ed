import { stringify } from 'csv-stringify/sync';
import type { Chronology, ChronologyEvent, Citation } from '../chronology.ts';
import type { Urls } from '../routes.ts';
import { citationRecord, eventLinks } from './links.ts';

/** Joins a list into one spreadsheet cell. */
const LIST_SEPARATOR = '; ';

/**
 * Byte order mark opening each CSV file: Excel reads a CSV as UTF-8 only when it starts with one
 * (without it, "Kim–Putin" and “quotes” turn into mojibake on a double-click). Google Sheets,
 * LibreOffice, pandas and csv-parse (`bom: true`) skip it; /data/ says so.
 */
export const CSV_BOM = '\uFEFF';

/** A column of a CSV export: its name, its type and meaning (for datapackage.json), and its value. */
export interface CsvField<Row> {
	name: string;
	/** Table Schema type (https://datapackage.org/standard/table-schema/#field-types). */
	type: 'string' | 'integer' | 'date';
	description: string;
	/** `format: 'uri'` for a link. */
	format?: 'uri';
	value: (row: Row) => string | number;
}

/** The columns of `events.csv`, in order: the CSV and its description in datapackage.json come from this one list. */
export function eventFields(urls: Urls): CsvField<ChronologyEvent>[] {
	return [
		{
			name: 'id',
			type: 'string',
			description: 'The event’s slug: its permanent address (/events/<id>/).',
			value: (event) => event.slug,
		},
		{
			name: 'date_edtf',
			type: 'string',
			description:
				'The date in EDTF (ISO 8601-2), never more precise than the sources: 2023-09, 2023-09-07/2023-10-01, [..2023-10-13].',
			value: (event) => event.edtf,
		},
		{
			name: 'date_label',
			type: 'string',
			description:
				'The date as the site shows it: “September 2023”, “On or before 13 October 2023”.',
			value: (event) => event.dateLabel,
		},
		{
			name: 'first_day',
			type: 'date',
			description:
				'The first day it may have happened on; empty when the sources give no earliest bound.',
			value: (event) => event.firstDay ?? '',
		},
		{
			name: 'last_day',
			type: 'date',
			description:
				'The last day it may have happened on (the chronology’s order); empty when the sources give no latest bound.',
			value: (event) => event.lastDay ?? '',
		},
		{
			name: 'title',
			type: 'string',
			description: 'The event in one line, in our words.',
			value: (event) => event.title,
		},
		{
			name: 'summary',
			type: 'string',
			description: 'The event in one or two sentences, in our words.',
			value: (event) => event.summary,
		},
		{
			name: 'according_to',
			type: 'string',
			description: 'Who asserts it (“the White House”); empty when the sources report it as fact.',
			value: (event) => event.attribution ?? '',
		},
		{
			name: 'attribution_note',
			type: 'string',
			description: 'What is known of the attribution (“not independently confirmed”).',
			value: (event) => event.attributionNote ?? '',
		},
		{
			name: 'outlets',
			type: 'integer',
			description: 'How many outlets report it.',
			value: (event) => event.corroboration.outlets,
		},
		{
			name: 'separate_reports',
			type: 'integer',
			description: 'How many separate reports that is: outlets relaying one wire count once.',
			value: (event) => event.corroboration.reports,
		},
		{
			name: 'actors',
			type: 'string',
			description: 'Who acts or speaks, separated by “; ”.',
			value: (event) => event.actors.join(LIST_SEPARATOR),
		},
		{
			name: 'places',
			type: 'string',
			description: 'The places it is about, separated by “; ”.',
			value: (event) => event.places.join(LIST_SEPARATOR),
		},
		{
			name: 'tags',
			type: 'string',
			description: 'Topics, separated by “; ”.',
			value: (event) => event.tags.join(LIST_SEPARATOR),
		},
		{
			name: 'citations',
			type: 'integer',
			description: 'How many passages it cites (rows of citations.csv).',
			value: (event) => event.citations.length,
		},
		{
			name: 'url',
			type: 'string',
			format: 'uri',
			description: 'The event in its place in the chronology.',
			value: (event) => eventLinks(urls, event.slug).url,
		},
	];
}

/** A citation with the event citing it: a row of `citations.csv`. */
export interface CitationRow {
	event: string;
	citation: Citation;
}

/** The columns of `citations.csv`, in order. */
export function citationFields(urls: Urls): CsvField<CitationRow>[] {
	const record = (row: CitationRow) => citationRecord(urls, row.citation);
	return [
		{
			name: 'event',
			type: 'string',
			description: 'The citing event’s id (events.csv).',
			value: (row) => row.event,
		},
		{
			name: 'citation',
			type: 'integer',
			description: 'The citation’s number within its event, as shown: [1], [2]…',
			value: (row) => row.citation.number,
		},
		{
			name: 'source',
			type: 'string',
			description: 'The source’s id: its page is /sources/<source>/.',
			value: (row) => record(row).source,
		},
		{
			name: 'publisher',
			type: 'string',
			description: 'Who published the source.',
			value: (row) => record(row).publisher,
		},
		{
			name: 'published',
			type: 'string',
			description: 'When, in ISO 8601 at the source’s own precision (a day, a month or a year).',
			value: (row) => record(row).published,
		},
		{
			name: 'paragraph',
			type: 'integer',
			description:
				'The paragraph the event names, when the words occur in more than one; otherwise empty.',
			value: (row) => record(row).paragraph ?? '',
		},
		{
			name: 'quote',
			type: 'string',
			description: 'The passage, verbatim, quotation marks and all.',
			value: (row) => record(row).quote,
		},
		{
			name: 'url',
			type: 'string',
			format: 'uri',
			description: 'The quote marked on the source’s page on this site.',
			value: (row) => record(row).url,
		},
		{
			name: 'original',
			type: 'string',
			format: 'uri',
			description:
				'A text-fragment link to the quote in the original article, when its address is known; otherwise empty.',
			value: (row) => record(row).original ?? '',
		},
	];
}

/** Rows to RFC 4180 CSV: a BOM, a header row, CRLF line ends. */
function toCsv<Row>(fields: readonly CsvField<Row>[], rows: readonly Row[]): string {
	const records = rows.map((row) => fields.map((field) => field.value(row)));
	return (
		CSV_BOM +
		stringify(records, {
			header: true,
			columns: fields.map((field) => field.name),
			record_delimiter: 'windows',
		})
	);
}

/** One row per event, in chronological order, for spreadsheets (RFC 4180, UTF-8 with a BOM and a header row). */
export function eventsCsv(chronology: Pick<Chronology, 'events'>, urls: Urls): string {
	return toCsv(eventFields(urls), chronology.events);
}

/** One row per citation: the event, the source, the verbatim quote and links to it. */
export function citationsCsv(chronology: Pick<Chronology, 'events'>, urls: Urls): string {
	return toCsv(
		citationFields(urls),
		chronology.events.flatMap((event) =>
			event.citations.map((citation) => ({ event: event.slug, citation })),
		),
	);
}
