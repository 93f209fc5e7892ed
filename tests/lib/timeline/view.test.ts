import { describe, expect, test } from 'vitest';
import { buildTimeline, timelineView, type ViewMark } from '../../../src/lib/timeline/index.ts';
import { day, manyEvents, SEED_EVENTS } from './fixtures/timeline-events.ts';

// The seed strip's days, as in layout.test.ts: 19 August to 16 October 2023, 59 days.
const DOMAIN_FIRST = day(2023, 8, 19);
const DOMAIN_DAYS = 59;
const percent = (dayNumber: number) => ((dayNumber - DOMAIN_FIRST) / DOMAIN_DAYS) * 100;

const view = timelineView(SEED_EVENTS);
const marks = view.chunks.flatMap((chunk) => chunk.marks);
const mark = (slug: string) => marks.find((candidate) => candidate.slug === slug) as ViewMark;

describe('timelineView', () => {
	test('draws a short chronology in one piece, one mark per event, in the chronology’s order', () => {
		expect(view.chunks).toHaveLength(1);
		expect(view.events).toBe(SEED_EVENTS.length);
		expect(marks.map(({ slug, order }) => [slug, order])).toEqual(SEED_EVENTS.map(({ slug }, order) => [slug, order]));
		expect(view.clustered).toBe(false);
	});

	test('draws a known day as a dot in the middle of its day, and anything else as a band over its days', () => {
		const briefing = mark('white-house-briefing');
		expect(briefing.shape).toMatchObject({ kind: 'dot', cx: expect.closeTo(percent(day(2023, 10, 13) + 0.5), 2) });
		const shipments = mark('munitions-shipments');
		expect(shipments.shape).toMatchObject({ kind: 'band', x: expect.closeTo(percent(day(2023, 9, 7)), 2), width: expect.closeTo((25 / DOMAIN_DAYS) * 100, 2) });
		expect(mark('kim-putin-summit').shape.kind).toBe('band');
	});

	test('writes a labelled mark’s date, then its title on the line below, inside its own area', () => {
		for (const { text, area, label } of marks.filter((candidate) => !candidate.compact)) {
			expect(label).toBe(`${text!.date}: ${SEED_EVENTS.find((event) => label.endsWith(event.title))!.title}`);
			expect(text!.titleY).toBeGreaterThan(text!.dateY);
			expect(text!.dateY).toBeGreaterThan(area.y);
			expect(text!.titleY).toBeLessThan(area.y + area.height + 0.5);
		}
	});

	test('ends a label that would run off the right edge at its mark, nudged inwards', () => {
		const { text } = mark('white-house-briefing');
		expect(text).toMatchObject({ anchor: 'end', x: expect.closeTo(percent(day(2023, 10, 14)), 2) });
		expect(text!.dx).toBeLessThan(0);
	});

	describe('a chronology of 1,000 one-day events', () => {
		const events = manyEvents(1000);
		const long = timelineView(events, { chunkEm: 100 });
		const pieces = long.chunks;

		test('cuts the strip into pieces no wider than asked, as tall as the strip', () => {
			expect(pieces.length).toBeGreaterThan(1);
			for (const chunk of pieces) expect(chunk.widthEm).toBeLessThanOrEqual(100);
		});

		test('draws every event once, alone or in its week’s cluster, each stop with its place in the chronology', () => {
			const stops = pieces.flatMap((chunk) => [...chunk.marks.map((one) => ({ order: one.order, slugs: [one.slug] })), ...chunk.clusters]);
			expect(long.clustered).toBe(true);
			expect(stops.flatMap((stop) => stop.slugs).sort()).toEqual(events.map((event) => event.slug).sort());
			for (const stop of stops) expect(events[stop.order]!.slug).toBe(stop.slugs[0]);
		});

		test('writes a cluster’s count in the middle of its mark', () => {
			for (const cluster of pieces.flatMap((chunk) => chunk.clusters)) {
				expect(cluster.countX).toBeCloseTo(cluster.mark.x + cluster.mark.width / 2, 2);
				expect(cluster.countY).toBeCloseTo(cluster.mark.y + cluster.mark.height / 2, 2);
			}
		});
	});
});

describe('buildTimeline', () => {
	test('gives the island the strip’s events, in the same order, and one text for the page and timeline.json', () => {
		const timeline = buildTimeline(SEED_EVENTS);
		expect(timeline.data.items.map((item) => item.id)).toEqual(marks.map((one) => one.slug));
		expect(JSON.parse(timeline.json)).toEqual(timeline.data);
		expect(timeline.inline).toBe(true);
		expect(timeline.view).toEqual(view);
	});

	test('keeps a long chronology’s items out of the page', () => {
		expect(buildTimeline(manyEvents(400)).inline).toBe(false);
	});
});
