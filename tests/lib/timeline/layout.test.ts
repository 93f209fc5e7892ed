import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/timeline/index.ts';
import { NARROWEST_EM, OPEN_ARROW_EM } from '../../../src/lib/timeline/domain.ts';
import {
	layoutStrip,
	shortenTitle,
	STRIP_OPTIONS,
	type StripItem,
} from '../../../src/lib/timeline/layout.ts';
import { day, manyEvents, SEED_EVENTS } from './fixtures/timeline-events.ts';

/** ICU's en-GB range separator: an en dash between thin spaces (U+2009). */
const DASH = '\u2009–\u2009';

// The seed domain, worked out by hand: known days 1 September to 13 October 2023 (43); an open
// side adds no days. The margin p must hold a 1.25 em arrow on a 20 em drawing: p / (43 + 2p) of
// 20 em ≥ 1.25 em gives p ≥ 3.07, so 4 days each side: 28 August to 17 October 2023, 51 days.
const DOMAIN_FIRST = day(2023, 8, 28);
const DOMAIN_DAYS = 51;
const percent = (dayNumber: number) => ((dayNumber - DOMAIN_FIRST) / DOMAIN_DAYS) * 100;

const layout = layoutStrip(SEED_EVENTS);
/** The same events drawn as a long chronology's strip: packed lanes, as wide as the days need. */
const PACKED = { ...STRIP_OPTIONS, fitMax: 0 };
const packed = layoutStrip(SEED_EVENTS, PACKED);
const item = (slug: string) =>
	layout.items.find((candidate) => candidate.slug === slug) as StripItem;
const overlaps = (a: StripItem, b: StripItem) =>
	a.areaX < b.areaX + b.areaWidth && b.areaX < a.areaX + a.areaWidth;

