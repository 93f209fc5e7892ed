import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';
import { citationsCsv } from '../lib/exports/chronology-csv.ts';

/** Every citation as a spreadsheet row: event, source paragraph, verbatim quote. */
export const GET: APIRoute = async () =>
	new Response(citationsCsv(await getChronology(), routes.absolute), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
