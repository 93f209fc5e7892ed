import { describe, expect, test } from 'vitest';
import { cardName, createRoutes, eventFragment, paragraphFragment } from '../../src/lib/routes.ts';

const SITE = 'https://news.example';

describe('createRoutes', () => {
	test.each([
		['the domain root', '/', '/'],
		['a sub-path', '/chronology/', '/chronology/'],
		['a sub-path written without its slashes', 'chronology', '/chronology/'],
		['a nested sub-path', '/news/chronology', '/news/chronology/'],
	])('puts every page under the base at %s', (_, base, root) => {
		const routes = createRoutes({ base });
		expect(routes.base).toBe(root);
		expect({
			home: routes.home(),
			event: routes.event('kim-putin-summit'),
			inChronology: routes.eventInChronology('kim-putin-summit'),
			sources: routes.sources(),
			source: routes.source('2023-10-14-euronews'),
			paragraph: routes.paragraph('2023-10-14-euronews', 5),
			quote: routes.quote('2023-10-14-euronews', 'q-kim'),
			data: routes.data(),
			embed: routes.embed(),
			feed: routes.file('rss.xml'),
			map: routes.map(),
			eventMap: routes.map('container-shipments-to-russia'),
		}).toEqual({
			home: root,
			event: `${root}events/kim-putin-summit/`,
			inChronology: `${root}#kim-putin-summit`,
			sources: `${root}sources/`,
			source: `${root}sources/2023-10-14-euronews/`,
			paragraph: `${root}sources/2023-10-14-euronews/#p5`,
			quote: `${root}sources/2023-10-14-euronews/#q-kim`,
			data: `${root}data/`,
			embed: `${root}embed/`,
			feed: `${root}rss.xml`,
			map: `${root}maps/route.svg`,
			eventMap: `${root}maps/events/container-shipments-to-russia.svg`,
		});
	});

	test('gives the same shapes as absolute URLs on the site, base included', () => {
		const { absolute } = createRoutes({ base: '/chronology/', site: SITE });
		expect([
			absolute.home(),
			absolute.event('kim-putin-summit'),
			absolute.eventInChronology('kim-putin-summit'),
			absolute.paragraph('2023-10-14-euronews', 5),
			absolute.file('chronology.json'),
		]).toEqual([
			'https://news.example/chronology/',
			'https://news.example/chronology/events/kim-putin-summit/',
			'https://news.example/chronology/#kim-putin-summit',
			'https://news.example/chronology/sources/2023-10-14-euronews/#p5',
			'https://news.example/chronology/chronology.json',
		]);
	});

	test('publishes each event’s preview card under cards/events/ and the chronology’s beside them', () => {
		const routes = createRoutes({ base: '/chronology/', site: SITE });
		expect([
			routes.card('white-house-briefing'),
			routes.card(),
			routes.absolute.card('white-house-briefing'),
		]).toEqual([
			'/chronology/cards/events/white-house-briefing.png',
			'/chronology/cards/chronology.png',
			'https://news.example/chronology/cards/events/white-house-briefing.png',
		]);
		// The card endpoint's parameter names the same file: `cards/[...card].png`.
		expect([cardName('white-house-briefing'), cardName()]).toEqual([
			'events/white-house-briefing',
			'chronology',
		]);
	});

	test('keeps a site that itself has a path out of the base: the base is absolute', () => {
		expect(
			createRoutes({ base: '/', site: 'https://news.example/ignored/' }).absolute.event('x'),
		).toBe('https://news.example/events/x/');
	});

	test('gives the canonical URL of a page from the path it is served at', () => {
		expect(
			createRoutes({ base: '/chronology/', site: SITE }).canonical('/chronology/sources/'),
		).toBe('https://news.example/chronology/sources/');
	});

	test('refuses absolute URLs when it knows no site, rather than give links that break away from it', () => {
		const routes = createRoutes({ base: '/' });
		expect(() => routes.absolute).toThrow(/SITE_URL/);
		expect(() => routes.canonical('/')).toThrow(/SITE_URL/);
	});

	test('gives any other path under the base, for host rules', () => {
		expect(createRoutes({ base: '/chronology/' }).path('/events/*')).toBe('/chronology/events/*');
	});
});

describe('fragments', () => {
	test('name an event and a paragraph the way their pages give the ids', () => {
		expect([eventFragment('kim-putin-summit'), paragraphFragment(12)]).toEqual([
			'#kim-putin-summit',
			'#p12',
		]);
	});
});
