import { dayToUtcMs, MS_PER_DAY } from '../dates/day-number.ts';
import { markDays, timelineDomain, type TimelineEvent } from './domain.ts';

/**
 * One vis-timeline DataSet item, plain JSON so that it can be serialised into the page once and
 * handed to `new DataSet(items)` unchanged. Times are UTC milliseconds of calendar days.
 */
export interface TimelineItem {
	/** The event's slug: selecting the item goes to `#<id>`. */
	id: string;
	/** The event's title, as text (the island renders it with `textContent`, never as HTML). */
	content: string;
	dateLabel: string;
	/** The tooltip, "date label: title", HTML-escaped because vis-timeline sets it as HTML. */
	title: string;
	start: number;
	end?: number;
	/** `point` for one known day; known periods and imprecise dates are ranges (an imprecise one faded). */
	type: 'point' | 'range';
	className: string;
	/** Position in the chronology, so vis stacks items in the list's order. */
	order: number;
}

export interface TimelineData {
	items: TimelineItem[];
	/** The drawable domain (UTC ms, end exclusive): vis-timeline's `min` and `max`. */
	min: number;
	max: number;
}

/** Half a day: a one-day point sits at its day's noon, in the middle of its cell. */
const HALF_DAY_MS = MS_PER_DAY / 2;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to be set as HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** The class names that make a mark honest about its date: `is-imprecise`, `is-open-start`, `is-open-end`. */
export function itemClassName(event: TimelineEvent): string {
	const names = [`is-${event.display}`];
	if (event.span.openStart) names.push('is-open-start');
	if (event.span.openEnd) names.push('is-open-end');
	return names.join(' ');
}

/**
 * The chronology as vis-timeline items, in its order. A point sits at noon UTC of its day, in the
 * middle of that day's cell on a UTC axis; a range covers its days whole (end exclusive); an open
 * side runs on for a few days (see markDays), over which the class names fade it out.
 */
export function toTimelineData(events: readonly TimelineEvent[]): TimelineData {
	const domain = timelineDomain(events);
	const items = events.map((event, order): TimelineItem => {
		const common = {
			id: event.slug,
			content: event.title,
			dateLabel: event.dateLabel,
			title: escapeHtml(`${event.dateLabel}: ${event.title}`),
			className: itemClassName(event),
			order,
		};
		const isOneDay = event.display === 'point' && !event.span.openStart && !event.span.openEnd && event.span.first === event.span.last;
		if (isOneDay) return { ...common, type: 'point', start: dayToUtcMs(event.span.first) + HALF_DAY_MS };
		const mark = markDays(event.span);
		return { ...common, type: 'range', start: dayToUtcMs(mark.first), end: dayToUtcMs(mark.end) };
	});
	return { items, min: dayToUtcMs(domain.first), max: dayToUtcMs(domain.last + 1) };
}

/** JSON for a `<script type="application/json">` block: `<` escaped so that no text can close the element. */
export function serializeTimelineData(data: TimelineData): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The most characters of serialised items kept inline in the page (about fifty events). A larger
 * chronology's items are a separate same-origin file (`timeline.json`), fetched only when the
 * island loads: at 10,000 events they are megabytes the strip does not need.
 */
export const INLINE_DATA_MAX_CHARS = 16_384;

/** Whether the serialised items go into the page itself, rather than the separate file. */
export function keepDataInline(serialized: string, maxChars = INLINE_DATA_MAX_CHARS): boolean {
	return serialized.length <= maxChars;
}
