import type { ChronologyEvent } from '../chronology.ts';

/** What a citation says about the site the event is on. */
export interface CitedSite {
	/** The site's name, as a citation gives the work the entry is in. */
	name: string;
}

/**
 * An event cited in plain text, for an article or a footnote: the site, the title, the event's
 * date as a reader sees it, the permanent address and the day the entry was last updated.
 * `url` is the event page's absolute address (`routes.absolute.event`).
 */
export function plainCitation(event: ChronologyEvent, url: string, site: CitedSite): string {
	return `${site.name}. “${event.title}” (${event.dateLabel}). ${url}. Updated ${event.updated.label}.`;
}

/** Characters that would end a template parameter or the template itself; entities keep them as text. */
const WIKITEXT_ESCAPES: Record<string, string> = {
	'|': '&#124;',
	'{': '&#123;',
	'}': '&#125;',
	'[': '&#91;',
	']': '&#93;',
};

function wikitext(text: string): string {
	return text.replace(/[|{}[\]]/g, (character) => WIKITEXT_ESCAPES[character] ?? character);
}

/**
 * Wikipedia's `{{cite web}}` for the event. `|date=` is the entry's last update (the date of the
 * web page, as the template means it), while the event's own date goes in the title, where it
 * cannot be mistaken for a publication date. `|access-date=` is left empty: only the editor knows
 * the day they read it, and a static page cannot.
 */
export function citeWeb(event: ChronologyEvent, url: string, site: CitedSite): string {
	return `{{cite web |url=${url} |title=${wikitext(`${event.title} (${event.dateLabel})`)} |website=${wikitext(site.name)} |date=${event.updated.iso} |access-date=}}`;
}
