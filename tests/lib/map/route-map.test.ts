import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { GazetteerError, parseGazetteer } from '../../../src/lib/map/gazetteer.ts';
import { drawRouteMap } from '../../../src/lib/map/route-map.ts';
import { planRouteMaps, UnknownPlaceError } from '../../../src/lib/map/route-maps.ts';
import { chronologyOf, EURONEWS } from '../../fixtures/chronology.ts';

const TOPOLOGY = JSON.parse(
	readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;
const GAZETTEER = [
	'- name: Najin',
	'  lat: 42.25',
	'  lon: 130.3',
	'  source: test',
	'- name: Dunay',
	'  lat: 42.88',
	'  lon: 132.35',
	'  source: test',
	'- name: Tikhoretsk',
	'  lat: 45.85',
	'  lon: 40.13',
	'  source: test',
].join('\n');
const PLACES = parseGazetteer(GAZETTEER, 'content/places.yaml');
const QUOTE = { source: EURONEWS.id, paragraph: 1, quote: 'shipped' };

/** A chronology of the shipments (a route through the gazetteer's places) and one event no map can place. */
const chronology = (route: { from: string; to: string; by: string }[]) =>
	chronologyOf(
		[
			{
				slug: 'shipments',
				date: '2023-09-07/2023-10-01',
				places: ['Najin', 'Dunay', 'Tikhoretsk', 'Krasnodar Krai'],
				route,
				attribution: 'the White House',
				citations: [QUOTE],
			},
			{ slug: 'carrier', date: '2023-10-13', places: ['South Korea'], citations: [QUOTE] },
		],
		[EURONEWS],
	);
const SEA_AND_RAIL = [
	{ from: 'Najin', to: 'Dunay', by: 'sea' },
	{ from: 'Dunay', to: 'Tikhoretsk', by: 'rail' },
];

describe('parseGazetteer', () => {
	test('reads each place by name, with its coordinates and their source', () => {
		expect(PLACES.get('Dunay')).toEqual({ name: 'Dunay', lat: 42.88, lon: 132.35, source: 'test' });
	});

	test.each([
		['a latitude out of range', GAZETTEER.replace('lat: 42.88', 'lat: 142.88'), 6],
		['a place listed twice', `${GAZETTEER}\n- name: Najin\n  lat: 1\n  lon: 1\n  source: test`, 13],
		[
			'a place without its source',
			GAZETTEER.replace('  source: test\n- name: Tikhoretsk', '- name: Tikhoretsk'),
			5,
		],
	])('refuses %s, naming the file and line', (_, text, line) => {
		expect(() => parseGazetteer(text, 'content/places.yaml')).toThrow(GazetteerError);
		expect(() => parseGazetteer(text, 'content/places.yaml')).toThrow(
			`content/places.yaml, line ${line}: `,
		);
	});
});

describe('planRouteMaps', () => {
	test('maps the chronology’s places the gazetteer lists, each linking the events naming it, and the route in words', () => {
		const { chronology: map, byEvent } = planRouteMaps(chronology(SEA_AND_RAIL).events, PLACES);
		expect(map?.places.map(({ name, events }) => [name, events.map(({ slug }) => slug)])).toEqual([
			['Najin', ['shipments']],
			['Dunay', ['shipments']],
			['Tikhoretsk', ['shipments']],
		]);
		expect(map?.description).toMatch(
			/Najin to Dunay by sea, then Dunay to Tikhoretsk by rail \(according to the White House, 7 September\W+1 October 2023\)/,
		);
		expect(map?.description).toContain('not the railway');
		expect([...byEvent.keys()]).toEqual(['shipments']);
	});

	test('fails on a route through a place the gazetteer lacks, naming the event, the leg and the place', () => {
		const events = chronology([{ from: 'Najin', to: 'Rajin', by: 'sea' }]).events;
		expect(() => planRouteMaps(events, PLACES)).toThrow(UnknownPlaceError);
		expect(() => planRouteMaps(events, PLACES)).toThrow(
			'route leg 1 names "Rajin", which the gazetteer does not list',
		);
	});
});

describe('drawRouteMap', () => {
	const { chronology: plan } = planRouteMaps(chronology(SEA_AND_RAIL).events, PLACES);
	const { svg } = drawRouteMap(TOPOLOGY, plan!.places, plan!.legs, plan!);

	test('is an image named by its title and described by what it shows', () => {
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="map-title map-desc">/);
		expect(svg).toContain(`<title id="map-title">${plan!.title}</title>`);
		expect(svg).toContain(
			'<desc id="map-desc">A map from southern Russia to the Korean peninsula marking Najin, Dunay, Tikhoretsk.',
		);
	});

	test('marks and names every place inside the frame, and draws each leg by its mode', () => {
		const dots = [...svg.matchAll(/<circle class="dot" cx="([\d.-]+)" cy="([\d.-]+)"/g)].map(
			([, x, y]) => [Number(x), Number(y)],
		);
		expect(dots).toHaveLength(3);
		for (const [x, y] of dots) expect(x! > 0 && x! < 420 && y! > 0 && y! < 260).toBe(true);
		for (const name of ['Najin', 'Dunay', 'Tikhoretsk'])
			expect(svg).toMatch(new RegExp(`<text class="name[^"]*" [^>]*>${name}</text>`));
		expect([...svg.matchAll(/<path class="leg (\w+)"/g)].map(([, by]) => by)).toEqual([
			'sea',
			'rail',
		]);
	});

	test('needs nothing else: no script, no link to another file or origin, and stays small', () => {
		expect(svg).not.toMatch(/<script|href=|url\(|@import/);
		expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/);
		expect(svg.length).toBeLessThan(40_000);
	});
});
