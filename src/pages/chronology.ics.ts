import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME } from '../consts.ts';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';
import { chronologyCalendar } from '../lib/exports/icalendar.ts';

/** The chronology as an iCalendar file, one all-day event per event. */
export const GET: APIRoute = async () => {
	const host = new URL(routes.absolute.home()).host;
	const ics = chronologyCalendar(
		await getChronology(),
		{ title: SITE_NAME, description: SITE_DESCRIPTION, host },
		routes.canonical,
	);
	return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
