import { describe, expect, test } from 'vitest';
import { buildTimeline, timelineView, type ViewMark } from '../../../src/lib/timeline/index.ts';
import { day, manyEvents, SEED_EVENTS } from './fixtures/timeline-events.ts';

// The seed strip's days, as in layout.test.ts: 28 August to 17 October 2023, 51 days.
const DOMAIN_FIRST = day(2023, 8, 28);
const DOMAIN_DAYS = 51;
const percent = (dayNumber: number) => ((dayNumber - DOMAIN_FIRST) / DOMAIN_DAYS) * 100;

const view = timelineView(SEED_EVENTS);
const marks = view.chunks.flatMap((chunk) => chunk.marks);
const mark = (slug: string) => marks.find((candidate) => candidate.slug === slug) as ViewMark;

describe('timelineView', () => {
	test('draws a short chronology in one piece, one mark per event, in the chronology’s order', () => {
		expect(view.chunks).toHaveLength(1);
		expect(view.events).toBe(SEED_EVENTS.length);
		expect(marks.map(({ slug, order }) => [slug, order])).toEqual(
			SEED_EVENTS.map(({ slug }, order) => [slug, order]),
		);
		expect(view.clustered).toBe(false);
	});

	test('draws a known day as a dot in the middle of its day, and anything else as a band over its days', () => {
		const briefing = mark('white-house-briefing');
		expect(briefing.shape).toMatchObject({
			kind: 'dot',
			cx: expect.closeTo(percent(day(2023, 10, 13) + 0.5), 2),
		});
		const shipments = mark('munitions-shipments');
		expect(shipments.shape).toMatchObject({
			kind: 'band',
			x: expect.closeTo(percent(day(2023, 9, 7)), 2),
			width: expect.closeTo((25 / DOMAIN_DAYS) * 100, 2),
		});
		expect(shipments.display).toBe('range');
		expect(mark('kim-putin-summit').shape.kind).toBe('band');
		expect(mark('kim-putin-summit').display).toBe('imprecise');
	});

	test('draws an open side as one arrow of one fixed length, pointing away from the known bound', () => {
		const carrier = mark('carrier-arrives');
		expect(carrier.arrows).toEqual([
			expect.objectContaining({
				side: 'start',
				x: expect.closeTo(percent(day(2023, 10, 13)), 2),
				width: 1.25,
			}),
		]);
		const accusations = mark('earlier-accusations');
		expect(accusations.arrows).toEqual([
			expect.objectContaining({
				side: 'start',
				x: expect.closeTo(percent(day(2023, 9, 1)), 2),
				width: 1.25,
			}),
		]);
		// The start side's arrow lies left of the bound: every x of its points is at most 0.
		for (const point of carrier.arrows[0]!.points.split(' '))
			expect(Number(point.split(',')[0])).toBeLessThanOrEqual(0);
		expect(mark('kim-putin-summit').arrows).toEqual([]);
		expect(mark('white-house-briefing').arrows).toEqual([]);
	});

	test('puts each label above its mark, and month rules only across the marks’ bands', () => {
		for (const one of marks) {
			const top = one.shape.kind === 'dot' ? one.shape.cy - one.shape.r : one.shape.y;
			const bottom =
				one.shape.kind === 'dot' ? one.shape.cy + one.shape.r : one.shape.y + one.shape.height;
			const band = view.bands.find(
				(candidate) => candidate.y <= top && candidate.y + candidate.height >= bottom,
			);
			expect(band, one.slug).toBeDefined();
			for (const tier of one.text!.tiers) {
				const lastLine = tier.titleY + (tier.lines.length - 1) * one.text!.lineEm;
				expect(lastLine).toBeLessThanOrEqual(top);
				// No band reaches up into the label's lines (a line of text rises about 0.8 em above its baseline).
				for (const other of view.bands)
					expect(other.y + other.height <= tier.dateY - 0.8 || other.y >= lastLine).toBe(true);
			}
		}
	});

	test('writes a labelled mark’s date, then its title’s lines below, inside its own area', () => {
		for (const { text, area, label } of marks.filter((candidate) => !candidate.compact)) {
			expect(label).toBe(
				`${text!.date}: ${SEED_EVENTS.find((event) => label.endsWith(event.title))!.title}`,
			);
			for (const tier of text!.tiers) {
				expect(tier.titleY).toBeGreaterThan(tier.dateY);
				expect(tier.dateY).toBeGreaterThan(area.y);
				expect(tier.titleY + (tier.lines.length - 1) * text!.lineEm).toBeLessThan(
					area.y + area.height + 0.5,
				);
			}
		}
	});

	test('adds the whole title after a label that shows the short title, and nothing after a whole one', () => {
		const title = 'North Korea’s state news agency calls the US carrier’s arrival a provocation';
		const events = SEED_EVENTS.map((event) =>
			event.slug === 'kcna-response' ? { ...event, title, short: 'KCNA: a provocation' } : event,
		);
		const tiers = timelineView(events)
			.chunks.flatMap((chunk) => chunk.marks)
			.flatMap((one) => (one.text?.tiers ?? []).map((tier) => ({ slug: one.slug, ...tier })));
		// The seed strip's narrowest drawing has no room for this title in two lines.
		expect(tiers.some((tier) => tier.lines.join(' ') === 'KCNA: a provocation')).toBe(true);
		for (const tier of tiers) {
			const whole = tier.slug === 'kcna-response' ? title : `Title of ${tier.slug}`;
			expect(tier.full).toBe(tier.lines.join(' ') === whole ? undefined : whole);
		}
	});

	test('ends the label of a month that starts near the right edge at its rule, so that it stays in the drawing', () => {
		// One event every nine days from 1 January 2000: March begins a few days before the drawing ends.
		const ticks = timelineView(manyEvents(8, 9)).chunks[0]!.ticks;
		expect(ticks.at(-1)).toMatchObject({ datetime: '2000-03' });
		expect(ticks.at(-1)!.labels.map((label) => label.anchor)).toContain('end');
		for (const label of ticks.at(-1)!.labels) expect(label.dx < 0).toBe(label.anchor === 'end');
		for (const label of ticks[0]!.labels) expect(label.anchor).toBe('start');
	});

	test('ends a label in the right half at its mark, nudged inwards', () => {
		const [narrowest] = mark('white-house-briefing').text!.tiers;
		expect(narrowest).toMatchObject({
			anchor: 'end',
			x: expect.closeTo(percent(day(2023, 10, 14)), 2),
		});
		expect(narrowest!.dx).toBeLessThan(0);
	});
});

describe('buildTimeline', () => {
	test('gives the island the strip’s events, in the same order, and one text for the page and timeline.json', () => {
		const timeline = buildTimeline(SEED_EVENTS);
		expect(timeline.data.items.map((item) => item.id)).toEqual(marks.map((one) => one.slug));
		expect(JSON.parse(timeline.json)).toEqual(timeline.data);
		// Seven events' items are fetched when the island opens, not carried in the first view.
		expect(timeline.inline).toBe(false);
		expect(timeline.view).toEqual(view);
	});

	test('keeps a long chronology’s items out of the page', () => {
		expect(buildTimeline(manyEvents(400)).inline).toBe(false);
	});
});