describe('layoutStrip', () => {
	test('keeps the chronology’s order, so the strip reads like the list', () => {
		expect(layout.items.map((placed) => placed.slug)).toEqual(
			SEED_EVENTS.map((event) => event.slug),
		);
	});

	test('draws a short chronology whole: one row per event, top to bottom in the list’s order', () => {
		expect(layout.fit).toBe(true);
		expect(layout.items.map((placed) => placed.row)).toEqual(SEED_EVENTS.map((_, index) => index));
		const tops = layout.items.map((placed) => placed.y);
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
		expect(new Set(tops).size).toBe(SEED_EVENTS.length);
	});

	test('keeps a margin of days that holds an open side’s arrow at the narrowest drawing', () => {
		const marginEm = ((day(2023, 9, 1) - DOMAIN_FIRST) / DOMAIN_DAYS) * NARROWEST_EM;
		expect(marginEm).toBeGreaterThanOrEqual(OPEN_ARROW_EM);
	});

	test('names every item "date label: title" in full', () => {
		expect(item('munitions-shipments').label).toBe(
			`7 September${DASH}1 October 2023: Title of munitions-shipments`,
		);
	});

	test('draws a one-day event over exactly its own day', () => {
		const briefing = item('white-house-briefing');
		expect(briefing.x).toBeCloseTo(percent(day(2023, 10, 13)), 2);
		expect(briefing.width).toBeCloseTo(100 / DOMAIN_DAYS, 2);
	});

	test('spans 7 September – 1 October over all 25 of its days, both ends included', () => {
		const shipments = item('munitions-shipments');
		expect(shipments.x).toBeCloseTo(percent(day(2023, 9, 7)), 2);
		expect(shipments.width).toBeCloseTo((25 / DOMAIN_DAYS) * 100, 2);
	});

	test('draws a month-only date over the whole month, flagged imprecise rather than as a day', () => {
		const summit = item('kim-putin-summit');
		expect(summit.display).toBe('imprecise');
		expect(summit.x).toBeCloseTo(percent(day(2023, 9, 1)), 2);
		expect(summit.width).toBeCloseTo((30 / DOMAIN_DAYS) * 100, 2);
	});

	test('draws an "on or before" date over its known bound alone, marked open (its arrow is no number of days)', () => {
		const carrier = item('carrier-arrives');
		expect(carrier.span.openStart).toBe(true);
		expect(carrier.x).toBeCloseTo(percent(day(2023, 10, 13)), 2);
		expect(carrier.width).toBeCloseTo(100 / DOMAIN_DAYS, 2);
	});

	test('puts the two events of 13 October in different lanes of a packed strip', () => {
		const lane = (slug: string) => packed.items.find((placed) => placed.slug === slug)!.row;
		expect(lane('kcna-response')).not.toBe(lane('white-house-briefing'));
	});

	test('starts a label at a mark in the left half, and ends it at a mark in the right half', () => {
		const shipments = item('munitions-shipments');
		expect(shipments.anchor).toBe('start');
		expect(shipments.labelX).toBeCloseTo(percent(day(2023, 9, 7)), 2);
		expect(item('carrier-arrives').anchor).toBe('end');
	});

	test('moves a date too long for the room beside its mark to the drawing’s edge', () => {
		const long = SEED_EVENTS.map((event) =>
			event.slug === 'munitions-shipments'
				? { ...event, dateLabel: 'Sometime between 7 September and 1 October 2023' }
				: event,
		);
		expect(
			layoutStrip(long).items.find((placed) => placed.slug === 'munitions-shipments')!.labelX,
		).toBe(0);
	});

	test('ends a label at its mark when it would otherwise run off the right edge', () => {
		const briefing = item('white-house-briefing');
		expect(briefing.anchor).toBe('end');
		expect(briefing.labelX).toBeCloseTo(percent(day(2023, 10, 14)), 2);
		const packedBriefing = packed.items.find((placed) => placed.slug === 'white-house-briefing')!;
		expect(packedBriefing.anchor).toBe('end');
	});

	test('keeps every item’s area, mark and label, inside the strip', () => {
		for (const placed of layout.items) {
			expect(placed.areaX).toBeGreaterThanOrEqual(0);
			expect(placed.areaX + placed.areaWidth).toBeLessThanOrEqual(100.001);
		}
	});

	test('labels each month boundary with its short month and year', () => {
		expect(layout.ticks).toEqual([
			{ x: expect.closeTo(percent(day(2023, 9, 1)), 2), label: 'Sept 2023', datetime: '2023-09' },
			{ x: expect.closeTo(percent(day(2023, 10, 1)), 2), label: 'Oct 2023', datetime: '2023-10' },
		]);
	});

	test('packs a long chronology into a strip never narrower than its minimum, growing with the number of days', () => {
		expect(packed.fit).toBe(false);
		expect(packed.widthEm).toBe(
			STRIP_OPTIONS.minWidthEm > DOMAIN_DAYS * STRIP_OPTIONS.emPerDay
				? STRIP_OPTIONS.minWidthEm
				: DOMAIN_DAYS * STRIP_OPTIONS.emPerDay,
		);
		expect(layoutStrip(manyEvents(STRIP_OPTIONS.fitMax + 1, 1)).fit).toBe(false);
		const year = layoutStrip(manyEvents(30, 12));
		expect(year.widthEm).toBeGreaterThan(300 * STRIP_OPTIONS.emPerDay);
	});

	test('makes room below the lanes for bare marks when the lanes are full', () => {
		const crowded = layoutStrip(SEED_EVENTS, { ...PACKED, maxLanes: 2 });
		expect(crowded.lanes).toBe(2);
		const compact = crowded.items.filter((placed) => placed.compact);
		expect(compact.length).toBeGreaterThan(0);
		const lowestLane = Math.max(
			...crowded.items.filter((placed) => !placed.compact).map((placed) => placed.y),
		);
		for (const placed of compact) expect(placed.y).toBeGreaterThan(lowestLane);
	});

	test('keeps 10,000 events within its lanes and compact rows', () => {
		const big = layoutStrip(manyEvents(10_000, 0.25));
		expect(big.items).toHaveLength(10_000);
		expect(big.lanes).toBeLessThanOrEqual(STRIP_OPTIONS.maxLanes);
		expect(big.compactRows).toBeLessThanOrEqual(STRIP_OPTIONS.maxCompactRows);
		expect(big.heightEm).toBeLessThan(40);
	});

	const arbitraryEvents = fc
		.array(
			fc.record({
				first: fc.integer({ min: 0, max: 120 }),
				length: fc.integer({ min: 0, max: 40 }),
				title: fc.string({ minLength: 1, maxLength: 90 }),
				openStart: fc.boolean(),
			}),
			{ minLength: 1, maxLength: 40 },
		)
		.map((drawn) =>
			drawn.map(({ first, length, title, openStart }, index): TimelineEvent => ({
				slug: `e${index}`,
				title,
				dateLabel: '1 January 2024',
				display: length === 0 ? 'point' : 'range',
				span: { first: 19_723 + first, last: 19_723 + first + length, openStart, openEnd: false },
				month: '2024-01',
			})),
		);

	test('never lets two labels in one lane overlap, whatever the events', () => {
		fc.assert(
			fc.property(arbitraryEvents, (events) => {
				const { items } = layoutStrip(events, PACKED);
				const labelled = items.filter((placed) => !placed.compact);
				for (const [index, a] of labelled.entries()) {
					for (const b of labelled.slice(index + 1)) {
						if (a.row === b.row && overlaps(a, b)) return false;
					}
				}
				return true;
			}),
		);
	});
});

describe('shortenTitle', () => {
	test('leaves a title that fits as it is', () => {
		expect(shortenTitle('Kim meets Putin', 34)).toBe('Kim meets Putin');
	});

	test('cuts a long title at a word and ends it with an ellipsis', () => {
		expect(
			shortenTitle('White House says North Korea shipped more than 1,000 containers', 34),
		).toBe('White House says North Korea…');
	});
});
