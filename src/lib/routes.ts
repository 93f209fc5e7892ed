import type { FacetKind } from './facet-kinds.ts';
import { paragraphId } from './paragraphs.ts';

/** Files the site publishes at its base, besides its pages: exports, feed, schema, sitemap, icon. */
export const SITE_FILES = [
	'chronology.json',
	'chronology.schema.json',
	'events.csv',
	'citations.csv',
	'datapackage.json',
	'timelinejs.json',
	'chronology.ics',
	'annotations.jsonld',
	'rss.xml',
	'timeline.json',
	'sitemap-index.xml',
	'favicon.svg',
] as const;

/** One of {@link SITE_FILES}. */
export type SiteFile = (typeof SITE_FILES)[number];

/** Where a build is published. */
export interface RoutesOptions {
	/** The base path, `/` or `/chronology/` (`import.meta.env.BASE_URL`); a missing trailing slash is added. */
	base: string;
	/** The site's origin (`https://news.example`), for absolute URLs; without it only paths can be given. */
	site?: URL | string | undefined;
}

/**
 * Every URL shape of the site, each a function of what it addresses, all under one prefix: the base
 * path (`/chronology/events/x/`) or the site and base (`https://news.example/chronology/events/x/`).
 * One set of functions for both, so a page's link and its export's link cannot drift apart.
 */
function urlsUnder(prefix: string) {
	return {
		/** The chronology: the site's home. */
		home: () => prefix,
		/** An event's own page. */
		event: (slug: string) => `${prefix}events/${slug}/`,
		/** An event in its place in the chronology. */
		eventInChronology: (slug: string) => `${prefix}${eventFragment(slug)}`,
		/** A month's section of the chronology (`month` is `YYYY-MM`, an event's `month`). */
		month: (month: string) => `${prefix}#${month}`,
		/** The events of one actor, place, tag or outlet (`slug` from facetSlug): `/actors/kim-jong-un/`. */
		facet: (kind: FacetKind, slug: string) => `${prefix}${kind}s/${slug}/`,
		/** The chronology filtered in place to one actor, place, tag or outlet: `/?actor=kim-jong-un`. */
		filtered: (kind: FacetKind, slug: string) => `${prefix}?${kind}=${encodeURIComponent(slug)}`,
		/** The search page. */
		search: () => `${prefix}search/`,
		/** The list of sources. */
		sources: () => `${prefix}sources/`,
		/** A source's page. */
		source: (id: string) => `${prefix}sources/${id}/`,
		/** A numbered paragraph on its source's page. */
		paragraph: (sourceId: string, paragraph: number) =>
			`${prefix}sources/${sourceId}/${paragraphFragment(paragraph)}`,
		/**
		 * A quoted passage on its source's page. `anchor` is the passage's element id, whatever scheme
		 * the source page uses to mark quotes (see {@link quoteFragment}).
		 */
		quote: (sourceId: string, anchor: string) =>
			`${prefix}sources/${sourceId}/${quoteFragment(anchor)}`,
		/** The page that describes the exports. */
		data: () => `${prefix}data/`,
		/** The method page: how the chronology is made, and its corrections log. */
		about: () => `${prefix}about/`,
		/** A preview card (`og:image`): an event's own, or without a slug the chronology's. */
		card: (slug?: string) => `${prefix}cards/${cardName(slug)}.png`,
		/** The timeline alone, for other sites to frame. */
		embed: () => `${prefix}embed/`,
		/** A published file: an export, the feed, the timeline's data, the sitemap, the icon. */
		file: (name: SiteFile) => `${prefix}${name}`,
		/** A route map drawn at build time: the chronology's (`maps/route.svg`), or an event's (`maps/events/<slug>.svg`). */
		map: (slug?: string) =>
			slug === undefined ? `${prefix}maps/route.svg` : `${prefix}maps/events/${slug}.svg`,
		/**
		 * Any other path under the base, for rules about paths rather than links to pages (the
		 * `_headers` patterns `/chronology/events/*`).
		 */
		path: (rest: string) => `${prefix}${rest.replace(/^\/+/, '')}`,
	};
}

/** The URL functions of {@link createRoutes}, giving paths or absolute URLs. */
export type Urls = ReturnType<typeof urlsUnder>;

/** The site's URLs: paths under the base, and the same shapes as absolute URLs under `absolute`. */
export interface Routes extends Urls {
	/** The base path with its trailing slash: `/` or `/chronology/`. */
	base: string;
	/** The same URLs on the site (origin and base), for canonical and Open Graph tags, feeds and exports. */
	absolute: Urls;
	/** The absolute URL of the page served at `pathname` (base included, as `Astro.url.pathname` gives it). */
	canonical: (pathname: string) => string;
}

/** `#<slug>`: where an event sits on the chronology's page (its article's id is the slug). */
export function eventFragment(slug: string): string {
	return `#${slug}`;
}

/**
 * The id of an event's citation in the chronology (`kim-putin-summit-q2`): inside the event's closed
 * disclosure, so a link to it opens the disclosure (the browser reveals a fragment's closed `<details>`).
 */
export function citationId(slug: string, number: number): string {
	return `${slug}-q${number}`;
}

/**
 * A preview card's name under `cards/`, without `.png`: `events/<slug>`, or `chronology` for the
 * card every page that is not an event's shares. The card endpoint's `[...card]` parameter.
 */
export function cardName(slug?: string): string {
	return slug === undefined ? 'chronology' : `events/${slug}`;
}

/** `#p4`: a paragraph's anchor on its source's page. */
export function paragraphFragment(paragraph: number): string {
	return `#${paragraphId(paragraph)}`;
}

/** `#<anchor>`: a quoted passage's anchor on its source's page. */
export function quoteFragment(anchor: string): string {
	return `#${anchor}`;
}

/**
 * The site's routes for a base path (and, for absolute URLs, a site). Asking for `absolute`
 * without a site is an error: an export with relative links would break wherever it is reused.
 */
export function createRoutes({ base, site }: RoutesOptions): Routes {
	const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	const paths = urlsUnder(root);
	let absolute: Urls | undefined;
	const origin = () => {
		if (site === undefined)
			throw new Error('The site has no `site` URL (SITE_URL), so it cannot give absolute links.');
		return site;
	};
	return {
		...paths,
		base: root,
		get absolute() {
			return (absolute ??= urlsUnder(new URL(root, origin()).href));
		},
		canonical: (pathname) => new URL(pathname, origin()).href,
	};
}
