import { describe, expect, test } from 'vitest';
import { buildChronology, type EventInput, type SourceInput } from '../../src/lib/chronology.ts';
import { parseEventDate, type CalendarDate } from '../../src/lib/dates/index.ts';

const EURONEWS: SourceInput = {
	id: '2023-10-14-euronews',
	title: 'North Korea delivered munitions',
	publisher: 'Euronews',
	published: { year: 2023, month: 10, day: 14, precision: 'day' },
};
const PRAVDA: SourceInput = {
	id: '2023-10-13-european-pravda',
	title: 'US: North Korea transferred containers',
	publisher: 'European Pravda',
	published: { year: 2023, month: 10, day: 13, precision: 'day' },
};

function input(slug: string, edtf: string, citations: EventInput['citations'], extra: Partial<EventInput> = {}): EventInput {
	const date = parseEventDate(edtf);
	if ('error' in date) throw new Error(date.error);
	return { slug, title: `Title of ${slug}`, summary: `Summary of ${slug}.`, date, actors: [], places: [], tags: [], citations, ...extra };
}

const BRIEFING = input(
	'white-house-briefing',
	'2023-10-13',
	[
		{ sourceId: EURONEWS.id, paragraph: 2, quote: 'more than 1,000 containers' },
		{ sourceId: PRAVDA.id, paragraph: 4, quote: 'more than 1000 containers' },
		{ sourceId: PRAVDA.id, paragraph: 5, quote: 'releasing imagery' },
	],
	{ attribution: 'the White House', attributionNote: 'Not independently confirmed.', actors: ['John Kirby'], places: ['Washington'], tags: ['briefing'] },
);
const SUMMIT = input('kim-putin-summit', '2023-09', [
	{ sourceId: EURONEWS.id, paragraph: 3, quote: 'traveled to Russia' },
	{ sourceId: EURONEWS.id, paragraph: 4, quote: 'Kim' },
]);
const SHIPMENTS = input('container-shipments', '2023-09-07/2023-10-01', [{ sourceId: EURONEWS.id, paragraph: 2, quote: 'containers' }]);
const CARRIER = input('carrier-arrives', '[..2023-10-13]', [{ sourceId: EURONEWS.id, paragraph: 8, quote: 'carrier' }]);

const chronology = buildChronology({ events: [BRIEFING, CARRIER, SUMMIT, SHIPMENTS], sources: [EURONEWS, PRAVDA] });

describe('buildChronology', () => {
	test('lists the events in chronological order', () => {
		expect(chronology.events.map((event) => event.slug)).toEqual(['kim-putin-summit', 'container-shipments', 'carrier-arrives', 'white-house-briefing']);
	});

	test('links each event to its neighbours, and leaves the ends open', () => {
		expect(chronology.events.map((event) => [event.prev, event.slug, event.next])).toEqual([
			[undefined, 'kim-putin-summit', 'container-shipments'],
			['kim-putin-summit', 'container-shipments', 'carrier-arrives'],
			['container-shipments', 'carrier-arrives', 'white-house-briefing'],
			['carrier-arrives', 'white-house-briefing', undefined],
		]);
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
			path: 'sources/2023-10-13-european-pravda/#p4',
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

	test('indexes backlinks by source and paragraph, in chronological order', () => {
		expect(chronology.citedBy.get(EURONEWS.id)?.get(2)).toEqual([
			{ slug: 'container-shipments', title: 'Title of container-shipments', citation: 1 },
			{ slug: 'white-house-briefing', title: 'Title of white-house-briefing', citation: 1 },
		]);
		expect([...(chronology.citedBy.get(PRAVDA.id)?.keys() ?? [])]).toEqual([4, 5]);
		expect(chronology.citedBy.get(EURONEWS.id)?.get(1)).toBeUndefined();
	});

	test('spans every event in its extent', () => {
		// 1 September 2023 to 13 October 2023.
		expect(chronology.extent).toEqual({ first: 19601, last: 19643 });
	});

	test('dates its last update by the newest source when no event records an edit', () => {
		expect(chronology.updated).toBe('2023-10-14');
	});

	test('dates its last update by the newest edit of an event when that is newer', () => {
		const edited: CalendarDate = { year: 2026, month: 1, day: 5, precision: 'day' };
		const later = buildChronology({ events: [{ ...SUMMIT, updated: edited }, SHIPMENTS], sources: [EURONEWS, PRAVDA] });
		expect(later.updated).toBe('2026-01-05');
	});

	test('refuses a citation of a source it was not given', () => {
		expect(() => buildChronology({ events: [SUMMIT], sources: [PRAVDA] })).toThrow(/"kim-putin-summit" cites source "2023-10-14-euronews"/);
	});
});
