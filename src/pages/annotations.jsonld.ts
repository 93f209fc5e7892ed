import type { APIRoute } from 'astro';
import { SITE_LANGUAGE, SITE_NAME } from '../consts.ts';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';
import { getSourceParagraphs } from '../data/source-paragraphs.ts';
import { annotationCollection } from '../lib/exports/annotations.ts';

/** Every citation as a W3C Web Annotation, for annotation tools. */
export const GET: APIRoute = async () => {
	const [chronology, paragraphs] = await Promise.all([getChronology(), getSourceParagraphs()]);
	const json = annotationCollection(chronology, paragraphs, routes.absolute, {
		title: SITE_NAME,
		language: SITE_LANGUAGE,
	});
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, {
		headers: {
			'Content-Type':
				'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
		},
	});
};
