import { describe, expect, test } from 'vitest';
import { buildChronology, eventsCitingQuotes } from '../../src/lib/chronology.ts';
import { quoteAnchor } from '../../src/lib/quote-anchor.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { event, source } from '../fixtures/chronology.ts';

const EURONEWS_FIELDS = {
	id: '2023-10-14-euronews',
	title: 'North Korea delivered munitions',
	publisher: 'Euronews',
	published: '2023-10-14',
};
const EURONEWS = source(EURONEWS_FIELDS);
const PRAVDA = source({
	id: '2023-10-13-european-pravda',
	title: 'US: North Korea transferred containers',
	publisher: 'European Pravda',
	published: '2023-10-13',
});
/** A source no event cites, published first: the sources list still shows it, in date order. */
const YONHAP = source({
	id: '2023-10-12-yonhap',
	title: 'Carrier arrives in Busan',
	publisher: 'Yonhap',
	published: '2023-10-12',
});

type Citation = { source: string; paragraph: number; quote: string };

function input(
	slug: string,
	date: string,
	citations: Citation[],
	extra: Record<string, unknown> = {},
) {
	return event({
		slug,
		title: `Title of ${slug}`,
		summary: `Summary of ${slug}.`,
		date,
		citations,
		...extra,
	});
}

const routes = createRoutes({ base: '/chronology/', site: 'https://news.example' });

const BRIEFING = input(
	'white-house-briefing',
	'2023-10-13',
	[
		{ source: EURONEWS.id, paragraph: 2, quote: 'more than 1,000 containers' },
		{ source: PRAVDA.id, paragraph: 4, quote: 'more than 1000 containers' },
		{ source: PRAVDA.id, paragraph: 5, quote: 'releasing imagery' },
	],
	{
		attribution: 'the White House',
		attributionNote: 'Not independently confirmed.',
		actors: ['John Kirby'],
		places: ['Washington'],
		tags: ['briefing'],
	},
);
const SUMMIT = input('kim-putin-summit', '2023-09', [
	{ source: EURONEWS.id, paragraph: 3, quote: 'traveled to Russia' },
	{ source: EURONEWS.id, paragraph: 4, quote: 'Kim' },
]);
const SHIPMENTS = input('container-shipments', '2023-09-07/2023-10-01', [
	{ source: EURONEWS.id, paragraph: 2, quote: 'containers' },
]);
const CARRIER = input('carrier-arrives', '[..2023-10-13]', [
	{ source: EURONEWS.id, paragraph: 8, quote: 'carrier' },
]);

/** The shipments event quotes the same words of Euronews twice: its backlink there must still be one. */
const SHIPMENTS_TWICE = input('container-shipments', '2023-09-07/2023-10-01', [
	{ source: EURONEWS.id, paragraph: 2, quote: 'containers' },
	{ source: PRAVDA.id, paragraph: 4, quote: 'containers' },
	{ source: EURONEWS.id, paragraph: 2, quote: 'containers' },
]);

/** A later event quoting the same words of Euronews once. */
const SHIPMENTS_TWICE_ELSEWHERE = input('containers-again', '2023-10-13', [
	{ source: EURONEWS.id, paragraph: 2, quote: 'containers' },
]);

const chronology = buildChronology({
	events: [BRIEFING, CARRIER, SUMMIT, SHIPMENTS],
	sources: [EURONEWS, PRAVDA],
	routes,
});

