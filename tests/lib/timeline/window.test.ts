import { describe, expect, test } from 'vitest';
import type { TimelineData, TimelineItem } from '../../../src/lib/timeline/island-data.ts';
import { initialWindow, itemCentre } from '../../../src/lib/timeline/window.ts';

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

describe('initialWindow', () => {
	test('opens on the whole domain, the strip’s or the overview’s own span, whatever the number of events', () => {
		const fitted: TimelineData = { items: [point('a', 10), point('b', 90)], min: 5 * DAY, max: 95 * DAY, fit: true, titleLines: 1 };
		expect(initialWindow(fitted)).toEqual({ start: 5 * DAY, end: 95 * DAY, max: 95 * DAY });
		const items = Array.from({ length: 3000 }, (_, index) => point(`e${index}`, index));
		expect(initialWindow({ items, min: 0, max: 3000 * DAY, fit: false, titleLines: 1 })).toEqual({ start: 0, end: 3000 * DAY, max: 3000 * DAY });
	});
});

describe('itemCentre', () => {
	test('is a point’s own instant and a period’s middle', () => {
		expect(itemCentre({ start: 100 })).toBe(100);
		expect(itemCentre({ start: 100, end: 300 })).toBe(200);
	});
});
