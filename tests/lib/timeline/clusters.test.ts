import { describe, expect, test } from 'vitest';
import { formatDayRange } from '../../../src/lib/dates/index.ts';
import { clusterBareMarks, weekStart } from '../../../src/lib/timeline/clusters.ts';
import { layoutStrip } from '../../../src/lib/timeline/layout.ts';
import { day, manyEvents, SEED_EVENTS } from './fixtures/timeline-events.ts';

/** ICU's en-GB range separator: an en dash between thin spaces (U+2009). */
const DASH = '\u2009–\u2009';

/** The day an event of `manyEvents` falls on: `event-<i>` is i days after 1 January 2000. */
const dayOf = (slug: string) => day(2000, 1, 1) + Number(slug.slice('event-'.length));
/** Monday of the week of `dayNumber`, from the weekday `Date` gives (0 is Sunday). */
const mondayOf = (dayNumber: number) =>
	dayNumber - ((new Date(dayNumber * 86_400_000).getUTCDay() + 6) % 7);

describe('weekStart', () => {
	test.each([
		['a Monday', day(2023, 10, 9), day(2023, 10, 9)],
		['a Sunday', day(2023, 10, 15), day(2023, 10, 9)],
		['a Friday', day(2023, 10, 13), day(2023, 10, 9)],
		['a Saturday before 1970', day(1969, 12, 27), day(1969, 12, 22)],
	])('gives the Monday of the week of %s', (_, dayNumber, monday) => {
		expect(weekStart(dayNumber)).toBe(monday);
	});
});

describe('formatDayRange', () => {
	test('names one day, or a stretch of days, as the site writes dates', () => {
		expect(formatDayRange(day(2000, 1, 3), day(2000, 1, 3))).toBe('3 January 2000');
		expect(formatDayRange(day(2000, 1, 3), day(2000, 1, 9))).toBe(`3${DASH}9 January 2000`);
		expect(formatDayRange(day(2000, 1, 31), day(2000, 2, 6))).toBe(
			`31 January${DASH}6 February 2000`,
		);
	});
});

describe('clusterBareMarks', () => {
	test('leaves a chronology of a few hundred events or fewer as it is: every item, in order, no clusters', () => {
		const layout = layoutStrip(SEED_EVENTS);
		const clustered = clusterBareMarks(layout);
		expect(clustered.clusters).toEqual([]);
		expect(clustered.items).toEqual(layout.items);
		expect(clustered.items.map((item) => [item.slug, item.order])).toEqual(
			SEED_EVENTS.map((event, order) => [event.slug, order]),
		);
		expect(clustered.heightEm).toBe(layout.heightEm);
	});

	describe('a chronology of 1,000 one-day events', () => {
		const events = manyEvents(1000);
		const layout = layoutStrip(events);
		const clustered = clusterBareMarks(layout);
		const bare = new Set(layout.items.filter((item) => item.compact).map((item) => item.slug));

		test('keeps every labelled event as its own item, untouched', () => {
			const labelled = layout.items.filter((item) => !item.compact);
			expect(clustered.items.filter((item) => !item.compact)).toEqual(labelled);
		});

		test('draws far fewer bare marks than there are bare events', () => {
			const marks =
				clustered.clusters.length + clustered.items.filter((item) => item.compact).length;
			expect(bare.size).toBeGreaterThan(400);
			expect(marks).toBeLessThan(bare.size / 3);
		});

		test('accounts for every event exactly once: drawn alone or in one cluster', () => {
			const shown = [
				...clustered.items.map((item) => item.slug),
				...clustered.clusters.flatMap((cluster) => cluster.slugs),
			];
			expect(shown.sort()).toEqual(events.map((event) => event.slug).sort());
		});

		test('groups the bare marks of one Monday-to-Sunday week, two or more to a cluster', () => {
			for (const cluster of clustered.clusters) {
				expect(cluster.count).toBe(cluster.slugs.length);
				expect(cluster.count).toBeGreaterThanOrEqual(2);
				for (const slug of cluster.slugs) expect(bare.has(slug)).toBe(true);
				expect(new Set(cluster.slugs.map((slug) => mondayOf(dayOf(slug)))).size).toBe(1);
			}
			const weeks = clustered.clusters.map((cluster) => mondayOf(dayOf(cluster.slug)));
			expect(new Set(weeks).size).toBe(weeks.length);
		});

		test('leads each cluster to its first event and keeps clusters in the chronology’s order', () => {
			for (const cluster of clustered.clusters) {
				const orders = cluster.slugs.map((slug) =>
					events.findIndex((event) => event.slug === slug),
				);
				expect(orders).toEqual([...orders].sort((a, b) => a - b));
				expect(cluster.slug).toBe(cluster.slugs[0]);
				expect(cluster.order).toBe(orders[0]);
			}
			const orders = clustered.clusters.map((cluster) => cluster.order);
			expect(orders).toEqual([...orders].sort((a, b) => a - b));
		});

		test('names a cluster "N events, <the days its events cover>"', () => {
			const [first] = clustered.clusters;
			const days = first!.slugs.map(dayOf);
			const format = (dayNumber: number) => new Date(dayNumber * 86_400_000).getUTCDate();
			const [from, to] = [Math.min(...days), Math.max(...days)];
			expect(first!.label).toBe(
				`${first!.count} events, ${format(from)}${DASH}${format(to)} January 2000`,
			);
		});

		test('draws each cluster over its week, in one row below the labelled lanes', () => {
			const days = layout.domain.last - layout.domain.first + 1;
			for (const cluster of clustered.clusters) {
				const monday = mondayOf(dayOf(cluster.slug));
				const start = Math.max(monday, layout.domain.first);
				const end = Math.min(monday + 7, layout.domain.last + 1);
				expect(cluster.x).toBeCloseTo(((start - layout.domain.first) / days) * 100, 2);
				expect(cluster.width).toBeCloseTo(((end - start) / days) * 100, 2);
				expect(cluster.y).toBe(clustered.clusters[0]!.y);
			}
			const lowestLane = Math.max(
				...clustered.items.filter((item) => !item.compact).map((item) => item.y),
			);
			expect(clustered.clusters[0]!.y).toBeGreaterThan(lowestLane);
			expect(clustered.heightEm).toBeGreaterThan(clustered.clusters[0]!.y);
		});
	});
});
