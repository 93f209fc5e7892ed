import type { APIRoute } from 'astro';
import { routes } from '../data/routes.ts';
import { chronologySchema } from '../lib/exports/chronology-schema.ts';

/** The JSON Schema of chronology.json, at the address chronology.json names in `$schema`. */
export const GET: APIRoute = () => {
	const schema = chronologySchema(routes.absolute.file('chronology.schema.json'));
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
