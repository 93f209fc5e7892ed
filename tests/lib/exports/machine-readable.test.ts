import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { annotationCollection } from '../../../src/lib/exports/annotations.ts';
import { chronologyJson } from '../../../src/lib/exports/chronology-json.ts';
import { chronologySchema } from '../../../src/lib/exports/chronology-schema.ts';
import { dataPackage } from '../../../src/lib/exports/datapackage.ts';
import dataPackageProfile from './fixtures/datapackage-2.0.profile.json' with { type: 'json' };
import { expandWithAnnoContext } from '../../helpers/web-annotation.ts';
import { chronology, PARAGRAPHS, routes } from './reuse-fixture.ts';

const urls = routes.absolute;
const licence = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	note: 'Quotes are their publishers’.',
};
/** An export as a client reads it: from its JSON text. */
const reread = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the JSON Schema of chronology.json', () => {
	const schemaUrl = urls.file('chronology.schema.json');
	const validate = addFormats
		.default(new Ajv2020({ allErrors: true }))
		.compile(chronologySchema(schemaUrl));
	const json = reread(
		chronologyJson(chronology, urls, { title: 'T', description: 'D', licence }),
	) as Record<string, unknown> & { events: Record<string, unknown>[] };

	test('is named by the export, which it validates', () => {
		expect(json['$schema']).toBe('https://news.example/chronology/chronology.schema.json');
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
	});

	test.each([
		['an event without citations', (broken: typeof json) => (broken.events[0]!['citations'] = [])],
		[
			'a date with a day that is not ISO',
			(broken: typeof json) =>
				((broken.events[0]!['date'] as Record<string, unknown>)['first'] = '1 September 2023'),
		],
		['another version of the shape', (broken: typeof json) => (broken['version'] = 1)],
		[
			'a field it does not describe',
			(broken: typeof json) => (broken.events[0]!['independentSources'] = 2),
		],
	])('rejects a broken export: %s', (_, breakIt) => {
		const broken = structuredClone(json);
		breakIt(broken);
		expect(validate(broken)).toBe(false);
	});
});

describe('datapackage.json', () => {
	const descriptor = reread(
		dataPackage(chronology, urls, {
			name: 'chronology',
			title: 'T',
			description: 'D.',
			licence: { id: 'CC-BY-4.0', title: 'CC BY', url: licence.url, note: licence.note },
		}),
	) as {
		resources: {
			name: string;
			path: string;
			schema?: { fields: { name: string; type: string; description: string }[] };
		}[];
		sources: { path: string }[];
		licenses: unknown[];
		version: string;
	};

	test('is a valid Data Package by the Frictionless Data Package 2.0 profile', () => {
		const validate = addFormats
			.default(new Ajv({ allErrors: true, strict: false }))
			.compile(dataPackageProfile);
		expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
	});

	test('describes both CSVs and the JSON, each column typed and explained, with licence, sources and version', () => {
		expect(descriptor.resources.map(({ name, path }) => [name, path])).toEqual([
			['events', 'events.csv'],
			['citations', 'citations.csv'],
			['chronology', 'chronology.json'],
		]);
		const events = descriptor.resources[0]!.schema!.fields;
		expect(events.find((field) => field.name === 'last_day')).toMatchObject({ type: 'date' });
		expect(events.every((field) => field.description.length > 10)).toBe(true);
		expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: licence.url, title: 'CC BY' }]);
		expect(descriptor.sources.map(({ path }) => path)).toEqual([
			'https://news.example/chronology/sources/2023-10-13-european-pravda/',
			'https://www.euronews.example/2023/10/14/munitions',
		]);
		expect(descriptor.version).toMatch(/^\d+\.0\.0$/);
	});
});

describe('annotations.jsonld', () => {
	const collection = annotationCollection(chronology, PARAGRAPHS, urls, {
		title: 'The chronology',
		language: 'en-GB',
	});
	const OA = 'http://www.w3.org/ns/oa#';
	/** The collection as a JSON-LD processor expands it with the W3C Web Annotation context. */
	const expanded = expandWithAnnoContext(reread(collection));

	test('is a W3C annotation collection a JSON-LD processor reads, one annotation per citation', async () => {
		const [root] = await expanded;
		expect(root?.['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
		const first = (
			root?.['http://www.w3.org/ns/activitystreams#first'] as Record<string, unknown>[]
		)[0]!;
		const items = (
			first['http://www.w3.org/ns/activitystreams#items'] as {
				'@list': Record<string, unknown>[];
			}[]
		)[0]!['@list'];
		expect(items).toHaveLength(chronology.events.flatMap((event) => event.citations).length);
		expect(items[0]?.['@type']).toEqual([`${OA}Annotation`]);
		const selector = (
			(items[0]?.[`${OA}hasTarget`] as Record<string, unknown>[])[0]![`${OA}hasSelector`] as Record<
				string,
				unknown
			>[]
		)[0]!;
		expect(selector['@type']).toEqual([`${OA}TextQuoteSelector`]);
		expect(selector[`${OA}exact`]).toEqual([{ '@value': 'Kim Jong Un traveled to Russia' }]);
	});

	test('targets the original where its address is known, else the source’s page, with the text around the quote', () => {
		const item = (slug: string) =>
			collection.first.items.find((annotation) => annotation.id.endsWith(`#${slug}-1`));
		const [summit, shipments, carrier] = [
			item('kim-putin-summit'),
			item('container-shipments'),
			item('carrier-arrives'),
		];
		expect(summit?.target).toEqual({
			source: 'https://www.euronews.example/2023/10/14/munitions',
			selector: {
				type: 'TextQuoteSelector',
				exact: 'Kim Jong Un traveled to Russia',
				prefix: 'flared last month, when North Korean leader '.slice(-32),
				suffix: ' to meet President Vladimir Putin.'.slice(0, 32),
			},
		});
		expect(shipments?.target.selector.prefix).toBe('The containers were ');
		expect(carrier?.target.source).toBe(
			'https://news.example/chronology/sources/2023-10-13-european-pravda/',
		);
	});

	test('links each annotation’s body to the event citing the passage', () => {
		const [summit] = collection.first.items;
		expect(collection.total).toBe(collection.first.items.length);
		expect(summit?.body[1]).toMatchObject({
			id: 'https://news.example/chronology/events/kim-putin-summit/',
		});
		expect(summit?.body[0]).toMatchObject({
			type: 'TextualBody',
			value: expect.stringContaining('Kim meets Putin'),
		});
	});
});
