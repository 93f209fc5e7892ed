/**
 * The site's schema.org data (JSON-LD), one builder per page type. The types, and why:
 * - The chronology is a `CollectionPage` whose `mainEntity` is an `ItemList` of its events in their
 *   order (`ItemListOrderAscending`): a curated, ordered list is exactly what it is.
 * - An event is a `CreativeWork`, not a schema.org `Event`: `Event` is a happening with a start
 *   date and a location that search engines treat as something to attend, while what we publish is
 *   our own short account of what sources report, often dated only to a month or a bound. Its
 *   `temporalCoverage` carries the date at the sources' precision, `spatialCoverage` its places,
 *   `citation` the articles it quotes. When the sources attribute it, it is `about` a `Claim` whose
 *   `author` is who asserts it ("the White House") and whose `appearance`s are those articles: the
 *   attribution is part of the fact, so it is part of the data.
 * - A source is a `NewsArticle` with its `publisher` and `datePublished`; `url` is the publisher's
 *   own address when recorded, and `@id` its page here, which events' `citation`s point at.
 */
import type { Chronology, ChronologyEvent, ChronologySource, Citation } from '../chronology.ts';
import type { Urls } from '../routes.ts';
import { temporalCoverage } from './event-dates.ts';
import { SCHEMA_ORG, type JsonLd } from './json-ld.ts';

/** What the nodes say about the site itself. */
export interface SiteFacts {
	name: string;
	description: string;
	/** BCP 47 language of the site's own text. */
	language: string;
	/** The licence's URL, for `license`. */
	licence: string;
}

/** The chronology as the `isPartOf` of its events: a reference to its own node. */
function chronologyReference(urls: Urls, site: SiteFacts): JsonLd {
	return { '@type': 'CollectionPage', '@id': urls.home(), name: site.name, url: urls.home() };
}

/** An article the event cites, as a reference to the `NewsArticle` of its source page. */
function citedArticle(urls: Urls, citation: Citation): JsonLd {
	return {
		'@type': 'NewsArticle',
		'@id': urls.source(citation.sourceId),
		headline: citation.sourceTitle,
		publisher: { '@type': 'Organization', name: citation.publisher },
		datePublished: citation.published,
	};
}

/** The chronology page: the ordered list of its events. */
export function chronologyJsonLd(chronology: Chronology, urls: Urls, site: SiteFacts): JsonLd {
	return {
		'@context': SCHEMA_ORG,
		...chronologyReference(urls, site),
		description: site.description,
		inLanguage: site.language,
		license: site.licence,
		dateModified: chronology.updated.iso,
		mainEntity: {
			'@type': 'ItemList',
			itemListOrder: `${SCHEMA_ORG}/ItemListOrderAscending`,
			numberOfItems: chronology.events.length,
			itemListElement: chronology.events.map((event) => ({
				'@type': 'ListItem',
				position: event.position.number,
				item: {
					'@type': 'CreativeWork',
					'@id': urls.event(event.slug),
					url: urls.event(event.slug),
					name: event.title,
					temporalCoverage: temporalCoverage(event.date),
				},
			})),
		},
	};
}

/** An event's page: our account of it, its dates and places, and the articles it cites. */
export function eventJsonLd(event: ChronologyEvent, urls: Urls, site: SiteFacts): JsonLd {
	const seen = new Set<string>();
	const articles = event.citations
		.filter(({ sourceId }) => !seen.has(sourceId) && seen.add(sourceId))
		.map((citation) => citedArticle(urls, citation));
	return {
		'@context': SCHEMA_ORG,
		'@type': 'CreativeWork',
		'@id': urls.event(event.slug),
		url: urls.event(event.slug),
		name: event.title,
		headline: event.title,
		description: event.summary,
		temporalCoverage: temporalCoverage(event.date),
		...(event.places.length > 0
			? { spatialCoverage: event.places.map((name) => ({ '@type': 'Place', name })) }
			: {}),
		...(event.attribution
			? {
					about: {
						'@type': 'Claim',
						text: event.summary,
						author: { '@type': 'Organization', name: event.attribution },
						appearance: articles,
					},
				}
			: {}),
		citation: articles,
		position: event.position.number,
		isPartOf: chronologyReference(urls, site),
		inLanguage: site.language,
		license: site.licence,
		dateModified: event.updated.iso,
	};
}

/** A source's page: the article, its publisher and date, and its own address when recorded. */
export function sourceJsonLd(source: ChronologySource, urls: Urls): JsonLd {
	const { url, language } = source.entry.data;
	return {
		'@context': SCHEMA_ORG,
		'@type': 'NewsArticle',
		'@id': urls.source(source.id),
		headline: source.title,
		publisher: { '@type': 'Organization', name: source.publisher },
		datePublished: source.published,
		inLanguage: language,
		...(url ? { url } : {}),
	};
}
