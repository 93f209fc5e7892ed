import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { siteLocation } from '../data/site-location.ts';
import { eventsCsv } from '../lib/exports/chronology-csv.ts';

/** The events as a spreadsheet, one row each. */
export const GET: APIRoute = async ({ site }) =>
	new Response(eventsCsv(await getChronology(), siteLocation(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
