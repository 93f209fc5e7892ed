import { dayToUtcMs } from '../dates/day-number.ts';
import { markDays, timelineDomain, type TimelineEvent } from './domain.ts';
import type { LabelTierName } from './labels.ts';
import type { TimelineView, ViewLabel } from './view.ts';

/**
 * One vis-timeline DataSet item, plain JSON so that it can be serialised into the page once and
 * handed to `new DataSet(items)` unchanged. Times are UTC milliseconds of calendar days.
 */
export interface TimelineItem {
	/** The event's slug: selecting the item goes to `#<id>`. */
	id: string;
	/** The event's title as the strip shows it on the narrowest drawing (the island renders text with `textContent`, never as HTML). */
	content: string;
	/** The title's lines at each drawing width, as the strip's (labels.ts): the island's CSS shows the page's. */
	labels: { tiers: LabelTierName[]; lines: string[] }[];
	dateLabel: string;
	/** The tooltip, "date label: title", HTML-escaped because vis-timeline sets it as HTML. */
	title: string;
	start: number;
	end?: number;
	/** Every item is a range over its known days; its class names draw a day as a dot at the day's middle. */
	type: 'range';
	className: string;
	/** Position in the chronology, so vis stacks items in the list's order. */
	order: number;
	/** On a fitted timeline, the item's row: its place in the chronology, one row per event as on the strip. */
	group?: number;
}

export interface TimelineData {
	items: TimelineItem[];
	/** The drawable domain (UTC ms, end exclusive): vis-timeline's `min` and `max`, the strip's too. */
	min: number;
	max: number;
	/** One row per event and the whole domain in view, as the strip draws a short chronology. */
	fit: boolean;
	/** The most lines a title takes: each row is as tall as the strip's lanes. */
	titleLines: number;
}

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Text made safe to be set as HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * The class names that make a mark honest about its date (`is-point`, `is-range`, `is-imprecise`,
 * `is-open-start`, `is-open-end`) and put its label on the strip's side of the mark (`is-label-end`:
 * ending at the mark). The island keeps every label inside its frame, wherever the mark is.
 */
export function itemClassName(event: TimelineEvent, label?: { anchor: 'start' | 'end' }): string {
	const names = [`is-${event.display}`];
	if (label?.anchor === 'end') names.push('is-label-end');
	if (event.span.openStart) names.push('is-open-start');
	if (event.span.openEnd) names.push('is-open-end');
	return names.join(' ');
}

/**
 * The chronology as vis-timeline items, in its order, drawn as the strip draws it (`view`): each
 * item a range over its known days (end exclusive, UTC calendar days), its title shortened alike
 * and its label on the same side; on a fitted strip, one row (group) per event.
 */
export function toTimelineData(
	events: readonly TimelineEvent[],
	view?: TimelineView,
): TimelineData {
	// The overview of a long chronology spans whole months or weeks: the island opens on the same span.
	const domain = view?.density?.domain ?? timelineDomain(events);
	const labels = new Map<string, ViewLabel | undefined>(
		view?.chunks.flatMap((chunk) => chunk.marks.map((mark) => [mark.slug, mark.text] as const)),
	);
	const fit = view?.fit ?? false;
	const items = events.map((event, order): TimelineItem => {
		const mark = markDays(event.span);
		const tiers = labels.get(event.slug)?.tiers ?? [];
		const item: TimelineItem = {
			id: event.slug,
			content: tiers[0]?.lines.join(' ') ?? event.title,
			labels:
				tiers.length > 0
					? tiers.map(({ tiers: names, lines }) => ({ tiers: names, lines }))
					: [{ tiers: ['narrow', 'wide', 'widest'], lines: [event.title] }],
			dateLabel: event.dateLabel,
			title: escapeHtml(`${event.dateLabel}: ${event.title}`),
			type: 'range',
			start: dayToUtcMs(mark.first),
			end: dayToUtcMs(mark.end),
			className: itemClassName(event, tiers[0]),
			order,
		};
		if (fit) item.group = order;
		return item;
	});
	return {
		items,
		min: dayToUtcMs(domain.first),
		max: dayToUtcMs(domain.last + 1),
		fit,
		titleLines: view?.titleLines ?? 1,
	};
}

/** JSON for a `<script type="application/json">` block: `<` escaped so that no text can close the element. */
export function serializeTimelineData(data: TimelineData): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The most characters of serialised items kept inline in the page: two or three events. Any more
 * are a separate same-origin file (`timeline.json`), fetched only when the island loads, which it
 * does only on request: the items (about 700 characters an event, with their labels for three
 * widths) would otherwise weigh on the chronology's first view, which must arrive in one round trip
 * (14 KB Brotli), for a picture most readers never open.
 */
export const INLINE_DATA_MAX_CHARS = 2_048;

/** Whether the serialised items go into the page itself, rather than the separate file. */
export function keepDataInline(serialized: string, maxChars = INLINE_DATA_MAX_CHARS): boolean {
	return serialized.length <= maxChars;
}
