import type { Citation } from '../chronology.ts';
import type { Urls } from '../routes.ts';

/** Absolute links to an event, in the chronology and on its own page. */
export function eventLinks(urls: Urls, slug: string): { url: string; page: string } {
	return { url: urls.eventInChronology(slug), page: urls.event(slug) };
}

/**
 * A citation as every export gives it: the source, the verbatim quote (and the paragraph, when the
 * event names one), an absolute link to its mark
 * on the source's page, and a text-fragment link to it in the original article (`null` without one).
 */
export function citationRecord(urls: Urls, citation: Citation) {
	return {
		source: citation.sourceId,
		publisher: citation.publisher,
		published: citation.published,
		/** The paragraph the event names, when the quote's words occur in more than one; otherwise null. */
		paragraph: citation.paragraph ?? null,
		quote: citation.quote,
		url: urls.quote(citation.sourceId, citation.anchor),
		original: citation.originalHref ?? null,
	};
}
