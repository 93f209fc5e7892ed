import { describe, expect, test } from 'vitest';
import { AXIS_GLYPH_EM } from '../../../src/lib/timeline/axis.ts';
import { timelineView } from '../../../src/lib/timeline/index.ts';
import type { ViewTick } from '../../../src/lib/timeline/view.ts';
import { LABEL_TIERS } from '../../../src/lib/timeline/labels.ts';
import { manyEvents, SEED_EVENTS } from './fixtures/timeline-events.ts';

/** The labels a drawing `em` wide shows, left to right, as boxes in em (glyphs as the layout counts them). */
function shownLabels(ticks: readonly ViewTick[], tier: (typeof LABEL_TIERS)[number]) {
	return ticks
		.flatMap((tick) =>
			tick.labels
				.filter((label) => !label.tiers || label.tiers.includes(tier.name))
				.map((label) => {
					const rule = (tick.x / 100) * tier.em + label.dx;
					const width = label.text.length * AXIS_GLYPH_EM;
					const left = label.anchor === 'start' ? rule : rule - width;
					return { datetime: tick.datetime, text: label.text, left, right: left + width };
				}),
		)
		.sort((a, b) => a.left - b.left);
}

const ticksOf = (events: Parameters<typeof timelineView>[0]) =>
	timelineView(events).chunks[0]!.ticks;

// Event counts and spacings (days) up to the fitted strip's 24 events: a month, a season, two years, decades.
const SPANS = [
	['the seed chronology', SEED_EVENTS],
	['8 events over 2 months', manyEvents(8, 9)],
	['12 events over 2 years', manyEvents(12, 60)],
	['20 events over 2 years', manyEvents(20, 36)],
	['24 events over 2 years', manyEvents(24, 30)],
	['24 events over 13 years', manyEvents(24, 200)],
] as const;

describe('axisLabels', () => {
	test.each(
		SPANS.flatMap(([name, events]) =>
			LABEL_TIERS.map((tier) => [name, tier.name, tier.em, tier, events] as const),
		),
	)(
		'keeps the month labels of %s apart and inside the %s drawing (%i em)',
		(...[, , , tier, events]) => {
			const shown = shownLabels(ticksOf(events), tier);
			expect(shown.length).toBeGreaterThan(0);
			for (const [index, label] of shown.entries()) {
				expect(label.left, label.text).toBeGreaterThanOrEqual(0);
				expect(label.right, label.text).toBeLessThanOrEqual(tier.em);
				const next = shown[index + 1];
				if (next) expect(next.left - label.right, `${label.text} ${next.text}`).toBeGreaterThan(0);
			}
		},
	);

	test('labels every month of a short chronology as "Sept 2023" at every width, as before', () => {
		expect(ticksOf(SEED_EVENTS).map((tick) => tick.labels)).toEqual([
			[{ text: 'Sept 2023', anchor: 'start', dx: 0.3 }],
			[{ text: 'Oct 2023', anchor: 'start', dx: 0.3 }],
		]);
	});

	test.each(LABEL_TIERS.map((tier) => [tier.name, tier] as const))(
		'labels evenly stepped months of two years in the %s drawing, each January as its year',
		(_, tier) => {
			const ticks = ticksOf(manyEvents(20, 36));
			const shown = shownLabels(ticks, tier);
			// One label on every January, its year alone.
			expect(shown.filter((label) => label.datetime.endsWith('-01'))).toEqual([
				expect.objectContaining({ datetime: '2000-01', text: '2000' }),
				expect.objectContaining({ datetime: '2001-01', text: '2001' }),
			]);
			// Labelled months are evenly stepped from January (every 2nd, 3rd, 6th or 12th).
			const months = shown.map((label) => Number(label.datetime.slice(5)) - 1);
			const step = months[1]! - months[0]!;
			expect([1, 2, 3, 6, 12]).toContain(step);
			for (const month of months) expect(month % step).toBe(0);
		},
	);

	test('thins the months of two years out on a phone, less as the drawing widens', () => {
		const ticks = ticksOf(manyEvents(20, 36));
		const counts = LABEL_TIERS.map((tier) => shownLabels(ticks, tier).length);
		expect(counts[0]).toBeLessThan(ticks.length / 4);
		expect(counts[0]).toBeLessThan(counts[1]!);
		expect(counts[1]).toBeLessThan(counts[2]!);
	});

	test('says the year of the months before the first January on the first label', () => {
		// From 1 March 2000, every 30 days: 24 events to January 2002.
		const events = manyEvents(24, 30).map((event) => ({
			...event,
			span: { ...event.span, first: event.span.first + 60, last: event.span.last + 60 },
		}));
		for (const tier of LABEL_TIERS)
			expect(shownLabels(ticksOf(events), tier)[0]!.text, tier.name).toMatch(/2000/u);
	});
});
