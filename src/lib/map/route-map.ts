import { geoConicConformal, geoPath, geoBounds, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';

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

/** What the map shows, for its `<title>` and `<desc>`. */
export interface RouteMapText {
	title: string;
	description: string;
}

/** A small drawing, so its text stays legible scaled down to a 320 px screen (about 0.7×). */
const WIDTH = 420;
const HEIGHT = 260;
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
): string {
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
	const labels = [...LABELLED].map(([name, [lon, lat]]) => ({
		name: LABEL_NAMES[name] ?? name,
		at: projection([lon, lat])!.map(round),
	}));
	const placed = placeLabels(places.map((place) => ({ place, at: at(place) })));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="map-title map-desc">`,
		`<title id="map-title">${escape(text.title)}</title>`,
		`<desc id="map-desc">${escape(text.description)}</desc>`,
		'<style>',
		'.land{fill:#e9e6dc;stroke:#9b978c;stroke-width:.5}.story{fill:#d9d2bd}.country{font:italic 12px system-ui,sans-serif;fill:#6b675e;text-anchor:middle}',
		'.leg{fill:none;stroke:#b3261e;stroke-width:2.5;stroke-linecap:round}.rail{stroke-dasharray:7 5}.dot{fill:#b3261e;stroke:#fff;stroke-width:1.5}',
		'.name{font:600 15px system-ui,sans-serif;fill:#1b1b1b;paint-order:stroke;stroke:#fdfdfb;stroke-width:3px;stroke-linejoin:round}.strong{font-weight:800}',
		'@media (prefers-color-scheme:dark){.land{fill:#2a2d33;stroke:#5d6168}.story{fill:#3a3e46}.country{fill:#a4a29b}.leg{stroke:#ffb4ab}.dot{fill:#ffb4ab;stroke:#15171a}.name{fill:#e8e8e6;stroke:#15171a}}',
		'@media print{.land{fill:#eee;stroke:#777}.story{fill:#ddd}.leg{stroke:#000}.dot{fill:#000;stroke:#fff}.name{fill:#000;stroke:#fff}.country{fill:#444}}',
		'</style>',
		'<g>',
		...countryPaths.map(
			({ name, d }) =>
				`<path class="land${name === 'Russia' || name === 'N. Korea' ? ' story' : ''}" d="${d}"/>`,
		),
		'</g>',
		...labels
			.filter(({ at: [x, y] }) => x! > 30 && x! < WIDTH - 30 && y! > 12 && y! < HEIGHT - 8)
			.map(
				({ name, at: [x, y] }) => `<text class="country" x="${x}" y="${y}">${escape(name)}</text>`,
			),
		...legPaths.map(({ by, d }) => `<path class="leg ${by}" d="${d}"/>`),
		...placed.map(
			({ place, at: [x, y] }) =>
				`<circle class="dot" cx="${x}" cy="${y}" r="${place.emphasis ? 5 : 4}"/>`,
		),
		...placed.map(
			({ place, label }) =>
				`<text class="name${place.emphasis ? ' strong' : ''}" x="${label.x}" y="${label.y}" text-anchor="${label.anchor}">${escape(place.name)}</text>`,
		),
		'</svg>',
	].join('');
}

/**
 * A leg as a curve bowed to the north of the straight line: the sources give the mode, not the
 * track, so the line must read as a diagram of "from here to there", never as the railway itself.
 */
function arc([x1, y1]: [number, number], [x2, y2]: [number, number]): string {
	const [dx, dy] = [x2 - x1, y2 - y1];
	const length = Math.hypot(dx, dy);
	// The normal pointing up the drawing (north), a fifth of the leg's length away.
	const [nx, ny] = dx >= 0 ? [dy / length, -dx / length] : [-dy / length, dx / length];
	const [cx, cy] = [(x1 + x2) / 2 + nx * length * 0.2, (y1 + y2) / 2 + ny * length * 0.2];
	return `M${round(x1)},${round(y1)}Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`;
}

/**
 * A label beside each dot: on the side away from a dot nearby (Najin and Dunay, 200 km apart), else
 * to the right while the frame has room.
 */
function placeLabels(dots: { place: MapPlace; at: [number, number] }[]) {
	return dots.map(({ place, at: [x, y] }) => {
		const width = place.name.length * 9;
		const near = dots.find(
			(other) => other.place !== place && Math.hypot(other.at[0] - x, other.at[1] - y) < 40,
		);
		// Away from a near neighbour; otherwise to the right while the frame has room.
		const fitsRight = x + 8 + width < WIDTH;
		const left = near ? near.at[0] > x || !fitsRight : !fitsRight;
		// Pushed left by the frame's edge while a neighbour is to its left too: above it instead.
		const above = left && near !== undefined && near.at[0] < x;
		const label = above
			? { x: round(x + 4), y: round(y - 9), anchor: 'end' }
			: left
				? { x: round(x - 8), y: round(y + 5), anchor: 'end' }
				: { x: round(x + 8), y: round(y + 5), anchor: 'start' };
		return { place, at: [x, y] as [number, number], label };
	});
}
