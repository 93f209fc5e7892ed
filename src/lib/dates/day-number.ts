import { firstDay, lastDay, toIsoString, type CalendarDate } from './calendar-date.ts';

/** Milliseconds in a calendar day: day numbers are counted in UTC, which has no daylight saving. */
export const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of the first day the date covers: a number to sort and measure with,
 * computed with UTC arithmetic so it never depends on the machine's time zone.
 */
export function toDayNumber(date: CalendarDate): number {
	const { year, month, day } = firstDay(date);
	return Date.UTC(year, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}

/** Day number of the last day `date` covers (30 September for "September 2023"). */
export function lastDayNumber(date: CalendarDate): number {
	return toDayNumber(lastDay(date));
}

/** The day-precision calendar date of a day number: the inverse of {@link toDayNumber} for days. */
export function fromDayNumber(dayNumber: number): CalendarDate {
	const date = new Date(dayToUtcMs(dayNumber));
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		precision: 'day',
	};
}

/** A day number as an ISO day, "2023-10-13". */
export function dayNumberToIso(dayNumber: number): string {
	return toIsoString(fromDayNumber(dayNumber));
}

/** The first instant (UTC) of a day number, for vis-timeline and UTC formatters. */
export function dayToUtcMs(dayNumber: number): number {
	return dayNumber * MS_PER_DAY;
}
