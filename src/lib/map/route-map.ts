import { geoConicConformal, geoPath, geoBounds, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { layoutLabels, type NamedDot, type PlacedText } from './label-layout.ts';
import { textWidth } from './text-box.ts';

/** A place as the map marks it. */
export interface MapPlace {
	name: string;
	lat: number;
	lon: number;
	/** Drawn larger and labelled in bold: the places of the event the map is about. */
	emphasis?: boolean;
}

/** A leg of a route, between two places of the map. */
export interface MapLeg {
	from: MapPlace;
	to: MapPlace;
	by: 'sea' | 'rail' | 'road' | 'air';
}

/** A map drawn: the SVG, and its size in its own units (the `<img>`'s width and height). */
export interface DrawnRouteMap {
	svg: string;
	width: number;
	/** Taller than the frame when a key is drawn below it. */
	height: number;
}

/** What the map shows, for its `<title>` and `<desc>`. */
export interface RouteMapText {
	title: string;
	description: string;
}

/** A small drawing, so its text stays legible scaled down to a 320 px screen (about 0.7×). */
const WIDTH = 420;
const HEIGHT = 260;
/** Font sizes in map units (the SVG is an image scaled as a whole): place names, country names. */
const NAME_SIZE = 15;
const COUNTRY_SIZE = 12;
/** Emphasised names are heavier (800, not 600), so a little wider in fonts that have that weight. */
const STRONG = 1.08;
/** Countries named on the map: large enough to label, and the story's own. */
const LABELLED = new Map([
	['Russia', [100, 62]],
	['N. Korea', [127.2, 40.3]],
	['China', [104, 36]],
	['Kazakhstan', [67, 48]],
	['Ukraine', [31.5, 49]],
	['Mongolia', [103, 46.5]],
] as const);
const LABEL_NAMES: Record<string, string> = { 'N. Korea': 'North Korea' };

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * What the route map draws, in its own units (a `width` × `height` frame, the key's strip below
 * it): the countries and legs as path data, each place's dot, and every label laid out
 * ({@link layoutLabels}) so that none overlaps another or a dot, all inside the frame.
 */
export function layoutRouteMap(
	topology: Topology,
	places: readonly MapPlace[],
	legs: readonly MapLeg[],
) {
	const countries = feature(
		topology,
		topology.objects['countries'] as GeometryCollection<{ name: string }>,
	) as FeatureCollection<Geometry, { name: string }>;
	const points = {
		type: 'MultiPoint',
		coordinates: places.map(({ lon, lat }) => [lon, lat]),
	} as GeoPermissibleObjects;
	const [[west, south], [east, north]] = geoBounds(points as never);
	const projection = geoConicConformal()
		.parallels([40, 60])
		.rotate([-(west + east) / 2, 0])
		.clipExtent([
			[0, 0],
			[WIDTH, HEIGHT],
		]);
	// The places with room around them: a margin of degrees, more across than up and down.
	const frame = {
		type: 'MultiPoint',
		coordinates: [
			[west - 6, south - 4],
			[east + 6, north + 8],
			[west - 6, north + 8],
			[east + 6, south - 4],
		],
	};
	projection.fitExtent(
		[
			[12, 12],
			[WIDTH - 12, HEIGHT - 12],
		],
		frame as never,
	);
	const path = geoPath(projection).digits(1);
	const countryPaths = countries.features
		.map((country) => ({ name: country.properties.name, d: path(country) ?? '' }))
		.filter(({ d }) => d !== '');
	const at = (place: MapPlace) =>
		projection([place.lon, place.lat])!.map(round) as [number, number];
	const legPaths = legs.map((leg) => ({ by: leg.by, d: arc(at(leg.from), at(leg.to)) }));
	const layout = layoutLabels({
		width: WIDTH,
		height: HEIGHT,
		places: places.map((place) => ({
			at: at(place),
			radius: dotRadius(place) + 1,
			text: place.name,
			size: NAME_SIZE,
			width: textWidth(place.name, NAME_SIZE, 'bold') * (place.emphasis ? STRONG : 1),
		})),
		countries: [...LABELLED].map(([name, [lon, lat]]) => {
			const label = LABEL_NAMES[name] ?? name;
			return {
				at: projection([lon, lat])!,
				text: label,
				size: COUNTRY_SIZE,
				width: textWidth(label, COUNTRY_SIZE, 'italic'),
			};
		}),
		lines: legs.flatMap((leg) => arcPoints(at(leg.from), at(leg.to))),
	});
	return {
		width: WIDTH,
		height: HEIGHT,
		countryPaths,
		legPaths,
		dots: places.map((place) => ({ at: at(place), radius: dotRadius(place) })),
		layout,
	};
}

/**
 * The route map as a static SVG, drawn at build time: Natural Earth's countries (`topology`, from
 * the world-atlas package) in a conic projection fitted to the places with a margin, clipped to the
 * frame; each place a dot with its name; each leg a line, solid by sea, dashed by rail (the track is
 * not given, so a great-circle line stands for it). Colours follow the reader's scheme; the text is
 * in the SVG's own `<title>` and `<desc>`.
 */
export function drawRouteMap(
	topology: Topology,
	places: readonly MapPlace[],
	legs: readonly MapLeg[],
	text: RouteMapText,
): DrawnRouteMap {
	const { countryPaths, legPaths, dots, layout } = layoutRouteMap(topology, places, legs);
	// Whole units: the `<img>`'s height attribute is an integer.
	const height = Math.ceil(layout.height);
	// What is written beside the dots: names, or the key's numbers.
	const labels = layout.places.flatMap((placed, index) => {
		const label: NamedDot | undefined = 'key' in placed ? placed.number : placed;
		const className = places[index]!.emphasis ? 'name strong' : 'name';
		return label ? [{ ...label, className }] : [];
	});
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="map-title map-desc">`,
		`<title id="map-title">${escape(text.title)}</title>`,
		`<desc id="map-desc">${escape(text.description)}</desc>`,
		'<style>',
		'.land{fill:#e9e6dc;stroke:#9b978c;stroke-width:.5}.story{fill:#d9d2bd}.country{font:italic 12px system-ui,sans-serif;fill:#6b675e;text-anchor:middle}.leader{fill:none;stroke:#1b1b1b;stroke-width:1}',
		'.leg{fill:none;stroke:#b3261e;stroke-width:2.5;stroke-linecap:round}.rail{stroke-dasharray:7 5}.dot{fill:#b3261e;stroke:#fff;stroke-width:1.5}',
		'.name{font:600 15px system-ui,sans-serif;fill:#1b1b1b;paint-order:stroke;stroke:#fdfdfb;stroke-width:3px;stroke-linejoin:round}.strong{font-weight:800}.key{font-size:12px}.strip{fill:#fdfdfb}',
		'@media (prefers-color-scheme:dark){.land{fill:#2a2d33;stroke:#5d6168}.story{fill:#3a3e46}.country{fill:#a4a29b}.leg{stroke:#ffb4ab}.dot{fill:#ffb4ab;stroke:#15171a}.name{fill:#e8e8e6;stroke:#15171a}.leader{stroke:#e8e8e6}.strip{fill:#15171a}}',
		'@media print{.land{fill:#eee;stroke:#777}.story{fill:#ddd}.leg{stroke:#000}.dot{fill:#000;stroke:#fff}.name{fill:#000;stroke:#fff}.leader{stroke:#000}.strip{fill:#fff}.country{fill:#444}}',
		'</style>',
		'<g>',
		...countryPaths.map(
			({ name, d }) =>
				`<path class="land${name === 'Russia' || name === 'N. Korea' ? ' story' : ''}" d="${d}"/>`,
		),
		'</g>',
		...layout.countries.map(
			({ text: name, x, y }) =>
				`<text class="country" x="${round(x)}" y="${round(y)}">${escape(name)}</text>`,
		),
		...legPaths.map(({ by, d }) => `<path class="leg ${by}" d="${d}"/>`),
		// Leader lines under the dots, so that each seems to start at its own dot's edge.
		...labels.flatMap(({ leader }) =>
			leader ? [`<path class="leader" d="M${leader.map(round).join(' ')}"/>`] : [],
		),
		...dots.map(
			({ at: [x, y], radius }) => `<circle class="dot" cx="${x}" cy="${y}" r="${radius}"/>`,
		),
		...labels.map((label) => drawText(label, label.className)),
		...(layout.key.length > 0
			? [`<rect class="strip" x="0" y="${HEIGHT}" width="${WIDTH}" height="${height - HEIGHT}"/>`]
			: []),
		...layout.key.map((line) => drawText(line, 'name key')),
		'</svg>',
	].join('');
	return { svg, width: WIDTH, height };
}

/**
 * A leg as a curve bowed to the north of the straight line: the sources give the mode, not the
 * track, so the line must read as a diagram of "from here to there", never as the railway itself.
 */
function arc(from: [number, number], to: [number, number]): string {
	const [cx, cy] = control(from, to);
	return `M${round(from[0])},${round(from[1])}Q${round(cx)},${round(cy)} ${round(to[0])},${round(to[1])}`;
}

/** The curve's control point: the normal pointing up the drawing (north), a fifth of its length away. */
function control([x1, y1]: [number, number], [x2, y2]: [number, number]): [number, number] {
	const [dx, dy] = [x2 - x1, y2 - y1];
	const length = Math.hypot(dx, dy) || 1;
	const [nx, ny] = dx >= 0 ? [dy / length, -dx / length] : [-dy / length, dx / length];
	return [(x1 + x2) / 2 + nx * length * 0.2, (y1 + y2) / 2 + ny * length * 0.2];
}

/** Points along a leg's curve, a few units apart: what labels try not to cover. */
function arcPoints(from: [number, number], to: [number, number]): [number, number][] {
	const [cx, cy] = control(from, to);
	const steps = Math.max(2, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) / 4));
	return Array.from({ length: steps + 1 }, (_, step) => {
		const t = step / steps;
		const [a, b, c] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2];
		return [a * from[0] + b * cx + c * to[0], a * from[1] + b * cy + c * to[1]];
	});
}

const dotRadius = (place: MapPlace) => (place.emphasis ? 5 : 4);

function drawText({ text, x, y, anchor }: PlacedText, className: string): string {
	return `<text class="${className}" x="${round(x)}" y="${round(y)}" text-anchor="${anchor}">${escape(text)}</text>`;
}
