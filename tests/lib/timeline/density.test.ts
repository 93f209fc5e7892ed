import { describe, expect, test } from 'vitest';
import { densityBins, densityView, weekStart } from '../../../src/lib/timeline/density.ts';
import { timelineView } from '../../../src/lib/timeline/index.ts';
import { STRIP_OPTIONS } from '../../../src/lib/timeline/layout.ts';
import { day, manyEvents, SEED_EVENTS } from './fixtures/timeline-events.ts';

describe('densityBins', () => {
	test('counts a chronology of months by month, every month of its span present, each named with its count', () => {
		// One event a day from 1 January 2000: 500 days, January 2000 to May 2001.
		const { unit, bins } = densityBins(manyEvents(500));
		expect(unit).toBe('month');
		expect(bins).toHaveLength(17);
		expect(bins[0]).toMatchObject({
			month: '2000-01',
			count: 31,
			label: '31 events, January 2000',
			first: day(2000, 1, 1),
			last: day(2000, 1, 31),
			order: 0,
		});
		expect(bins[1]).toMatchObject({
			month: '2000-02',
			count: 29,
			label: '29 events, February 2000',
		});
		expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(500);
		expect(bins.flatMap((bin) => bin.slugs)).toEqual(manyEvents(500).map((event) => event.slug));
	});

	test('keeps an empty month in its place, with no events', () => {
		const events = manyEvents(3, 70);
		const { bins } = densityBins(events);
		expect(bins.map((bin) => [bin.month, bin.count])).toEqual([
			['2000-01', 1],
			['2000-02', 0],
			['2000-03', 1],
			['2000-04', 0],
			['2000-05', 1],
		]);
	});

	test('counts a chronology of a few months by Monday-to-Sunday week, each week leading to its first event’s month', () => {
		const { unit, bins } = densityBins(manyEvents(38));
		expect(unit).toBe('week');
		// 1 January 2000 was a Saturday: its week began on Monday 27 December 1999.
		expect(bins[0]).toMatchObject({
			first: day(1999, 12, 27),
			last: day(2000, 1, 2),
			count: 2,
			month: '2000-01',
			label: expect.stringMatching(/^2 events, 27 December 1999\s–\s2 January 2000$/u),
		});
		expect(bins[1]).toMatchObject({
			count: 7,
			label: expect.stringMatching(/^7 events, 3\s?–\s?9 January 2000$/u),
		});
		expect(bins.at(-1)!.label).toMatch(/^1 event, /u);
	});

	test('finds a day’s Monday', () => {
		expect(weekStart(day(2023, 10, 13))).toBe(day(2023, 10, 9));
		expect(weekStart(day(2023, 10, 9))).toBe(day(2023, 10, 9));
	});
});

describe('densityView', () => {
	const view = densityView(manyEvents(500));

	test('fits the bars in the drawing side by side, over whole months, the tallest the most events', () => {
		expect(view.domain).toEqual({ first: day(2000, 1, 1), last: day(2001, 5, 31) });
		for (const bar of view.bars) {
			expect(bar.x).toBeGreaterThanOrEqual(0);
			expect(bar.x + bar.width).toBeLessThanOrEqual(100.001);
			expect(bar.barY + bar.barHeight).toBeCloseTo(view.baseY, 3);
		}
		const tallest = view.bars.reduce((a, b) => (b.barHeight > a.barHeight ? b : a));
		expect(tallest.count).toBe(Math.max(...view.bars.map((bar) => bar.count)));
	});

	test('writes a count above a bar only at widths where it fits, and says each year', () => {
		// 17 months over 20 em: a bar about 1.2 em wide, room for two digits only from 40 em up.
		expect(view.bars[0]!.countTiers).toEqual(['wide', 'widest']);
		expect(view.ticks.filter((tick) => tick.year).map((tick) => tick.year)).toEqual([
			'2000',
			'2001',
		]);
	});
});

describe('timelineView', () => {
	test('draws one row per event up to fitMax events, and the overview of bars past it', () => {
		expect(timelineView(SEED_EVENTS).density).toBeUndefined();
		expect(timelineView(manyEvents(STRIP_OPTIONS.fitMax)).density).toBeUndefined();
		const long = timelineView(manyEvents(STRIP_OPTIONS.fitMax + 1));
		expect(long.density?.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(
			STRIP_OPTIONS.fitMax + 1,
		);
		expect(long.chunks).toEqual([]);
	});
});
