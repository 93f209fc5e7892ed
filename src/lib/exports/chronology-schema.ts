import { CHRONOLOGY_JSON_VERSION } from './chronology-json.ts';

const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const isoDate = {
	type: 'string',
	pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
	description: 'ISO 8601 at its own precision: a day, a month or a year.',
} as const;
const strings = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const link = { type: 'string', format: 'uri' } as const;

/**
 * The JSON Schema (2020-12) of `chronology.json` at {@link CHRONOLOGY_JSON_VERSION}: every field,
 * its type and meaning, so a data portal or a reuser's code can validate the export and know what
 * a field means. Its `$id` is its own address; `chronology.json` names it in `$schema`.
 * @param id the schema's absolute URL (`routes.absolute.file('chronology.schema.json')`).
 */
export function chronologySchema(id: string) {
	const citation = {
		type: 'object',
		additionalProperties: false,
		required: ['source', 'publisher', 'published', 'paragraph', 'quote', 'url', 'original'],
		properties: {
			source: { type: 'string', description: 'The source’s id: its page is /sources/<source>/.' },
			publisher: { type: 'string' },
			published: isoDate,
			paragraph: {
				type: ['integer', 'null'],
				minimum: 1,
				description: 'The paragraph the event names, when the words occur in more than one.',
			},
			quote: { type: 'string', minLength: 1, description: 'The passage, verbatim.' },
			url: { ...link, description: 'The quote marked on the source’s page on this site.' },
			original: {
				type: ['string', 'null'],
				format: 'uri',
				description:
					'A text-fragment link to the quote in the original article, when its address is known.',
			},
		},
	};
	const event = {
		type: 'object',
		additionalProperties: false,
		required: [
			'id',
			'url',
			'page',
			'title',
			'short',
			'summary',
			'date',
			'attribution',
			'attributionNote',
			'corroboration',
			'actors',
			'places',
			'tags',
			'citations',
		],
		properties: {
			id: {
				type: 'string',
				pattern: '^[a-z0-9][a-z0-9-]*$',
				description: 'The event’s slug, its permanent address.',
			},
			url: { ...link, description: 'The event in its place in the chronology.' },
			page: { ...link, description: 'The event’s own page.' },
			title: { type: 'string', minLength: 1 },
			short: {
				type: ['string', 'null'],
				description:
					'The editor’s short title for the timeline, when the whole title is too long for it.',
			},
			summary: { type: 'string', minLength: 1 },
			date: {
				type: 'object',
				additionalProperties: false,
				required: ['edtf', 'label', 'first', 'last'],
				properties: {
					edtf: {
						type: 'string',
						description:
							'EDTF (ISO 8601-2): 2023-10-13, 2023-09, 2023-09-07/2023-10-01, [..2023-10-13], [2023-09..2023-10-12].',
					},
					label: { type: 'string', description: 'The date as the site shows it.' },
					first: {
						oneOf: [isoDay, { type: 'null' }],
						description:
							'The first day it may have happened on; null when the sources give no earliest bound.',
					},
					last: {
						oneOf: [isoDay, { type: 'null' }],
						description:
							'The last day it may have happened on; null when the sources give no latest bound.',
					},
				},
			},
			attribution: {
				type: ['string', 'null'],
				description: 'Who asserts it; null when the sources report it as fact.',
			},
			attributionNote: { type: ['string', 'null'] },
			corroboration: {
				type: 'object',
				additionalProperties: false,
				required: ['outlets', 'reports', 'label'],
				properties: {
					outlets: { type: 'integer', minimum: 1, description: 'How many outlets report it.' },
					reports: {
						type: 'integer',
						minimum: 1,
						description: 'How many separate reports: outlets relaying one wire count once.',
					},
					label: { type: 'string' },
				},
			},
			actors: strings,
			places: strings,
			tags: strings,
			citations: { type: 'array', minItems: 1, items: { $ref: '#/$defs/citation' } },
		},
	};
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: id,
		title: `chronology.json, version ${CHRONOLOGY_JSON_VERSION}`,
		description:
			'A sourced chronology: events in chronological order, each with its date at the sources’ precision and the verbatim passages it cites.',
		type: 'object',
		additionalProperties: false,
		required: ['$schema', 'version', 'title', 'description', 'licence', 'url', 'updated', 'events'],
		properties: {
			$schema: { const: id, description: 'This schema’s address.' },
			version: {
				const: CHRONOLOGY_JSON_VERSION,
				description: 'The shape’s version, raised when a field changes meaning or goes away.',
			},
			title: { type: 'string' },
			description: { type: 'string' },
			licence: {
				type: 'object',
				additionalProperties: false,
				required: ['name', 'url', 'note'],
				properties: { name: { type: 'string' }, url: link, note: { type: 'string' } },
			},
			url: link,
			updated: { ...isoDate, description: 'The day the content last changed.' },
			events: {
				type: 'array',
				items: { $ref: '#/$defs/event' },
				description: 'In chronological order: by last possible day, then first, then id.',
			},
		},
		$defs: { event, citation },
	};
}
