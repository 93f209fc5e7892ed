import { lastDayNumber, toDayNumber } from './day-number.ts';
import type { EventDate } from './event-date.ts';

/**
 * The days an event may cover, as day numbers (days since 1970-01-01, UTC arithmetic).
 * An open side (`openStart` for "on or before", `openEnd` for "on or after") has no bound in the
 * sources; its number is then the known bound's own first or last day, so that the span still
 * marks where the event sits and the timeline can fade it out on the open side.
 */
export interface EventSpan {
	first: number;
	last: number;
	openStart: boolean;
	openEnd: boolean;
}

/** The first and last days an event with this date may have happened on. */
export function eventSpan(date: EventDate): EventSpan {
	switch (date.kind) {
		case 'point':
			return {
				first: toDayNumber(date.date),
				last: lastDayNumber(date.date),
				openStart: false,
				openEnd: false,
			};
		case 'interval':
			return {
				first: toDayNumber(date.start),
				last: lastDayNumber(date.end),
				openStart: false,
				openEnd: false,
			};
		case 'uncertain': {
			const { earliest, latest } = date;
			// The parser guarantees at least one bound; the known bound stands in for the missing one.
			const lower = earliest ?? latest!;
			const upper = latest ?? earliest!;
			return {
				first: toDayNumber(lower),
				last: lastDayNumber(upper),
				openStart: !earliest,
				openEnd: !latest,
			};
		}
	}
}
