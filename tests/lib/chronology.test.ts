import { describe, expect, test } from 'vitest';
import { buildChronology } from '../../src/lib/chronology.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { event, source } from '../fixtures/chronology.ts';

const EURONEWS = source({ id: '2023-10-14-euronews', title: 'North Korea delivered munitions', publisher: 'Euronews', published: '2023-10-14' });
const PRAVDA = source({ id: '2023-10-13-european-pravda',
	title: 'US: North Korea transferred containers',
	publisher: 'European Pravda',
	published: '2023-10-13',
});
/** A source no event cites, published first: the sources list still shows it, in date order. */
const YONHAP = source({ id: '2023-10-12-yonhap', title: 'Carrier arrives in Busan', publisher: 'Yonhap', published: '2023-10-12' });

type Citation = { source: string; paragraph: number; quote: string };

function input(slug: string, date: string, citations: Citation[], extra: Record<string, unknown> = {}) {
	return event({ slug, title: `Title of ${slug}`, summary: `Summary of ${slug}.`, date, citations, ...extra });
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
	{ attribution: 'the White House', attributionNote: 'Not independently confirmed.', actors: ['John Kirby'], places: ['Washington'], tags: ['briefing'] },
);
const SUMMIT = input('kim-putin-summit', '2023-09', [
	{ source: EURONEWS.id, paragraph: 3, quote: 'traveled to Russia' },
	{ source: EURONEWS.id, paragraph: 4, quote: 'Kim' },
]);
const SHIPMENTS = input('container-shipments', '2023-09-07/2023-10-01', [{ source: EURONEWS.id, paragraph: 2, quote: 'containers' }]);
const CARRIER = input('carrier-arrives', '[..2023-10-13]', [{ source: EURONEWS.id, paragraph: 8, quote: 'carrier' }]);

/** The shipments event quotes Euronews ¶2 twice: its backlink there must still be one. */
const SHIPMENTS_TWICE = input('container-shipments', '2023-09-07/2023-10-01', [
	{ source: EURONEWS.id, paragraph: 2, quote: 'containers' },
	{ source: PRAVDA.id, paragraph: 4, quote: 'containers' },
	{ source: EURONEWS.id, paragraph: 2, quote: 'more than 1,000' },
]);

const chronology = buildChronology({ events: [BRIEFING, CARRIER, SUMMIT, SHIPMENTS], sources: [EURONEWS, PRAVDA], routes });

