import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseGazetteer } from '../../src/lib/map/gazetteer.ts';
import { drawRouteMap } from '../../src/lib/map/route-map.ts';
import { exportedEvents } from '../helpers/exported-events.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

/** Where the map is drawn: a screen width, the reader's scheme, and screen or paper. */
interface Viewing {
	width: number;
	colorScheme: 'light' | 'dark';
	media: 'screen' | 'print';
}
const VIEWINGS: Viewing[] = [
	{ width: 320, colorScheme: 'light', media: 'screen' },
	{ width: 390, colorScheme: 'light', media: 'screen' },
	{ width: 390, colorScheme: 'dark', media: 'screen' },
	{ width: 1280, colorScheme: 'light', media: 'screen' },
	{ width: 1280, colorScheme: 'light', media: 'print' },
];

type Rect = { left: number; top: number; right: number; bottom: number };
/** Rectangles that share more than a sliver (half a pixel: anti-aliasing, not a collision). */
const overlap = (a: Rect, b: Rect) =>
	Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
	Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** The route map's image on a page at `width` (JavaScript off): its address and drawn width. */
async function mapImage(path: string, width: number) {
	const { page } = await site.open(path, {
		viewport: { width, height: 800 },
		javaScriptEnabled: false,
	});
	const image = page.locator('figure.route-map img');
	if ((await image.count()) === 0) return undefined;
	return image.evaluate((element: HTMLImageElement) => ({
		src: new URL(element.getAttribute('src')!, document.baseURI).href,
		width: element.clientWidth,
	}));
}

/**
 * The map's labels and dots as Chromium draws them, the SVG opened at the width its image has:
 * the same scale, font and text boxes a reader sees (the image is scaled as a whole).
 */
async function seeMap(src: string, width: number, viewing: Viewing, svg?: string) {
	const { page } = await site.open(src, {
		viewport: { width, height: 600 },
		colorScheme: viewing.colorScheme,
		javaScriptEnabled: false,
		...(svg && {
			before: (opened) =>
				opened.route(src, (route) => route.fulfill({ body: svg, contentType: 'image/svg+xml' })),
		}),
	});
	await page.emulateMedia({ media: viewing.media });
	const [frameWidth, frameHeight] = await page.evaluate(() => {
		const { width, height } = (document.documentElement as unknown as SVGSVGElement).viewBox
			.baseVal;
		return [width, height];
	});
	await page.setViewportSize({ width, height: Math.ceil((width * frameHeight) / frameWidth) });
	return page.evaluate(() => {
		const box = (element: Element) => {
			const { left, top, right, bottom } = element.getBoundingClientRect();
			return { left, top, right, bottom };
		};
		return {
			texts: [...document.querySelectorAll('text')].map((text) => ({
				text: text.textContent!,
				...box(text),
			})),
			dots: [...document.querySelectorAll('circle')].map(box),
			frame: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
		};
	});
}

function expectClear(seen: Awaited<ReturnType<typeof seeMap>>) {
	expect(seen.texts.length).toBeGreaterThan(0);
	for (const [index, text] of seen.texts.entries()) {
		expect(text.left, `${text.text} leaves the frame`).toBeGreaterThanOrEqual(-0.5);
		expect(text.top, `${text.text} leaves the frame`).toBeGreaterThanOrEqual(-0.5);
		expect(text.right, `${text.text} leaves the frame`).toBeLessThanOrEqual(seen.frame.right + 0.5);
		expect(text.bottom, `${text.text} leaves the frame`).toBeLessThanOrEqual(
			seen.frame.bottom + 0.5,
		);
		for (const other of seen.texts.slice(index + 1))
			expect(overlap(text, other), `${text.text} overlaps ${other.text}`).toBe(false);
		for (const dot of seen.dots) expect(overlap(text, dot), `${text.text} on a dot`).toBe(false);
	}
}

describe('the route map’s labels, as Chromium draws them', () => {
	/** The map image's width on the chronology at each screen width. */
	const widths = new Map<number, number>();
	let src = '';
	beforeAll(async () => {
		for (const width of new Set(VIEWINGS.map((viewing) => viewing.width))) {
			const image = await mapImage('', width);
			expect(image, 'the chronology shows a route map').toBeDefined();
			widths.set(width, image!.width);
			src = image!.src;
		}
	});

	test.each(VIEWINGS)(
		'on the chronology at $width px ($colorScheme, $media) overlap neither each other nor a dot, inside the map',
		async (viewing) => {
			const seen = await seeMap(src, widths.get(viewing.width)!, viewing);
			expect(seen.texts.map(({ text }) => text)).toEqual(
				expect.arrayContaining(['Najin', 'Dunay', 'Tikhoretsk', 'North Korea']),
			);
			expectClear(seen);
		},
	);

	test('on every event page’s map at 320 px overlap neither each other nor a dot', async () => {
		let maps = 0;
		for (const { id } of await exportedEvents(site)) {
			const image = await mapImage(`events/${id}/`, 320);
			if (!image) continue;
			maps += 1;
			expectClear(await seeMap(image.src, image.width, VIEWINGS[0]!));
		}
		expect(maps).toBeGreaterThan(0);
	});

	test.each(VIEWINGS)(
		'for nine places close together at $width px ($colorScheme, $media) overlap neither each other nor a dot',
		async (viewing) => {
			const topology = JSON.parse(
				readFileSync(
					createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'),
					'utf8',
				),
			) as Topology;
			const places = parseGazetteer(
				readFileSync(new URL('../fixtures/places-close-together.yaml', import.meta.url), 'utf8'),
				'places-close-together.yaml',
			);
			const [najin, dunay, tikhoretsk] = ['Najin', 'Dunay', 'Tikhoretsk'].map((name) =>
				places.get(name)!,
			);
			const { svg } = drawRouteMap(
				topology,
				[...places.values()],
				[
					{ from: najin!, to: dunay!, by: 'sea' },
					{ from: dunay!, to: tikhoretsk!, by: 'rail' },
				],
				{ title: 'Close together', description: 'Nine places close together' },
			);
			const fixture = new URL('maps/close-together.svg', src).href;
			expectClear(await seeMap(fixture, widths.get(viewing.width)!, viewing, svg));
		},
	);
});
