import { describe, expect, test } from 'vitest';
import { BRIEFING, chronologyOf, EURONEWS, PRAVDA } from '../fixtures/chronology.ts';

/** The briefing, with every optional field an event may have. */
const BRIEFING_IN_FULL = { ...BRIEFING, attributionNote: 'Not independently confirmed.', actors: ['John Kirby'], places: ['Washington'], tags: ['briefing'] };

const SUMMIT = {
	slug: 'kim-putin-summit',
	date: '2023-09',
	citations: [
		{ source: EURONEWS.id, paragraph: 3, quote: 'traveled to Russia' },
		{ source: EURONEWS.id, paragraph: 4, quote: 'Kim' },
	],
};
const SHIPMENTS = { slug: 'container-shipments', date: '2023-09-07/2023-10-01', citations: [{ source: EURONEWS.id, paragraph: 2, quote: 'containers' }] };
const CARRIER = { slug: 'carrier-arrives', date: '[..2023-10-13]', citations: [{ source: EURONEWS.id, paragraph: 8, quote: 'carrier' }] };

const chronology = chronologyOf([BRIEFING_IN_FULL, CARRIER, SUMMIT, SHIPMENTS], [EURONEWS, PRAVDA]);

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
			sourceTitle: 'US: North Korea transferred over 1,000 containers to Russia',
			publishedLabel: '13 October 2023',
			published: '2023-10-13',
			paragraph: 4,
			quote: 'NSC’s Kirby: “over 1,000 containers” <moved> by ship & rail',
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
			summary: 'The White House said North Korea had shipped more than 1,000 containers.',
		});
		expect(chronology.bySlug.get('kim-putin-summit')).not.toHaveProperty('attribution');
	});

	test('indexes backlinks by source and paragraph, in chronological order', () => {
		expect(chronology.citedBy.get(EURONEWS.id)?.get(2)).toEqual([
			{ slug: 'container-shipments', title: 'Title of container-shipments', citation: 1 },
			{ slug: 'white-house-briefing', title: 'White House says North Korea shipped munitions to Russia', citation: 1 },
		]);
		expect(chronology.citedBy.get(EURONEWS.id)?.get(1)).toEqual([{ slug: 'white-house-briefing', title: 'White House says North Korea shipped munitions to Russia', citation: 3 }]);
		expect([...(chronology.citedBy.get(PRAVDA.id)?.keys() ?? [])]).toEqual([4]);
		expect(chronology.citedBy.get(EURONEWS.id)?.get(5)).toBeUndefined();
	});

	test('spans every event in its extent', () => {
		// 1 September 2023 to 13 October 2023.
		expect(chronology.extent).toEqual({ first: 19601, last: 19643 });
	});

	test('dates its last update by the newest source when no event records an edit', () => {
		expect(chronology.updated).toBe('2023-10-14');
	});

	test('dates its last update by the newest edit of an event when that is newer', () => {
		const later = chronologyOf([{ ...SUMMIT, updated: '2026-01-05' }, SHIPMENTS], [EURONEWS, PRAVDA]);
		expect(later.updated).toBe('2026-01-05');
	});

	test('refuses a citation of a source it was not given', () => {
		expect(() => chronologyOf([SUMMIT], [PRAVDA])).toThrow(/"kim-putin-summit" cites source "2023-10-14-euronews"/);
	});
});
