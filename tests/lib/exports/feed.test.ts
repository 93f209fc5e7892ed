import { describe, expect, test } from 'vitest';
import { buildChronology } from '../../../src/lib/chronology.ts';
import { parseCalendarDate, type CalendarDate } from '../../../src/lib/dates/index.ts';
import { feedItems } from '../../../src/lib/exports/feed.ts';
import { createRoutes } from '../../../src/lib/routes.ts';
import { event, EURONEWS, source } from '../../fixtures/chronology.ts';

const routes = createRoutes({ base: '/chronology/', site: 'https://news.example' });
const cite = (quote: string) => [{ source: EURONEWS.id, paragraph: 2, quote }];
const day = (iso: string) => parseCalendarDate(iso) as CalendarDate;
const events = [
	event({
		slug: 'summit',
		date: '2023-09',
		title: 'Kim meets Putin',
		tags: ['summit'],
		citations: cite('a'),
	}),
	event({
		slug: 'briefing',
		date: '2023-10-13',
		title: 'White House briefing',
		citations: cite('b'),
	}),
	event({ slug: 'background', date: '[2023-10-01..]', title: 'Denials', citations: cite('c') }),
];
const corrected = source({
	...EURONEWS,
	corrections: [{ date: '2026-12-02', previous: 'a'.repeat(64), added: 0, removed: 0, changed: 1 }],
});

describe('feedItems', () => {
	test('without history, gives one item per event, the latest first, titled with its date label, linking its page', () => {
		const items = feedItems(
			buildChronology({ routes, events, sources: [source(EURONEWS)] }),
			routes.absolute,
		);
		expect(items.map(({ title, link }) => ({ title, link }))).toEqual([
			{
				title: 'On or after 1 October 2023: Denials',
				link: 'https://news.example/chronology/events/background/',
			},
			{
				title: '13 October 2023: White House briefing',
				link: 'https://news.example/chronology/events/briefing/',
			},
			{
				title: 'September 2023: Kim meets Putin',
				link: 'https://news.example/chronology/events/summit/',
			},
		]);
		expect(items[2]).toMatchObject({ description: 'Summary of summit.', categories: ['summit'] });
		// Noon UTC of the last possible day; an open end has none.
		expect(items.map((item) => item.pubDate?.toISOString())).toEqual([
			undefined,
			'2023-10-13T12:00:00.000Z',
			'2023-09-30T12:00:00.000Z',
		]);
	});

	test('dates each event by the day it was added, and carries revisions and corrections as items of their own', () => {
		const eventHistory = new Map([
			['summit', [day('2026-11-21'), day('2026-12-01')]],
			['briefing', [day('2026-11-25')]],
			['background', [day('2026-11-21')]],
		]);
		const items = feedItems(
			buildChronology({ routes, events, sources: [corrected], eventHistory }),
			routes.absolute,
		);
		expect(
			items.map(({ title, link, pubDate }) => [pubDate?.toISOString().slice(0, 10), title, link]),
		).toEqual([
			[
				'2026-12-02',
				`Source corrected: Euronews: ${EURONEWS.title}`,
				'https://news.example/chronology/about/#change-corrected-2023-10-14-euronews-2026-12-02',
			],
			[
				'2026-12-01',
				'Event revised: Kim meets Putin',
				'https://news.example/chronology/about/#change-changed-summit-2026-12-01',
			],
			[
				'2026-11-25',
				'13 October 2023: White House briefing',
				'https://news.example/chronology/events/briefing/',
			],
			[
				'2026-11-21',
				'On or after 1 October 2023: Denials',
				'https://news.example/chronology/events/background/',
			],
			[
				'2026-11-21',
				'September 2023: Kim meets Putin',
				'https://news.example/chronology/events/summit/',
			],
		]);
		expect(items[0]?.description).toBe('2 December 2026: 1 paragraph changed.');
	});
});
