/** How much of a calendar date the sources support. */
export type Precision = 'year' | 'month' | 'day';

/**
 * A calendar date, not an instant: the same day for a reader in Honolulu and one in Seoul.
 * `month` and `day` are present exactly when the precision includes them.
 */
export interface CalendarDate {
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in `month` (1–12) of `year`, by the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, refusing anything else, including dates that do not
 * exist (`2024-13-45`, `2023-02-29`): nothing is rolled over into another day.
 * @returns the date, or a sentence saying what is wrong with it.
 */
export function parseCalendarDate(text: string): CalendarDate | { error: string } {
	const match = DATE_PATTERN.exec(text);
	if (!match) return { error: `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
	const [, y, m, d] = match;
	const year = Number(y);
	if (m === undefined) return { year, precision: 'year' };
	const month = Number(m);
	if (month < 1 || month > 12)
		return { error: `"${text}" has no month ${m}: months run from 01 to 12` };
	if (d === undefined) return { year, month, precision: 'month' };
	const day = Number(d);
	const last = daysInMonth(year, month);
	if (day < 1 || day > last)
		return { error: `"${text}" has no day ${d}: that month has ${last} days` };
	return { year, month, day, precision: 'day' };
}

/** The date as ISO 8601 text at its own precision (`2023`, `2023-09`, `2023-10-13`), as `<time datetime>` wants it. */
export function toIsoString(date: CalendarDate): string {
	const parts = [String(date.year).padStart(4, '0')];
	if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
	if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
	return parts.join('-');
}

/** The first day the date covers (1 September for "September 2023"), as a day-precision date. */
export function firstDay(date: CalendarDate): CalendarDate {
	return { year: date.year, month: date.month ?? 1, day: date.day ?? 1, precision: 'day' };
}

/** The last day the date covers (30 September for "September 2023"), as a day-precision date. */
export function lastDay(date: CalendarDate): CalendarDate {
	const month = date.month ?? 12;
	return {
		year: date.year,
		month,
		day: date.day ?? daysInMonth(date.year, month),
		precision: 'day',
	};
}

/**
 * The calendar day an instant falls on where the command runs (its local time zone): the day an
 * editor ingested a correction or saved a file, as they would write it themselves.
 */
export function localCalendarDay(instant: Date): CalendarDate {
	return {
		year: instant.getFullYear(),
		month: instant.getMonth() + 1,
		day: instant.getDate(),
		precision: 'day',
	};
}
