import type { APIRoute } from 'astro';
import { LICENCE, SITE_DESCRIPTION, SITE_NAME } from '../consts.ts';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';
import { timelineJs } from '../lib/exports/timelinejs.ts';

/** The chronology in TimelineJS3's JSON format (not `timeline.json`, the island's own data). */
export const GET: APIRoute = async () => {
	const credit = `${SITE_NAME}, ${routes.absolute.home()} (${LICENCE.name}). ${LICENCE.quotes}`;
	const json = timelineJs(
		await getChronology(),
		{ title: SITE_NAME, description: SITE_DESCRIPTION, credit },
		routes.canonical,
	);
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