describe('buildChronology', () => {
	test('lists the events in chronological order', () => {
		expect(chronology.events.map((event) => event.slug)).toEqual([
			'kim-putin-summit',
			'container-shipments',
			'carrier-arrives',
			'white-house-briefing',
		]);
	});

	test('links each event to its neighbours, and leaves the ends open', () => {
		expect(
			chronology.events.map((event) => [event.prev?.slug, event.slug, event.next?.slug]),
		).toEqual([
			[undefined, 'kim-putin-summit', 'container-shipments'],
			['kim-putin-summit', 'container-shipments', 'carrier-arrives'],
			['container-shipments', 'carrier-arrives', 'white-house-briefing'],
			['carrier-arrives', 'white-house-briefing', undefined],
		]);
	});

	test('gives each neighbour link the title, date label and page address a pager shows', () => {
		const carrier = chronology.bySlug.get('carrier-arrives');
		expect(carrier?.prev).toEqual({
			slug: 'container-shipments',
			title: 'Title of container-shipments',
			dateLabel: '7 September\u2009–\u20091 October 2023',
			href: '/chronology/events/container-shipments/',
		});
		expect(carrier?.next).toEqual({
			slug: 'white-house-briefing',
			title: 'Title of white-house-briefing',
			dateLabel: '13 October 2023',
			href: '/chronology/events/white-house-briefing/',
		});
	});

	test('gives each event its page and its place in the chronology, under the base', () => {
		expect(chronology.bySlug.get('kim-putin-summit')).toMatchObject({
			href: '/chronology/events/kim-putin-summit/',
			chronologyHref: '/chronology/#kim-putin-summit',
		});
	});

	test('carries each event’s collection entry, so a page renders its text without looking it up', () => {
		expect(chronology.bySlug.get('kim-putin-summit')?.entry).toBe(SUMMIT);
	});

	test('finds every event by its slug', () => {
		expect([...chronology.bySlug.keys()].sort()).toEqual([
			'carrier-arrives',
			'container-shipments',
			'kim-putin-summit',
			'white-house-briefing',
		]);
		expect(chronology.bySlug.get('kim-putin-summit')?.title).toBe('Title of kim-putin-summit');
	});

	test('labels each date at its own precision, with the parts for <time> elements', () => {
		const summit = chronology.bySlug.get('kim-putin-summit');
		expect(summit?.dateLabel).toBe('September 2023');
		expect(summit?.dateParts).toEqual([{ text: 'September 2023', datetime: '2023-09' }]);
		expect(summit?.edtf).toBe('2023-09');
		expect(chronology.bySlug.get('carrier-arrives')?.dateLabel).toBe(
			'On or before 13 October 2023',
		);
	});

	test('gives each event its span, as day numbers and ISO days', () => {
		const summit = chronology.bySlug.get('kim-putin-summit');
		expect(summit?.span).toEqual({ first: 19601, last: 19630, openStart: false, openEnd: false });
		expect([summit?.firstDay, summit?.lastDay]).toEqual(['2023-09-01', '2023-09-30']);
		const carrier = chronology.bySlug.get('carrier-arrives');
		expect(carrier?.span).toMatchObject({ openStart: true, openEnd: false });
		expect([carrier?.firstDay, carrier?.lastDay]).toEqual([null, '2023-10-13']);
	});

	test('files each event under the month of the last day it can have happened, as the order sorts it', () => {
		const months = Object.fromEntries(chronology.events.map((event) => [event.slug, event.month]));
		expect(months).toEqual({
			'kim-putin-summit': '2023-09',
			'container-shipments': '2023-10',
			'carrier-arrives': '2023-10',
			'white-house-briefing': '2023-10',
		});
		expect(routes.month('2023-09')).toBe('/chronology/#2023-09');
	});

	test('draws only known days sharply', () => {
		expect(chronology.events.map((event) => [event.slug, event.display])).toEqual([
			['kim-putin-summit', 'imprecise'],
			['container-shipments', 'range'],
			['carrier-arrives', 'imprecise'],
			['white-house-briefing', 'point'],
		]);
	});

	test('resolves each citation to its source, numbered, with a link to its quote’s mark on the source’s page', () => {
		const anchor = quoteAnchor('more than 1000 containers');
		expect(chronology.bySlug.get('white-house-briefing')?.citations[1]).toEqual({
			number: 2,
			sourceId: '2023-10-13-european-pravda',
			publisher: 'European Pravda',
			sourceTitle: 'US: North Korea transferred containers',
			publishedLabel: '13 October 2023',
			published: '2023-10-13',
			paragraph: 4,
			quote: 'more than 1000 containers',
			anchor,
			href: `/chronology/sources/2023-10-13-european-pravda/#${anchor}`,
		});
	});

	test('links a citation to the original and its archived copy only when the source gives their addresses', () => {
		const withOriginal = source({
			...EURONEWS_FIELDS,
			url: 'https://www.euronews.com/2023/10/14/north-korea',
			archiveUrl: 'https://web.archive.org/web/2023/https://www.euronews.com/',
		});
		const linked = buildChronology({
			events: [SUMMIT],
			sources: [withOriginal],
			routes,
		}).bySlug.get('kim-putin-summit')?.citations[0];
		expect(linked?.originalHref).toBe(
			'https://www.euronews.com/2023/10/14/north-korea#:~:text=traveled%20to%20Russia',
		);
		expect(linked?.archiveUrl).toBe('https://web.archive.org/web/2023/https://www.euronews.com/');
		const plain = chronology.bySlug.get('kim-putin-summit')?.citations[0];
		expect(plain).not.toHaveProperty('originalHref');
		expect(plain).not.toHaveProperty('archiveUrl');
	});

	test('counts outlets, and says when every one of them relays the event’s attribution', () => {
		expect(chronology.bySlug.get('white-house-briefing')?.corroboration).toEqual({
			outlets: 2,
			reports: 2,
			sharedWires: [],
			label: 'Reported by 2 outlets, both relaying the claim',
		});
		expect(chronology.bySlug.get('kim-putin-summit')?.corroboration).toMatchObject({
			outlets: 1,
			label: 'Reported by 1 outlet, Euronews',
		});
	});

	test('keeps attribution, actors, places and tags, and omits an absent attribution', () => {
		const briefing = chronology.bySlug.get('white-house-briefing');
		expect(briefing).toMatchObject({
			attribution: 'the White House',
			attributionNote: 'Not independently confirmed.',
			actors: ['John Kirby'],
			places: ['Washington'],
			tags: ['briefing'],
			summary: 'Summary of white-house-briefing.',
		});
		expect(chronology.bySlug.get('kim-putin-summit')).not.toHaveProperty('attribution');
	});

	test('lists backlinks by source and quote, the events in chronological order', () => {
		const [euronews, pravda] = [EURONEWS, PRAVDA].map((source) =>
			chronology.sources.find(({ id }) => id === source.id),
		);
		const anchor = quoteAnchor('more than 1,000 containers');
		expect(euronews?.quotesByAnchor.get(anchor)).toEqual({
			quote: 'more than 1,000 containers',
			anchor,
			fragment: `#${anchor}`,
			events: [
				{
					slug: 'white-house-briefing',
					title: 'Title of white-house-briefing',
					href: '/chronology/#white-house-briefing',
					citations: [1],
				},
			],
		});
		expect(pravda?.citedQuotes.map(({ quote }) => quote)).toEqual([
			'more than 1000 containers',
			'releasing imagery',
		]);
		expect(euronews?.citedQuotes.map(({ quote }) => quote)).toEqual([
			'traveled to Russia',
			'Kim',
			'containers',
			'carrier',
			'more than 1,000 containers',
		]);
	});

	test('lists an event once under a quote it cites twice, with both citations, beside the other events citing it', () => {
		const twice = buildChronology({
			events: [SHIPMENTS_TWICE, SHIPMENTS_TWICE_ELSEWHERE],
			sources: [EURONEWS, PRAVDA],
			routes,
		});
		const euronews = twice.sources.find(({ id }) => id === EURONEWS.id);
		const containers = euronews?.quotesByAnchor.get(quoteAnchor('containers'));
		expect(containers?.events.map(({ slug, citations }) => [slug, citations])).toEqual([
			['container-shipments', [1, 3]],
			['containers-again', [1]],
		]);
		expect(
			eventsCitingQuotes(euronews!, [quoteAnchor('containers'), quoteAnchor('containers')]).map(
				({ slug }) => slug,
			),
		).toEqual(['container-shipments', 'containers-again']);
	});

	test('lists every source, cited or not, oldest first, with its page, date label and number of citing events', () => {
		const all = buildChronology({
			events: [BRIEFING, CARRIER, SUMMIT, SHIPMENTS_TWICE],
			sources: [EURONEWS, YONHAP, PRAVDA],
			routes,
		});
		expect(
			all.sources.map(({ id, href, publisher, published, publishedLabel, citingEvents }) => ({
				id,
				href,
				publisher,
				published,
				publishedLabel,
				citingEvents,
			})),
		).toEqual([
			{
				id: '2023-10-12-yonhap',
				href: '/chronology/sources/2023-10-12-yonhap/',
				publisher: 'Yonhap',
				published: '2023-10-12',
				publishedLabel: '12 October 2023',
				citingEvents: 0,
			},
			{
				id: '2023-10-13-european-pravda',
				href: '/chronology/sources/2023-10-13-european-pravda/',
				publisher: 'European Pravda',
				published: '2023-10-13',
				publishedLabel: '13 October 2023',
				citingEvents: 2,
			},
			// Four events cite Euronews; the shipments event, which cites it twice, counts once.
			{
				id: '2023-10-14-euronews',
				href: '/chronology/sources/2023-10-14-euronews/',
				publisher: 'Euronews',
				published: '2023-10-14',
				publishedLabel: '14 October 2023',
				citingEvents: 4,
			},
		]);
		expect(all.sources[0]?.citedQuotes).toEqual([]);
		expect(all.sources[2]?.entry).toBe(EURONEWS);
	});

	test('gives each source its byline and language, and leaves out a byline the article lacks', () => {
		const signed = source({ ...EURONEWS_FIELDS, byline: 'By Euronews with AP', language: 'en' });
		const korean = source({
			id: '2023-10-14-yonhap',
			title: '항모 부산 입항',
			publisher: 'Yonhap',
			published: '2023-10-14',
			language: 'ko',
		});
		const { sources } = buildChronology({ events: [], sources: [signed, korean], routes });
		expect(sources.map(({ id, byline, language }) => ({ id, byline, language }))).toEqual([
			{ id: '2023-10-14-euronews', byline: 'By Euronews with AP', language: 'en' },
			{ id: '2023-10-14-yonhap', byline: undefined, language: 'ko' },
		]);
		expect(sources[1]).not.toHaveProperty('byline');
	});

	test('finds every source by its id, as listed', () => {
		const all = buildChronology({ events: [SUMMIT], sources: [EURONEWS, YONHAP, PRAVDA], routes });
		expect([...all.sourcesById.keys()].sort()).toEqual([EURONEWS.id, PRAVDA.id, YONHAP.id].sort());
		expect(all.sourcesById.get(EURONEWS.id)).toBe(
			all.sources.find((listed) => listed.id === EURONEWS.id),
		);
		expect(all.sourcesById.get(EURONEWS.id)?.citedQuotes.map(({ quote }) => quote)).toEqual([
			'traveled to Russia',
			'Kim',
		]);
	});

	test('spans every event in its extent', () => {
		// 1 September 2023 to 13 October 2023.
		expect(chronology.extent).toEqual({ first: 19601, last: 19643 });
	});

	test('dates its last update by the newest source when no content change is newer', () => {
		expect(chronology.updated).toEqual({ iso: '2023-10-14', label: '14 October 2023' });
	});

	test('dates its last update by the newest day content changed', () => {
		const changed = [
			{ year: 2026, month: 1, day: 5, precision: 'day' },
			{ year: 2025, month: 12, day: 30, precision: 'day' },
		] as const;
		const later = buildChronology({
			events: [SUMMIT, SHIPMENTS],
			sources: [EURONEWS, PRAVDA],
			routes,
			changed,
		});
		expect(later.updated).toEqual({ iso: '2026-01-05', label: '5 January 2026' });
	});

	test('numbers each event by its place in the chronological order, out of all of them', () => {
		expect(chronology.events.map((event) => [event.slug, event.position])).toEqual([
			['kim-putin-summit', { number: 1, of: 4 }],
			['container-shipments', { number: 2, of: 4 }],
			['carrier-arrives', { number: 3, of: 4 }],
			['white-house-briefing', { number: 4, of: 4 }],
		]);
	});

	test('dates each event’s update by its own file’s last change, or else by the chronology’s last update', () => {
		const eventChanged = new Map([
			['kim-putin-summit', { year: 2026, month: 1, day: 5, precision: 'day' } as const],
		]);
		const later = buildChronology({
			events: [SUMMIT, SHIPMENTS],
			sources: [EURONEWS, PRAVDA],
			routes,
			eventChanged,
		});
		expect(later.events.map((event) => [event.slug, event.updated.iso])).toEqual([
			['kim-putin-summit', '2026-01-05'],
			['container-shipments', '2023-10-14'],
		]);
		expect(chronology.events.map((event) => event.updated.label)).toEqual(
			Array(4).fill('14 October 2023'),
		);
	});

	test('dates its last update by a source’s correction', () => {
		const corrected = source({
			id: '2023-10-14-euronews',
			publisher: 'Euronews',
			published: '2023-10-14',
			corrections: [
				{ date: '2026-02-03', previous: 'a'.repeat(64), added: 1, removed: 0, changed: 0 },
			],
		});
		const later = buildChronology({
			events: [SUMMIT, SHIPMENTS],
			sources: [corrected, PRAVDA],
			routes,
			changed: [{ year: 2026, month: 1, day: 5, precision: 'day' }],
		});
		expect(later.updated).toEqual({ iso: '2026-02-03', label: '3 February 2026' });
	});

	test('refuses a citation of a source it was not given', () => {
		expect(() => buildChronology({ events: [SUMMIT], sources: [PRAVDA], routes })).toThrow(
			/"kim-putin-summit" cites source "2023-10-14-euronews"/,
		);
	});
});
