import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { SITE_FILES } from '../../src/lib/routes.ts';
import { buildSite } from '../helpers/build.ts';
import { expandWithAnnoContext } from '../helpers/web-annotation.ts';
import dataPackageProfile from '../lib/exports/fixtures/datapackage-2.0.profile.json' with { type: 'json' };
import timelineJsFormat from '../lib/exports/fixtures/timelinejs3.schema.json' with { type: 'json' };

/** The real site's exports, each read by a library that did not write it. */
let dist: string;
const read = (name: string) => readFile(join(dist, name), 'utf8');
const readJson = async <T = Record<string, unknown>>(name: string): Promise<T> =>
	JSON.parse(await read(name)) as T;

beforeAll(async () => {
	dist = await buildSite();
});

describe('the real site’s exports', () => {
	test('chronology.json names its schema, which the build publishes and which validates it', async () => {
		const json = await readJson('chronology.json');
		const schema = await readJson('chronology.schema.json');
		expect(json['$schema']).toBe(schema['$id']);
		expect(new URL(String(json['$schema'])).pathname).toBe('/chronology.schema.json');
		const validate = addFormats.default(new Ajv2020({ allErrors: true })).compile(schema);
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
	});

	test('timelinejs.json has TimelineJS3’s documented shape, one slide per event', async () => {
		const timeline = await readJson<{ events: { unique_id: string }[] }>('timelinejs.json');
		const json = await readJson<{ events: { id: string }[] }>('chronology.json');
		const validate = new Ajv2020({ allErrors: true }).compile(timelineJsFormat);
		expect(validate(timeline), JSON.stringify(validate.errors)).toBe(true);
		expect(timeline.events.map((slide) => slide.unique_id)).toEqual(
			json.events.map((event) => event.id),
		);
	});

	test('chronology.ics is read by ical.js as one all-day event per event, lines CRLF and at most 75 octets', async () => {
		const ics = await read('chronology.ics');
		const json = await readJson<{ events: { id: string; page: string }[] }>('chronology.json');
		const events = new ICAL.Component(ICAL.parse(ics))
			.getAllSubcomponents('vevent')
			.map((component) => new ICAL.Event(component));
		expect(events.map((event) => event.uid.split('@')[0])).toEqual(
			json.events.map((event) => event.id),
		);
		expect(
			events.every((event) => event.startDate.isDate && event.endDate.compare(event.startDate) > 0),
		).toBe(true);
		expect(events.map((event) => event.component.getFirstPropertyValue('url'))).toEqual(
			json.events.map((event) => event.page),
		);
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
	});

	test('datapackage.json is a valid Data Package whose columns are the CSVs’ own, which a CSV reader reads', async () => {
		type Resource = { path: string; schema?: { fields: { name: string }[] } };
		const descriptor = await readJson<{ resources: Resource[] }>('datapackage.json');
		const validate = addFormats
			.default(new Ajv({ allErrors: true, strict: false }))
			.compile(dataPackageProfile);
		expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
		for (const resource of descriptor.resources) {
			await expect(stat(join(dist, resource.path))).resolves.toBeTruthy();
			if (!resource.schema) continue;
			const [header] = parseCsv(await read(resource.path), { bom: true, to_line: 1 }) as string[][];
			expect(header).toEqual(resource.schema.fields.map((field) => field.name));
		}
	});

	test('annotations.jsonld expands with the W3C context to one annotation per citation, each quote found in its source', async () => {
		const collection = await readJson<{
			first: { items: { target: { selector: { exact: string } } }[] };
		}>('annotations.jsonld');
		const json = await readJson<{ events: { citations: { quote: string }[] }[] }>(
			'chronology.json',
		);
		const [expanded] = await expandWithAnnoContext(collection);
		const first = (
			expanded?.['http://www.w3.org/ns/activitystreams#first'] as Record<string, unknown>[]
		)[0]!;
		const items = (
			first['http://www.w3.org/ns/activitystreams#items'] as { '@list': unknown[] }[]
		)[0]!['@list'];
		const quotes = json.events.flatMap((event) =>
			event.citations.map((citation) => citation.quote.replace(/\s+/g, ' ')),
		);
		expect(items).toHaveLength(quotes.length);
		expect(
			collection.first.items.map((item) => item.target.selector.exact.replace(/\s+/g, ' ')),
		).toEqual(quotes);
	});
});

describe('the real site, deployed as it is built', () => {
	test('publishes every file the routes name', async () => {
		for (const file of SITE_FILES) await expect(stat(join(dist, file)), file).resolves.toBeTruthy();
	});

	test('keeps _headers within Cloudflare Pages’ limits (100 rules, 2,000 characters a line), which Netlify reads too', async () => {
		const lines = (await read('_headers')).split('\n');
		expect(lines.filter((line) => line.startsWith('/')).length).toBeLessThanOrEqual(100);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(2000);
	});
});
