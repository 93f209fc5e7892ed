import { describe, expect, test } from 'vitest';
import { createRoutes } from '../../../src/lib/routes.ts';
import {
	chronologyJsonLd,
	eventJsonLd,
	highwireTags,
	serializeJsonLd,
	sourceJsonLd,
	type SiteFacts,
} from '../../../src/lib/structured-data/index.ts';
import { BRIEFING, chronologyOf, EURONEWS, PRAVDA } from '../../fixtures/chronology.ts';

const routes = createRoutes({ base: '/chronology/', site: 'https://news.example' });
const SUMMIT = {
	slug: 'kim-putin-summit',
	title: 'Kim meets Putin',
	date: '2023-09',
	places: ['Russia'],
	citations: [{ source: EURONEWS.id, paragraph: 3, quote: 'traveled to Russia' }],
};
const chronology = chronologyOf(
	[BRIEFING, SUMMIT],
	[EURONEWS, { ...PRAVDA, url: 'https://www.eurointegration.com.ua/eng/news/2023/10/13/7171829/' }],
	routes,
);
const SITE: SiteFacts = {
	name: 'The chronology',
	description: 'What happened.',
	language: 'en-GB',
	licence: 'https://creativecommons.org/licenses/by/4.0/',
};
const [summit, briefing] = chronology.events;

describe('the chronology’s JSON-LD', () => {
	test('lists every event in order, each at its position with its own page and dates', () => {
		const data = chronologyJsonLd(chronology, routes.absolute, SITE);
		expect(data).toMatchObject({
			'@type': 'CollectionPage',
			url: 'https://news.example/chronology/',
			license: SITE.licence,
		});
		expect(data['mainEntity']).toMatchObject({
			'@type': 'ItemList',
			numberOfItems: 2,
			itemListElement: [
				{
					position: 1,
					item: {
						url: 'https://news.example/chronology/events/kim-putin-summit/',
						temporalCoverage: '2023-09',
					},
				},
				{
					position: 2,
					item: {
						url: 'https://news.example/chronology/events/white-house-briefing/',
						temporalCoverage: '2023-10-13',
					},
				},
			],
		});
	});
});

describe('an event’s JSON-LD', () => {
	test('cites each article once, with its publisher and date, and makes an attributed event a claim by whoever asserts it', () => {
		const data = eventJsonLd(briefing!, routes.absolute, SITE);
		const pravda = {
			'@type': 'NewsArticle',
			'@id': 'https://news.example/chronology/sources/2023-10-13-european-pravda/',
			publisher: { name: 'European Pravda' },
			datePublished: '2023-10-13',
		};
		const euronews = {
			'@type': 'NewsArticle',
			'@id': 'https://news.example/chronology/sources/2023-10-14-euronews/',
			publisher: { name: 'Euronews' },
			datePublished: '2023-10-14',
		};
		expect(data).toMatchObject({
			'@type': 'CreativeWork',
			url: 'https://news.example/chronology/events/white-house-briefing/',
			temporalCoverage: '2023-10-13',
			position: 2,
		});
		// The briefing quotes Euronews twice and Pravda once.
		expect(data['citation']).toMatchObject([euronews, pravda]);
		expect(data['about']).toMatchObject({
			'@type': 'Claim',
			author: { '@type': 'Organization', name: 'the White House' },
			appearance: [euronews, pravda],
		});
	});

	test('makes no claim of an event the sources report as fact, and gives its places', () => {
		const data = eventJsonLd(summit!, routes.absolute, SITE);
		expect(data).not.toHaveProperty('about');
		expect(data['spatialCoverage']).toEqual([{ '@type': 'Place', name: 'Russia' }]);
	});
});

describe('a source’s JSON-LD', () => {
	test('is a news article with its publisher, date and, when recorded, the publisher’s own address', () => {
		const [pravda, euronews] = chronology.sources;
		expect(sourceJsonLd(pravda!, routes.absolute)).toMatchObject({
			'@type': 'NewsArticle',
			publisher: { '@type': 'Organization', name: 'European Pravda' },
			datePublished: '2023-10-13',
			url: 'https://www.eurointegration.com.ua/eng/news/2023/10/13/7171829/',
		});
		expect(sourceJsonLd(euronews!, routes.absolute)).not.toHaveProperty('url');
	});
});

describe('serializeJsonLd', () => {
	test('keeps a title that holds </script> or <!-- from closing the element, and parses back to the same data', () => {
		const data = { name: 'A </script><script>alert(1)</script> & <!-- title' };
		const text = serializeJsonLd(data);
		expect(text).not.toMatch(/<|>/);
		expect(JSON.parse(text)).toEqual(data);
	});
});

describe('Highwire tags', () => {
	test('give the event’s title, its date at the sources’ precision, and its permanent address', () => {
		const tags = new Map(
			highwireTags(summit!, routes.absolute, SITE).map(({ name, content }) => [name, content]),
		);
		expect(tags.get('citation_title')).toBe('Kim meets Putin');
		expect(tags.get('citation_date')).toBe('2023/09');
		expect(tags.get('citation_public_url')).toBe(
			'https://news.example/chronology/events/kim-putin-summit/',
		);
	});
});
