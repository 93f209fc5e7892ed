import { describe, expect, test } from 'vitest';
import {
	escapeHtml,
	keepDataInline,
	serializeTimelineData,
	toTimelineData,
	type TimelineItem,
} from '../../../src/lib/timeline/island-data.ts';
import { testInEachTimeZone } from '../../helpers/time-zone.ts';
import { timelineView } from '../../../src/lib/timeline/view.ts';
import { SEED_EVENTS } from './fixtures/timeline-events.ts';

const view = timelineView(SEED_EVENTS);
const data = toTimelineData(SEED_EVENTS, view);
const item = (id: string) => data.items.find((candidate) => candidate.id === id) as TimelineItem;

describe('toTimelineData', () => {
	test('has one item per event, with the slug as id, in the chronology’s order', () => {
		expect(data.items.map(({ id, order }) => [id, order])).toEqual(
			SEED_EVENTS.map(({ slug }, index) => [slug, index]),
		);
	});

	test('covers a one-day event’s day whole, drawn as a point (a dot in its middle)', () => {
		expect(item('white-house-briefing')).toMatchObject({
			start: Date.UTC(2023, 9, 13),
			end: Date.UTC(2023, 9, 14),
		});
		expect(item('white-house-briefing').className.split(' ')).toContain('is-point');
	});

	test('gives each event of a short chronology its own row, in the list’s order, as the strip does', () => {
		expect(data.fit).toBe(true);
		expect(data.items.map((one) => one.group)).toEqual(SEED_EVENTS.map((_, index) => index));
	});

	test('shows the title’s lines as the strip does at each width and puts a label ending at its mark where the strip does', () => {
		const marks = view.chunks.flatMap((chunk) => chunk.marks);
		for (const one of marks) {
			expect(item(one.slug).labels).toEqual(
				one.text!.tiers.map(({ tiers, lines }) => ({ tiers, lines })),
			);
			expect(item(one.slug).content).toBe(one.text!.tiers[0]!.lines.join(' '));
			expect(item(one.slug).className.split(' ').includes('is-label-end')).toBe(
				one.text!.tiers[0]!.anchor === 'end',
			);
		}
		expect(data.titleLines).toBe(view.titleLines);
	});

	test('covers a known period whole: from its first day’s start to the start of the day after its last', () => {
		expect(item('munitions-shipments')).toMatchObject({
			type: 'range',
			start: Date.UTC(2023, 8, 7),
			end: Date.UTC(2023, 9, 2),
		});
	});

	test('draws a month-only date as an imprecise range over the month, never as a day', () => {
		const summit = item('kim-putin-summit');
		expect(summit).toMatchObject({
			type: 'range',
			start: Date.UTC(2023, 8, 1),
			end: Date.UTC(2023, 9, 1),
		});
		expect(summit.className.split(' ')).toContain('is-imprecise');
	});

	test('covers an open start’s known bound alone, marked open so that it gets its fixed arrow', () => {
		const carrier = item('carrier-arrives');
		expect(carrier.className.split(' ')).toEqual(
			expect.arrayContaining(['is-imprecise', 'is-open-start']),
		);
		expect(carrier.start).toBe(Date.UTC(2023, 9, 13));
		expect(carrier.end).toBe(Date.UTC(2023, 9, 14));
	});

	test('bounds the drawable range by the chronology with the strip’s margins (28 August to 17 October)', () => {
		expect(data.min).toBe(Date.UTC(2023, 7, 28));
		expect(data.max).toBe(Date.UTC(2023, 9, 18));
	});

	test('keeps the title as text and escapes the tooltip, which vis-timeline sets as HTML', () => {
		const [tricky] = toTimelineData([
			{ ...SEED_EVENTS[5]!, title: 'Kirby: <b>“1,000+”</b> & more' },
		]).items;
		expect(tricky?.content).toBe('Kirby: <b>“1,000+”</b> & more');
		expect(tricky?.title).toBe('13 October 2023: Kirby: &lt;b&gt;“1,000+”&lt;/b&gt; &amp; more');
	});

	describe('in any time zone', () => {
		testInEachTimeZone('gives the same instants in %s', () => {
			expect(toTimelineData(SEED_EVENTS, view)).toEqual(data);
		});
	});
});

describe('serializeTimelineData', () => {
	test('writes JSON that cannot close its script element and reads back unchanged', () => {
		const tricky = toTimelineData([
			{ ...SEED_EVENTS[5]!, title: '</script><script>alert(1)</script>' },
		]);
		const json = serializeTimelineData(tricky);
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual(tricky);
	});
});

describe('escapeHtml', () => {
	test('escapes the five HTML-significant characters', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
		);
	});
});

describe('keepDataInline', () => {
	test('keeps two events’ items in the page and sends the seven seed events’ to their own file', () => {
		const two = serializeTimelineData(toTimelineData(SEED_EVENTS.slice(0, 2)));
		expect(keepDataInline(two)).toBe(true);
		expect(keepDataInline(serializeTimelineData(toTimelineData(SEED_EVENTS)))).toBe(false);
		expect(keepDataInline('x'.repeat(2_049))).toBe(false);
		expect(keepDataInline('x'.repeat(100), 99)).toBe(false);
		expect(keepDataInline('x'.repeat(99), 99)).toBe(true);
	});
});
