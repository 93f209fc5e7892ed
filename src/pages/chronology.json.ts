import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { getChronology } from '../data/chronology.ts';
import { siteLocation } from '../data/site-location.ts';
import { chronologyJson } from '../lib/exports/chronology-json.ts';

/** The chronology as JSON, for reuse. */
export const GET: APIRoute = async ({ site }) => {
	const json = chronologyJson(await getChronology(), siteLocation(site), { title: SITE_TITLE, description: SITE_DESCRIPTION });
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
