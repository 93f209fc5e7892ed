/** The chronology's name, in the page title of every page and in the feeds. */
export const SITE_TITLE = 'North Korea’s munitions for Russia: a sourced chronology';

/** Short name for the header and page titles. */
export const SITE_SHORT_TITLE = 'North Korea–Russia munitions chronology';

/** The standfirst under the chronology's title; also its meta description. */
export const SITE_DESCRIPTION =
	'From the Kim–Putin summit of September 2023 to the White House briefing of 13 October 2023: how North Korea came to be accused of shipping more than 1,000 containers of military equipment and munitions to Russia, every event traced to the passage that reports it.';

/** BCP 47 language of the site's own text. */
export const SITE_LANGUAGE = 'en-GB';

/** Locale for dates shown to readers: day month year, as the sources write them. */
export const DATE_LOCALE = 'en-GB';

/**
 * The licence of our own text and data (event texts, titles, summaries, dates, the exports):
 * CC BY 4.0, because the chronology exists to be quoted, embedded and reused by newsrooms and
 * researchers, and attribution (a link back to the event) is all we ask; it is the licence most
 * newsrooms and data portals already know. Quotes from the sources are not ours to license: they
 * remain their publishers' and are reproduced for citation.
 */
export const LICENCE = {
	name: 'CC BY 4.0',
	title: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	/** What the licence does not cover, in one sentence for pages and exports. */
	quotes: 'Quotations from the sources remain their publishers’ and are reproduced for citation.',
} as const;
