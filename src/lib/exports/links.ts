import type { Citation } from '../chronology.ts';
import type { Urls } from '../routes.ts';

/** Absolute links to an event, in the chronology and on its own page. */
export function eventLinks(urls: Urls, slug: string): { url: string; page: string } {
	return { url: urls.eventInChronology(slug), page: urls.event(slug) };
}

/** A citation as every export gives it: the source, its paragraph, the verbatim quote and an absolute link to it. */
export function citationRecord(urls: Urls, citation: Citation) {
	return {
		source: citation.sourceId,
		publisher: citation.publisher,
		published: citation.published,
		paragraph: citation.paragraph,
		quote: citation.quote,
		url: urls.paragraph(citation.sourceId, citation.paragraph),
	};
}
