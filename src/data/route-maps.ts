import { root } from 'astro:config/server';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { GazetteerError, parseGazetteer } from '../lib/map/gazetteer.ts';
import { drawRouteMap, type DrawnRouteMap } from '../lib/map/route-map.ts';
import { planRouteMaps, UnknownPlaceError, type RouteMapPlan } from '../lib/map/route-maps.ts';
import { getChronology } from './chronology.ts';

/** The gazetteer, relative to the project root. */
const GAZETTEER_FILE = 'content/places.yaml';

type RouteMaps = ReturnType<typeof planRouteMaps>;
let maps: Promise<RouteMaps> | undefined;

/**
 * The route maps to draw (src/lib/map/route-maps.ts), from the chronology and the gazetteer: none
 * without a gazetteer. Read once per build; a gazetteer problem or a route through a place it lacks
 * fails the build, naming the file and what to do.
 */
export function getRouteMaps(): Promise<RouteMaps> {
	if (import.meta.env.DEV) return loadRouteMaps();
	return (maps ??= loadRouteMaps());
}

async function loadRouteMaps(): Promise<RouteMaps> {
	const path = fileURLToPath(new URL(GAZETTEER_FILE, root));
	const { events, bySlug } = await getChronology();
	if (!existsSync(path)) return { byEvent: new Map<string, RouteMapPlan>() };
	try {
		return planRouteMaps(events, parseGazetteer(readFileSync(path, 'utf8'), GAZETTEER_FILE));
	} catch (error) {
		if (error instanceof GazetteerError) {
			throw new AstroError(
				error.message,
				`Correct ${GAZETTEER_FILE}: each place needs name, lat, lon and source.`,
			);
		}
		if (error instanceof UnknownPlaceError) {
			const file = bySlug.get(error.slug)?.entry.filePath ?? error.slug;
			throw new AstroError(
				`${relative(fileURLToPath(root), file) || file}: ${error.message} (${GAZETTEER_FILE}).`,
				`Add "${error.place}" to ${GAZETTEER_FILE} with its coordinates and where they came from, or correct the name in the event's route.`,
			);
		}
		throw error;
	}
}

/** Natural Earth's countries at 1:110 million (world-atlas): small, and detailed enough for a region this wide. */
let topology: Topology | undefined;
const countries = (): Topology =>
	(topology ??= JSON.parse(
		readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
	) as Topology);
const drawn = new WeakMap<RouteMapPlan, DrawnRouteMap>();

/**
 * A plan's map, drawn once per build: the SVG file (src/pages/maps/) and the size the page's
 * `<img>` gives it (taller than usual when its labels needed a key).
 */
export function drawnRouteMap(plan: RouteMapPlan): DrawnRouteMap {
	let map = drawn.get(plan);
	if (!map) {
		map = drawRouteMap(countries(), plan.places, plan.legs, plan);
		drawn.set(plan, map);
	}
	return map;
}
