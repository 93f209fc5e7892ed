import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';
import { eventsCsv } from '../lib/exports/chronology-csv.ts';

/** The events as a spreadsheet, one row each. */
export const GET: APIRoute = async () =>
	new Response(eventsCsv(await getChronology(), routes.absolute), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
