import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/lib/timeline-domain.ts';
import { layoutStrip, shortenTitle, STRIP_OPTIONS, type StripItem } from '../../src/lib/timeline-layout.ts';
import { day, manyEvents, SEED_EVENTS, SEED_EXTENT } from './fixtures/timeline-events.ts';

// The seed domain, worked out by hand: the earliest mark is "on or before September 2023" fading
// out over the 10 days before 1 September, from 22 August; with 3 days of margin each side,
// 19 August to 16 October 2023, 59 days.
const DOMAIN_FIRST = day(2023, 8, 19);
const DOMAIN_DAYS = 59;
const percent = (dayNumber: number) => ((dayNumber - DOMAIN_FIRST) / DOMAIN_DAYS) * 100;

const layout = layoutStrip(SEED_EVENTS, SEED_EXTENT);
const item = (slug: string) => layout.items.find((candidate) => candidate.slug === slug) as StripItem;
const overlaps = (a: StripItem, b: StripItem) => a.areaX < b.areaX + b.areaWidth && b.areaX < a.areaX + a.areaWidth;

describe('layoutStrip', () => {
	test('keeps the chronology’s order, so the strip reads like the list', () => {
		expect(layout.items.map((placed) => placed.slug)).toEqual(SEED_EVENTS.map((event) => event.slug));
	});

	test('names every item "date label: title" in full', () => {
		// ICU's en-GB range separator: an en dash between thin spaces (U+2009).
		expect(item('munitions-shipments').label).toBe('7 September\u2009–\u20091 October 2023: Title of munitions-shipments');
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

	test('fades an "on or before" date out over the ten days before its bound, marked open', () => {
		const carrier = item('carrier-arrives');
		expect(carrier.openStart).toBe(true);
		expect(carrier.x).toBeCloseTo(percent(day(2023, 10, 3)), 2);
		expect(carrier.x + carrier.width).toBeCloseTo(percent(day(2023, 10, 14)), 2);
	});

	test('puts the two events of 13 October in different lanes', () => {
		expect(item('kcna-response').row).not.toBe(item('white-house-briefing').row);
	});

	test('ends a label at its mark when it would otherwise run off the right edge', () => {
		const briefing = item('white-house-briefing');
		expect(briefing.anchor).toBe('end');
		expect(briefing.labelX).toBeCloseTo(percent(day(2023, 10, 14)), 2);
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

	test('is never narrower than its minimum, and grows with the number of days', () => {
		expect(layout.widthEm).toBe(STRIP_OPTIONS.minWidthEm > DOMAIN_DAYS * STRIP_OPTIONS.emPerDay ? STRIP_OPTIONS.minWidthEm : DOMAIN_DAYS * STRIP_OPTIONS.emPerDay);
		const year = layoutStrip(manyEvents(2, 365), { first: day(2000, 1, 1), last: day(2000, 12, 31) });
		expect(year.widthEm).toBeGreaterThan(300 * STRIP_OPTIONS.emPerDay);
	});

	test('makes room below the lanes for bare marks when the lanes are full', () => {
		const crowded = layoutStrip(SEED_EVENTS, SEED_EXTENT, { ...STRIP_OPTIONS, maxLanes: 2 });
		expect(crowded.lanes).toBe(2);
		const compact = crowded.items.filter((placed) => placed.compact);
		expect(compact.length).toBeGreaterThan(0);
		const lowestLane = Math.max(...crowded.items.filter((placed) => !placed.compact).map((placed) => placed.y));
		for (const placed of compact) expect(placed.y).toBeGreaterThan(lowestLane);
	});

	test('keeps 10,000 events within its lanes and compact rows', () => {
		const big = layoutStrip(manyEvents(10_000, 0.25), { first: day(2000, 1, 1), last: day(2006, 11, 5) });
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
			drawn.map(
				({ first, length, title, openStart }, index): TimelineEvent => ({
					slug: `e${index}`,
					title,
					dateLabel: '1 January 2024',
					display: length === 0 ? 'point' : 'range',
					span: { first: 19_723 + first, last: 19_723 + first + length, openStart, openEnd: false },
				}),
			),
		);

	test('never lets two labels in one lane overlap, whatever the events', () => {
		fc.assert(
			fc.property(arbitraryEvents, (events) => {
				const { items } = layoutStrip(events, { first: 19_723, last: 19_723 + 160 });
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
		expect(shortenTitle('White House says North Korea shipped more than 1,000 containers', 34)).toBe('White House says North Korea…');
	});
});
