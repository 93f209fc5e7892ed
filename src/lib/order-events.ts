import type { EventSpan } from './dates/index.ts';

/** What {@link compareEvents} needs to know of an event. */
export interface Orderable {
	slug: string;
	span: EventSpan;
}

/**
 * The chronology's order, the same in the list, the timeline, prev/next links and the exports:
 *
 * 1. by the **last** day the event can have happened — the end of its period: 30 September for
 *    "September 2023", 1 October for "7 September – 1 October 2023", 13 October for "on or before
 *    13 October 2023"; an event with no latest bound ("on or after") comes after every bounded one;
 * 2. then by the **first** day it can have happened, an open start ("on or before") first, so a
 *    longer or vaguer period comes before a shorter one that ends the same day;
 * 3. then by slug, so the order never depends on file order.
 *
 * So a month-only event ("September 2023") comes after a day range inside that month that ends
 * before the month does (10–20 September), and before a range that runs on into October: a reader
 * meets an event once everything it may describe can have happened.
 */
export function compareEvents(a: Orderable, b: Orderable): number {
	return (
		compareNumbers(
			a.span.openEnd ? Infinity : a.span.last,
			b.span.openEnd ? Infinity : b.span.last,
		) ||
		compareNumbers(
			a.span.openStart ? -Infinity : a.span.first,
			b.span.openStart ? -Infinity : b.span.first,
		) ||
		(a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
	);
}

function compareNumbers(a: number, b: number): number {
	return a === b ? 0 : a < b ? -1 : 1;
}

/** A sorted copy of `events` in the chronology's order ({@link compareEvents}). */
export function orderEvents<T extends Orderable>(events: readonly T[]): T[] {
	return [...events].sort(compareEvents);
}
