import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { siteLocation } from '../data/site-location.ts';
import { citationsCsv } from '../lib/exports/chronology-csv.ts';

/** Every citation as a spreadsheet row: event, source paragraph, verbatim quote. */
export const GET: APIRoute = async ({ site }) =>
	new Response(citationsCsv(await getChronology(), siteLocation(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
