import type { APIRoute } from 'astro';
import { DATA_PACKAGE_NAME, LICENCE, SITE_DESCRIPTION, SITE_NAME } from '../consts.ts';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';
import { dataPackage } from '../lib/exports/datapackage.ts';

/** The exports described as a Frictionless Data Package. */
export const GET: APIRoute = async () => {
	const json = dataPackage(await getChronology(), routes.absolute, {
		name: DATA_PACKAGE_NAME,
		title: SITE_NAME,
		description: SITE_DESCRIPTION,
		licence: { id: LICENCE.id, title: LICENCE.title, url: LICENCE.url, note: LICENCE.quotes },
	});
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
