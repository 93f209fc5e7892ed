import {
	firstDay,
	lastDay,
	toEdtf,
	toIsoString,
	type CalendarDate,
	type EventDate,
} from '../dates/index.ts';

/**
 * The event's `temporalCoverage` (schema.org): ISO 8601 at the sources' precision, an interval
 * for a period (`2023-09-07/2023-10-01`), and for one day the sources do not give, the interval
 * of days it lies in, `..` on a side they leave open (`../2023-10-13`, ISO 8601-2).
 */
export function temporalCoverage(date: EventDate): string {
	// A day, a month, a year or a period is written as in the frontmatter, which is ISO 8601 already.
	if (date.kind !== 'uncertain') return toEdtf(date);
	return `${date.earliest ? toIsoString(date.earliest) : '..'}/${date.latest ? toIsoString(date.latest) : '..'}`;
}

/** `2023/10/13`, `2023/09` or `2023`: a Highwire date at the date's own precision. */
function highwire(date: CalendarDate): string {
	return toIsoString(date).replaceAll('-', '/');
}

/**
 * The event's date for Highwire `citation_date` tags, which hold one date, not a period: a single
 * date at its precision, and for a period or an undated day the month or year that holds all of
 * it (`2023` for 7 September – 1 October 2023), never more precise than the sources. `undefined`
 * when no month or year holds it (a side left open, or a period across years).
 */
export function highwireDate(date: EventDate): string | undefined {
	if (date.kind === 'point') return highwire(date.date);
	const [start, end] =
		date.kind === 'interval' ? [date.start, date.end] : [date.earliest, date.latest];
	if (!start || !end) return undefined;
	const [first, last] = [firstDay(start), lastDay(end)];
	if (first.year !== last.year) return undefined;
	if (first.month !== undefined && first.month === last.month)
		return highwire({ year: first.year, month: first.month, precision: 'month' });
	return highwire({ year: first.year, precision: 'year' });
}
