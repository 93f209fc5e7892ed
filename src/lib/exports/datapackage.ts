import type { Chronology } from '../chronology.ts';
import type { Urls } from '../routes.ts';
import { citationFields, eventFields, type CsvField } from './chronology-csv.ts';
import { CHRONOLOGY_JSON_VERSION } from './chronology-json.ts';

/** The Data Package profile the descriptor follows (Frictionless Data Package 2.0). */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** A CSV column as Table Schema describes it: the same list that writes the CSV. */
function tableField({ name, type, description, format }: CsvField<never>) {
	return { name, type, description, ...(format ? { format } : {}) };
}

const csvResource = {
	type: 'table',
	format: 'csv',
	mediatype: 'text/csv',
	// The BOM (for Excel) is read as part of UTF-8 by every Data Package reader.
	encoding: 'utf-8',
	dialect: {
		header: true,
		delimiter: ',',
		lineTerminator: '\r\n',
		quoteChar: '"',
		doubleQuote: true,
	},
} as const;

/**
 * The exports as a Frictionless Data Package (`datapackage.json`), the descriptor data portals
 * (CKAN, data.world, Frictionless tools) read: the two CSVs with their columns' types and meanings
 * (from the lists that write them, so the description cannot drift), the JSON with its schema, the
 * licence, the articles the data comes from, and the version. Paths are relative: the descriptor
 * sits beside the files, under the site's base.
 * @param urls absolute URLs (`routes.absolute`).
 */
export function dataPackage(
	chronology: Pick<Chronology, 'sources' | 'updated'>,
	urls: Urls,
	meta: {
		name: string;
		title: string;
		description: string;
		licence: { id: string; title: string; url: string; note: string };
	},
) {
	return {
		$schema: DATA_PACKAGE_PROFILE,
		name: meta.name,
		title: meta.title,
		description: `${meta.description} ${meta.licence.note}`,
		homepage: urls.home(),
		// The JSON's shape version; the content's own date is `updated`.
		version: `${CHRONOLOGY_JSON_VERSION}.0.0`,
		updated: chronology.updated.iso,
		keywords: ['North Korea', 'Russia', 'munitions', 'chronology'],
		image: urls.card(),
		licenses: [{ name: meta.licence.id, path: meta.licence.url, title: meta.licence.title }],
		sources: chronology.sources.map((source) => ({
			title: `${source.publisher}, ${source.publishedLabel}: ${source.title}`,
			path: source.url ?? urls.source(source.id),
		})),
		resources: [
			{
				name: 'events',
				path: 'events.csv',
				title: 'Events',
				description: 'One row per event, in chronological order.',
				...csvResource,
				schema: {
					fields: eventFields(urls).map(tableField),
					primaryKey: ['id'],
					missingValues: [''],
				},
			},
			{
				name: 'citations',
				path: 'citations.csv',
				title: 'Citations',
				description: 'One row per citation: the passage an event cites, verbatim.',
				...csvResource,
				schema: {
					fields: citationFields(urls).map(tableField),
					primaryKey: ['event', 'citation'],
					foreignKeys: [{ fields: ['event'], reference: { resource: 'events', fields: ['id'] } }],
					missingValues: [''],
				},
			},
			{
				name: 'chronology',
				path: 'chronology.json',
				title: 'The chronology (JSON)',
				description:
					'Every event with its date, attribution, corroboration and citations; its JSON Schema is chronology.schema.json.',
				format: 'json',
				mediatype: 'application/json',
				encoding: 'utf-8',
			},
		],
	};
}
