import { describe, expect, test } from 'vitest';
import type { TimelineData, TimelineItem } from '../../../src/lib/timeline/island-data.ts';
import {
	initialWindow,
	INITIAL_WINDOW_MS,
	itemCentre,
	MIN_DAY_PX,
} from '../../../src/lib/timeline/window.ts';

const DAY = 86_400_000;
const point = (id: string, day: number): TimelineItem => ({
	id,
	content: id,
	dateLabel: id,
	title: id,
	start: day * DAY,
	end: (day + 1) * DAY,
	type: 'range',
	className: 'is-point',
	order: 0,
	labels: [{ tiers: ['narrow', 'wide', 'widest'], lines: [id] }],
});
const NO_LABELS = { widthPx: 800, labelPx: 0 };

describe('initialWindow', () => {
	test('opens a fitted timeline on its whole domain, the strip’s picture, even on a phone', () => {
		const fitted: TimelineData = {
			items: [point('a', 10), point('b', 90)],
			min: 5 * DAY,
			max: 95 * DAY,
			fit: true,
			titleLines: 1,
		};
		expect(initialWindow(fitted, { widthPx: 280, labelPx: 200 })).toEqual({
			start: 5 * DAY,
			end: 95 * DAY,
			max: 95 * DAY,
		});
	});

	const short: TimelineData = {
		items: [point('a', 10), point('b', 40)],
		min: 7 * DAY,
		max: 44 * DAY,
		fit: false,
		titleLines: 1,
	};

	test('opens on the whole chronology when it spans a few weeks', () => {
		expect(initialWindow(short, NO_LABELS)).toEqual({
			start: 7 * DAY,
			end: 44 * DAY,
			max: 44 * DAY,
		});
	});

	test('leaves room right of the latest event for its label', () => {
		// A label a quarter of the width wide, starting at day 40 (where its day starts): the window must end where that quarter ends.
		const { start, end, max } = initialWindow(short, { widthPx: 800, labelPx: 200 });
		expect(start).toBe(7 * DAY);
		expect(40 * DAY + (end - start) / 4).toBeCloseTo(end, -3);
		expect(max).toBe(end);
	});

	test('gives a narrow screen fewer days, each at least a few pixels wide', () => {
		const { start, end } = initialWindow(short, { widthPx: 160, labelPx: 0 });
		expect((end - start) / DAY).toBeLessThanOrEqual(160 / MIN_DAY_PX);
		expect(end).toBe(44 * DAY);
	});

	describe('over years of events', () => {
		const items = Array.from({ length: 3000 }, (_, index) => point(`e${index}`, index));
		const data: TimelineData = { items, min: 0, max: 3000 * DAY, fit: false, titleLines: 1 };
		const wide = { widthPx: 4000, labelPx: 0 };

		test('opens on a window of months ending at the latest events, not on the whole extent', () => {
			expect(initialWindow(data, wide)).toEqual({
				start: data.max - INITIAL_WINDOW_MS,
				end: data.max,
				max: data.max,
			});
			expect(INITIAL_WINDOW_MS).toBeLessThanOrEqual(180 * DAY);
		});

		test('ends the window after the latest event’s label', () => {
			const { end, max } = initialWindow(data, { widthPx: 400, labelPx: 100 });
			expect(end).toBe(max);
			// The label takes a quarter of the window and starts at day 2999: it must end inside the window.
			expect(2999 * DAY + (400 / MIN_DAY_PX) * DAY * 0.25).toBeLessThanOrEqual(end);
			expect(end - 2999 * DAY).toBeLessThan((400 / MIN_DAY_PX) * DAY * 0.5);
		});

		test('centres the window on the event a link names', () => {
			const { start, end } = initialWindow(data, wide, 'e1500');
			expect((start + end) / 2).toBe(1500 * DAY + DAY / 2);
		});

		test('keeps the window inside the chronology for an event near its start', () => {
			expect(initialWindow(data, wide, 'e3')).toMatchObject({ start: 0, end: INITIAL_WINDOW_MS });
		});
	});
});

describe('itemCentre', () => {
	test('is a point’s own instant and a period’s middle', () => {
		expect(itemCentre({ start: 100 })).toBe(100);
		expect(itemCentre({ start: 100, end: 300 })).toBe(200);
	});
});
