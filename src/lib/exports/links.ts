import type { Citation } from '../chronology.ts';
import { absoluteUrl } from '../urls.ts';

/** Where the site lives, so exports can give absolute links that work outside it. */
export interface SiteLocation {
	/** The site's origin and path, `https://example.org`. */
	site: URL | string;
	/** The base path, `/` or `/chronology/`. */
	base: string;
}

/** Absolute links to an event, in the chronology and on its own page. */
export function eventLinks(location: SiteLocation, slug: string): { url: string; page: string } {
	return {
		url: absoluteUrl(location.site, location.base, `#${slug}`),
		page: absoluteUrl(location.site, location.base, `events/${slug}/`),
	};
}

/** Absolute link to a path relative to the base (a citation's `sources/<id>/#p4`). */
export function siteLink(location: SiteLocation, path: string): string {
	return absoluteUrl(location.site, location.base, path);
}

/** A citation as every export gives it: the source, its paragraph, the verbatim quote and an absolute link to it. */
export function citationRecord(location: SiteLocation, citation: Citation) {
	return {
		source: citation.sourceId,
		publisher: citation.publisher,
		published: citation.published,
		paragraph: citation.paragraph,
		quote: citation.quote,
		url: siteLink(location, citation.path),
	};
}
