import type { APIRoute, GetStaticPaths } from 'astro';
import { drawnRouteMap, getRouteMaps } from '../../data/route-maps.ts';
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

export const GET: APIRoute<{ plan: RouteMapPlan }> = ({ props: { plan } }) =>
	new Response(drawnRouteMap(plan).svg, { headers: { 'content-type': 'image/svg+xml' } });
