import type { ChronologyEvent } from '../chronology.ts';
import type { Urls } from '../routes.ts';
import { highwireDate } from './event-dates.ts';
import type { SiteFacts } from './nodes.ts';

/** A `<meta name content>` pair. */
export interface MetaTag {
	name: string;
	content: string;
}

/**
 * Highwire Press `citation_*` tags for an event's page, which Zotero and other reference managers
 * read to save a page with its real title, date and address rather than the browser tab's. The
 * date is the event's, at the sources' precision ({@link highwireDate}), and left out when no
 * month or year holds it: a reference manager would show an invented day as fact. The chronology
 * is the work the entry appears in, so it is the `citation_publisher`, not a journal.
 */
export function highwireTags(event: ChronologyEvent, urls: Urls, site: SiteFacts): MetaTag[] {
	const date = highwireDate(event.date);
	return [
		{ name: 'citation_title', content: event.title },
		...(date
			? [
					{ name: 'citation_date', content: date },
					{ name: 'citation_publication_date', content: date },
				]
			: []),
		{ name: 'citation_online_date', content: event.updated.iso.replaceAll('-', '/') },
		{ name: 'citation_publisher', content: site.name },
		{ name: 'citation_public_url', content: urls.event(event.slug) },
		{ name: 'citation_abstract_html_url', content: urls.event(event.slug) },
		{ name: 'citation_language', content: site.language },
	];
}
