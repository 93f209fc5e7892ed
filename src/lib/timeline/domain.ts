import type { ChronologyEvent } from '../chronology.ts';

/** What the timeline needs of an event: the strip and vis-timeline draw from the same fields. */
export type TimelineEvent = Pick<
	ChronologyEvent,
	'slug' | 'title' | 'short' | 'dateLabel' | 'span' | 'display' | 'month'
>;

/** A stretch of calendar days, both ends included, as day numbers (days since 1970-01-01). */
export interface DayRange {
	first: number;
	last: number;
}

/** Days of empty margin drawn at least before the first and after the last day of the chronology. */
export const TIMELINE_PAD_DAYS = 3;

/**
 * Length of the arrow drawn on a side the sources leave open ("on or before 13 October"), in em of
 * the timeline's text. It is one fixed length, not a number of days, so it cannot pass for a
 * measured period: the arrow says "earlier, we do not know when", whatever the zoom.
 */
export const OPEN_ARROW_EM = 1.25;

/**
 * The narrowest the timeline's drawing is meant to be, in em (a 320 px screen, less the page's
 * margins): the margin of days around the chronology leaves room there for an open side's arrow.
 */
export const NARROWEST_EM = 20;

/**
 * A wide drawing, in em: from this width up (timeline.css's media query at 36rem) a fitted strip shows
 * the longer titles it has room for there.
 */
export const WIDE_EM = 40;

/**
 * The widest drawing labels are laid out for, in em: from a 64rem (1024 px) screen the chronology's
 * column gives the drawing at least this much, so whole titles fit where on a phone they would not.
 */
export const WIDEST_EM = 75;

/** The longest margin of days, so that a chronology of years is not drawn with weeks of nothing. */
const MAX_PAD_DAYS = 14;

/**
 * The days an event's mark covers on the time scale: its known days, `[first, end)`. An open side
 * adds no days: it is drawn as an arrow of {@link OPEN_ARROW_EM} beyond the known bound.
 */
export function markDays(span: TimelineEvent['span']): { first: number; end: number } {
	return { first: span.first, end: Math.max(span.last, span.first) + 1 };
}

/**
 * The days the timeline draws: every event's known days, with a margin wide enough for an open
 * side's arrow at the narrowest drawing ({@link NARROWEST_EM}). A chronology without events draws
 * the margin around day 0, so that an empty strip still has a width.
 */
export function timelineDomain(events: readonly TimelineEvent[]): DayRange {
	let first = events.length === 0 ? 0 : Infinity;
	let last = events.length === 0 ? 0 : -Infinity;
	for (const { span } of events) {
		const mark = markDays(span);
		first = Math.min(first, mark.first);
		last = Math.max(last, mark.end - 1);
	}
	const known = last - first + 1;
	// The pad p must hold the arrow: p / (known + 2p) of the narrowest width is at least the arrow.
	const share = OPEN_ARROW_EM / NARROWEST_EM;
	const pad = Math.min(
		MAX_PAD_DAYS,
		Math.max(TIMELINE_PAD_DAYS, Math.ceil((known * share) / (1 - 2 * share))),
	);
	return { first: first - pad, last: last + pad };
}

/** A coordinate to three decimals: precise enough for any screen, short in the page's markup. */
export function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
