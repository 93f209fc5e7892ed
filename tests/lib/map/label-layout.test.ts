import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { parseGazetteer, type Place } from '../../../src/lib/map/gazetteer.ts';
import type { Box, PlacedText } from '../../../src/lib/map/label-layout.ts';
import {
	drawRouteMap,
	layoutRouteMap,
	type MapLeg,
	type MapPlace,
} from '../../../src/lib/map/route-map.ts';

const TOPOLOGY = JSON.parse(
	readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;
const read = (path: string) =>
	parseGazetteer(readFileSync(new URL(path, import.meta.url), 'utf8'), path);
/** The site's own gazetteer, and one with eight places within 300 km of each other (and Tikhoretsk). */
const REAL = read('../../../content/places.yaml');
const CLOSE = read('../../fixtures/places-close-together.yaml');
const EAST = new Map([...CLOSE].filter(([name]) => name !== 'Tikhoretsk'));

const route = (gazetteer: ReadonlyMap<string, Place>): MapLeg[] => [
	{ from: gazetteer.get('Najin')!, to: gazetteer.get('Dunay')!, by: 'sea' },
	{ from: gazetteer.get('Dunay')!, to: gazetteer.get('Tikhoretsk')!, by: 'rail' },
];
const all = (gazetteer: ReadonlyMap<string, Place>, emphasis = false): MapPlace[] =>
	[...gazetteer.values()].map((place) => ({ ...place, emphasis }));

const MAPS: [string, MapPlace[], MapLeg[]][] = [
	['the site’s places and route', all(REAL), route(REAL)],
	['the site’s places on an event’s map (names in bold)', all(REAL, true), route(REAL)],
	['nine places close together and the route west', all(CLOSE), route(CLOSE)],
	['nine places close together, in bold', all(CLOSE, true), route(CLOSE)],
	['eight places close together alone', all(EAST), []],
];

const overlap = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every text the map writes: names beside dots, the key's numbers, countries, the key's lines. */
function texts(layout: ReturnType<typeof layoutRouteMap>['layout']): PlacedText[] {
	return [
		...layout.places.flatMap((placed) =>
			'key' in placed ? (placed.number ? [placed.number] : []) : [placed],
		),
		...layout.countries,
		...layout.key,
	];
}

describe('the route map’s labels', () => {
	test.each(MAPS)('on %s, overlap neither each other nor any dot', (_, places, legs) => {
		const { layout, dots } = layoutRouteMap(TOPOLOGY, places, legs);
		const written = texts(layout);
		for (const [index, one] of written.entries()) {
			for (const other of written.slice(index + 1))
				expect(overlap(one.box, other.box), `${one.text} / ${other.text}`).toBe(false);
			for (const { at, radius } of dots) {
				const dot = {
					left: at[0] - radius,
					top: at[1] - radius,
					right: at[0] + radius,
					bottom: at[1] + radius,
				};
				expect(overlap(one.box, dot), `${one.text} on a dot`).toBe(false);
			}
		}
	});

	test.each(MAPS)('on %s, stay inside the frame, the key below the map', (_, places, legs) => {
		const { layout, width, height } = layoutRouteMap(TOPOLOGY, places, legs);
		for (const { text, box } of texts(layout)) {
			const [top, bottom] = layout.key.some((line) => line.text === text)
				? [height, layout.height]
				: [0, height];
			expect(box.left, text).toBeGreaterThanOrEqual(0);
			expect(box.right, text).toBeLessThanOrEqual(width);
			expect(box.top, text).toBeGreaterThanOrEqual(top);
			expect(box.bottom, text).toBeLessThanOrEqual(bottom);
		}
	});

	test.each(MAPS)(
		'on %s, name every place: beside its dot, or by a number and the key',
		(_, places, legs) => {
			const { layout } = layoutRouteMap(TOPOLOGY, places, legs);
			const named = layout.places.map((placed) =>
				'key' in placed
					? layout.key.find((line) => line.text === `${placed.number?.text} ${placed.text}`)
						? placed.text
						: `${placed.text} without its number`
					: placed.text,
			);
			expect(named).toEqual(places.map(({ name }) => name));
		},
	);

	test('are laid out the same on every build', () => {
		for (const [, places, legs] of MAPS) {
			const text = { title: 't', description: 'd' };
			expect(drawRouteMap(TOPOLOGY, places, legs, text).svg).toBe(
				drawRouteMap(TOPOLOGY, places, legs, text).svg,
			);
		}
	});

	test('write the site’s three places beside their dots, and still name North Korea', () => {
		const { layout } = layoutRouteMap(TOPOLOGY, all(REAL), route(REAL));
		expect(layout.key).toEqual([]);
		expect(layout.places.every((placed) => !('key' in placed) && !placed.leader)).toBe(true);
		expect(layout.countries.map(({ text }) => text)).toContain('North Korea');
	});

	test('put a name it cannot write beside a crowded dot further off, or in the key below the map', () => {
		const { layout, height } = layoutRouteMap(TOPOLOGY, all(CLOSE), route(CLOSE));
		expect(layout.places.some((placed) => 'key' in placed || placed.leader)).toBe(true);
		expect(layout.key.length).toBeGreaterThan(0);
		// The image is as much taller as the key needs, and says so for the page's <img>.
		const drawn = drawRouteMap(TOPOLOGY, all(CLOSE), route(CLOSE), {
			title: 't',
			description: 'd',
		});
		expect(drawn.height).toBe(Math.ceil(layout.height));
		expect(drawn.height).toBeGreaterThan(height);
		expect(drawn.svg).toContain(`viewBox="0 0 ${drawn.width} ${drawn.height}"`);
	});
});
