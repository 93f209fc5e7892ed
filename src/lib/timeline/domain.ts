import type { ChronologyEvent } from '../chronology.ts';

/** What the timeline needs of an event: the strip and vis-timeline draw from the same fields. */
export type TimelineEvent = Pick<ChronologyEvent, 'slug' | 'title' | 'dateLabel' | 'span' | 'display'>;

/** A stretch of calendar days, both ends included, as day numbers (days since 1970-01-01). */
export interface DayRange {
	first: number;
	last: number;
}

/** Days of empty margin drawn before the first and after the last day of the chronology. */
export const TIMELINE_PAD_DAYS = 3;

/**
 * Days over which a side the sources leave open ("on or before 13 October") fades out: long
 * enough to read as "earlier, we do not know when", short enough not to claim a real start.
 */
export const TIMELINE_OPEN_DAYS = 10;

/**
 * The days an event's mark covers: its known days, and on a side the sources leave open, a further
 * {@link TIMELINE_OPEN_DAYS} over which it fades out (never reaching back to the start of the
 * chronology, which would draw it over everything). The end is exclusive: `[first, end)`.
 */
export function markDays(span: TimelineEvent['span']): { first: number; end: number } {
	const first = span.openStart ? span.first - TIMELINE_OPEN_DAYS : span.first;
	const last = span.openEnd ? span.last + TIMELINE_OPEN_DAYS : span.last;
	return { first, end: Math.max(last, first) + 1 };
}

/**
 * The days the timeline draws: every event's mark, with a small margin. A chronology without events
 * draws the margin around day 0, so that an empty strip still has a width.
 */
export function timelineDomain(events: readonly TimelineEvent[]): DayRange {
	let first = events.length === 0 ? 0 : Infinity;
	let last = events.length === 0 ? 0 : -Infinity;
	for (const { span } of events) {
		const mark = markDays(span);
		first = Math.min(first, mark.first);
		last = Math.max(last, mark.end - 1);
	}
	return { first: first - TIMELINE_PAD_DAYS, last: last + TIMELINE_PAD_DAYS };
}

/** A coordinate to three decimals: precise enough for any screen, short in the page's markup. */
export function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
