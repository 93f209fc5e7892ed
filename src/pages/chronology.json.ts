import type { APIRoute } from 'astro';
import { LICENCE, SITE_DESCRIPTION, SITE_NAME } from '../consts.ts';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';
import { chronologyJson } from '../lib/exports/chronology-json.ts';

/** The chronology as JSON, for reuse. */
export const GET: APIRoute = async () => {
	const json = chronologyJson(await getChronology(), routes.absolute, {
		title: SITE_NAME,
		description: SITE_DESCRIPTION,
		licence: { name: LICENCE.name, url: LICENCE.url, note: LICENCE.quotes },
	});
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
