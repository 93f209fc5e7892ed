import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { getRouteMaps } from '../../data/route-maps.ts';
import { drawRouteMap } from '../../lib/map/route-map.ts';
import type { RouteMapPlan } from '../../lib/map/route-maps.ts';

/** The route maps as static SVG files: `maps/route.svg` and `maps/events/<slug>.svg`. */
export const getStaticPaths = (async () => {
	const { chronology, byEvent } = await getRouteMaps();
	const plans = [...(chronology ? [chronology] : []), ...byEvent.values()];
	// The file routes.map() links: maps/route.svg, maps/events/<slug>.svg.
	return plans.map((plan) => ({
		params: { map: plan.slug === undefined ? 'route' : `events/${plan.slug}` },
		props: { plan },
	}));
}) satisfies GetStaticPaths;

/** Natural Earth's countries at 1:110 million (world-atlas): small, and detailed enough for a region this wide. */
let topology: Topology | undefined;
const countries = (): Topology =>
	(topology ??= JSON.parse(
		readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
	) as Topology);

export const GET: APIRoute<{ plan: RouteMapPlan }> = ({ props: { plan } }) =>
	new Response(drawRouteMap(countries(), plan.places, plan.legs, plan), {
		headers: { 'content-type': 'image/svg+xml' },
	});