describe('buildChronology', () => {
	test('lists the events in chronological order', () => {
		expect(chronology.events.map((event) => event.slug)).toEqual(['kim-putin-summit', 'container-shipments', 'carrier-arrives', 'white-house-briefing']);
	});

	test('links each event to its neighbours, and leaves the ends open', () => {
		expect(chronology.events.map((event) => [event.prev?.slug, event.slug, event.next?.slug])).toEqual([
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
		expect([...chronology.bySlug.keys()].sort()).toEqual(['carrier-arrives', 'container-shipments', 'kim-putin-summit', 'white-house-briefing']);
		expect(chronology.bySlug.get('kim-putin-summit')?.title).toBe('Title of kim-putin-summit');
	});

	test('labels each date at its own precision, with the parts for <time> elements', () => {
		const summit = chronology.bySlug.get('kim-putin-summit');
		expect(summit?.dateLabel).toBe('September 2023');
		expect(summit?.dateParts).toEqual([{ text: 'September 2023', datetime: '2023-09' }]);
		expect(summit?.edtf).toBe('2023-09');
		expect(chronology.bySlug.get('carrier-arrives')?.dateLabel).toBe('On or before 13 October 2023');
	});

	test('gives each event its span, as day numbers and ISO days', () => {
		const summit = chronology.bySlug.get('kim-putin-summit');
		expect(summit?.span).toEqual({ first: 19601, last: 19630, openStart: false, openEnd: false });
		expect([summit?.firstDay, summit?.lastDay]).toEqual(['2023-09-01', '2023-09-30']);
		const carrier = chronology.bySlug.get('carrier-arrives');
		expect(carrier?.span).toMatchObject({ openStart: true, openEnd: false });
		expect([carrier?.firstDay, carrier?.lastDay]).toEqual([null, '2023-10-13']);
	});

	test('draws only known days sharply', () => {
		expect(chronology.events.map((event) => [event.slug, event.display])).toEqual([
			['kim-putin-summit', 'imprecise'],
			['container-shipments', 'range'],
			['carrier-arrives', 'imprecise'],
			['white-house-briefing', 'point'],
		]);
	});

	test('resolves each citation to its source, numbered, with a link to the paragraph', () => {
		expect(chronology.bySlug.get('white-house-briefing')?.citations[1]).toEqual({
			number: 2,
			sourceId: '2023-10-13-european-pravda',
			publisher: 'European Pravda',
			sourceTitle: 'US: North Korea transferred containers',
			publishedLabel: '13 October 2023',
			published: '2023-10-13',
			paragraph: 4,
			quote: 'more than 1000 containers',
			href: '/chronology/sources/2023-10-13-european-pravda/#p4',
		});
	});

	test('counts independent sources as distinct publishers', () => {
		expect(chronology.bySlug.get('white-house-briefing')?.independentSources).toBe(2);
		expect(chronology.bySlug.get('kim-putin-summit')?.independentSources).toBe(1);
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

	test('lists backlinks by source and paragraph, in chronological order', () => {
		const [euronews, pravda] = [EURONEWS, PRAVDA].map((source) => chronology.sources.find(({ id }) => id === source.id));
		expect(euronews?.citedParagraphs.find(({ paragraph }) => paragraph === 2)).toEqual({
			paragraph: 2,
			fragment: '#p2',
			events: [
				{ slug: 'container-shipments', title: 'Title of container-shipments', href: '/chronology/#container-shipments', citations: [1] },
				{ slug: 'white-house-briefing', title: 'Title of white-house-briefing', href: '/chronology/#white-house-briefing', citations: [1] },
			],
		});
		expect(pravda?.citedParagraphs.map(({ paragraph }) => paragraph)).toEqual([4, 5]);
		expect(euronews?.citedParagraphs.map(({ paragraph }) => paragraph)).toEqual([2, 3, 4, 8]);
	});

	test('lists an event once under a paragraph it quotes twice, with both citations', () => {
		const twice = buildChronology({ events: [SHIPMENTS_TWICE, BRIEFING], sources: [EURONEWS, PRAVDA], routes });
		const euronews = twice.sources.find(({ id }) => id === EURONEWS.id);
		expect(euronews?.citedParagraphs.find(({ paragraph }) => paragraph === 2)?.events.map(({ slug, citations }) => [slug, citations])).toEqual([
			['container-shipments', [1, 3]],
			['white-house-briefing', [1]],
		]);
	});

	test('lists every source, cited or not, oldest first, with its page, date label and number of citing events', () => {
		const all = buildChronology({ events: [BRIEFING, CARRIER, SUMMIT, SHIPMENTS_TWICE], sources: [EURONEWS, YONHAP, PRAVDA], routes });
		expect(all.sources.map(({ id, href, publisher, published, publishedLabel, citingEvents }) => ({ id, href, publisher, published, publishedLabel, citingEvents }))).toEqual([
			{ id: '2023-10-12-yonhap', href: '/chronology/sources/2023-10-12-yonhap/', publisher: 'Yonhap', published: '2023-10-12', publishedLabel: '12 October 2023', citingEvents: 0 },
			{
				id: '2023-10-13-european-pravda',
				href: '/chronology/sources/2023-10-13-european-pravda/',
				publisher: 'European Pravda',
				published: '2023-10-13',
				publishedLabel: '13 October 2023',
				citingEvents: 2,
			},
			// Four events cite Euronews; the shipments event, which cites it twice, counts once.
			{ id: '2023-10-14-euronews', href: '/chronology/sources/2023-10-14-euronews/', publisher: 'Euronews', published: '2023-10-14', publishedLabel: '14 October 2023', citingEvents: 4 },
		]);
		expect(all.sources[0]?.citedParagraphs).toEqual([]);
		expect(all.sources[2]?.entry).toBe(EURONEWS);
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
		const later = buildChronology({ events: [SUMMIT, SHIPMENTS], sources: [EURONEWS, PRAVDA], routes, changed });
		expect(later.updated).toEqual({ iso: '2026-01-05', label: '5 January 2026' });
	});

	test('dates its last update by a source’s correction', () => {
		const corrected = source({
			id: '2023-10-14-euronews',
			publisher: 'Euronews',
			published: '2023-10-14',
			corrections: [{ date: '2026-02-03', previous: 'a'.repeat(64), added: 1, removed: 0, changed: 0 }],
		});
		const later = buildChronology({ events: [SUMMIT, SHIPMENTS], sources: [corrected, PRAVDA], routes, changed: [{ year: 2026, month: 1, day: 5, precision: 'day' }] });
		expect(later.updated).toEqual({ iso: '2026-02-03', label: '3 February 2026' });
	});

	test('refuses a citation of a source it was not given', () => {
		expect(() => buildChronology({ events: [SUMMIT], sources: [PRAVDA], routes })).toThrow(/"kim-putin-summit" cites source "2023-10-14-euronews"/);
	});
});
