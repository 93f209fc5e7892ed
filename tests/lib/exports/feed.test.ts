import { describe, expect, test } from 'vitest';
import { feedItems } from '../../../src/lib/exports/feed.ts';
import { createRoutes } from '../../../src/lib/routes.ts';
import { chronologyOf, EURONEWS } from '../../fixtures/chronology.ts';

const routes = createRoutes({ base: '/chronology/', site: 'https://news.example' });
const cite = (quote: string) => [{ source: EURONEWS.id, paragraph: 2, quote }];
const chronology = chronologyOf(
	[
		{ slug: 'summit', date: '2023-09', title: 'Kim meets Putin', tags: ['summit'], citations: cite('a') },
		{ slug: 'briefing', date: '2023-10-13', title: 'White House briefing', citations: cite('b') },
		{ slug: 'background', date: '[2023-10-01..]', title: 'Denials', citations: cite('c') },
	],
	[EURONEWS],
	routes,
);

describe('feedItems', () => {
	test('gives one item per event, the latest first, titled with its date label, linking its page', () => {
		const items = feedItems(chronology, routes.absolute);
		expect(items.map(({ title, link }) => ({ title, link }))).toEqual([
			{ title: 'On or after 1 October 2023: Denials', link: 'https://news.example/chronology/events/background/' },
			{ title: '13 October 2023: White House briefing', link: 'https://news.example/chronology/events/briefing/' },
			{ title: 'September 2023: Kim meets Putin', link: 'https://news.example/chronology/events/summit/' },
		]);
		expect(items[2]).toMatchObject({ description: 'Summary of summit.', categories: ['summit'] });
	});

	test('dates an item at noon UTC of the event’s last possible day, and leaves an open end undated', () => {
		const [background, briefing, summit] = feedItems(chronology, routes.absolute);
		expect(background?.pubDate).toBeUndefined();
		expect(briefing?.pubDate?.toISOString()).toBe('2023-10-13T12:00:00.000Z');
		expect(summit?.pubDate?.toISOString()).toBe('2023-09-30T12:00:00.000Z');
	});
});
