/**
 * The site's one name: in the header, the chronology's heading, every page title ("Data — …"),
 * the feeds, the JSON export and the preview cards.
 */
export const SITE_NAME = 'North Korea’s munitions for Russia';

/** The standfirst under the chronology's heading, read on the first screen of a phone; also its meta description. */
export const SITE_DESCRIPTION =
	'How North Korea came to be accused of shipping over 1,000 containers of munitions to Russia in September–October 2023, each event traced to its source.';

/** The data's name in datapackage.json: lower case, stable, URL-safe. */
export const DATA_PACKAGE_NAME = 'north-korea-munitions-russia-chronology';

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
	/** Its SPDX and Open Definition identifier, for datapackage.json. */
	id: 'CC-BY-4.0',
	title: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	/** What the licence does not cover, in one sentence for pages and exports. */
	quotes: 'Quotations from the sources remain their publishers’ and are reproduced for citation.',
} as const;

/** The longest event summary, in characters: it is the link-preview description, which previews cut. */
export const SUMMARY_LIMIT = 240;

/**
 * The longest short title (an event's `short:`), in characters: two lines of the timeline's labels
 * on a 320 px screen, where a whole title would take four.
 */
export const SHORT_TITLE_LIMIT = 48;

/**
 * Where readers report an error, unless the build sets `CORRECTIONS_EMAIL`: a placeholder a
 * production build warns about (src/integrations/site-settings.ts), like a missing `SITE_URL`.
 */
export const DEFAULT_CORRECTIONS_EMAIL = 'corrections@example.org';

/**
 * The site's address when a build is not told it (`SITE_URL`): a placeholder for canonical links,
 * the feed and the exports. A production build warns; in the browser, what a reader copies (Copy
 * link, Cite this event, the embed code) uses the page's own origin instead (src/scripts/page-origin.ts).
 */
export const PLACEHOLDER_SITE = 'https://example.org';

/**
 * The script-src sources of a page with the search box (each `Astro.csp.insertScriptResource`d in
 * the page): Pagefind reads its index with a WebAssembly module, which a strict policy refuses to
 * compile unless 'wasm-unsafe-eval' allows it. It allows compiling WebAssembly only, no JavaScript
 * eval, and nothing from another origin. 'self' is Astro's default, which a page that adds a
 * source must repeat. Pages without the box keep the policy without it.
 */
export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
