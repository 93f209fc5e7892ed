import { toIsoString, type CalendarDate, type Precision } from './calendar-date.ts';
import { fromDayNumber } from './day-number.ts';
import type { EventDate } from './event-date.ts';
import { dateFormatter, toUtcDate } from './formatters.ts';

/** A piece of a date label; a dated piece is rendered as `<time datetime>`. */
export interface DatePart {
	text: string;
	/** ISO 8601 at the piece's own precision (`2023-09`, never an invented day). */
	datetime?: string;
}

/** Intl options that show exactly the fields a precision has. */
const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	year: { year: 'numeric' },
};

/** The same fields less the year, for the start of a period that ends in the same year. */
const FIELDS_WITHOUT_YEAR: Record<Precision, Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long' },
	month: { month: 'long' },
	year: { year: 'numeric' },
};

/**
 * What Intl puts between the two ends of a range in this locale (an en dash between thin spaces in
 * en-GB), asked of Intl once so that ranges Intl cannot format itself (mixed precisions) match.
 */
let rangeSeparator: string | undefined;
function getRangeSeparator(): string {
	rangeSeparator ??= dateFormatter(FIELDS.year)
		.formatRangeToParts(
			toUtcDate({ year: 2000, precision: 'year' }),
			toUtcDate({ year: 2001, precision: 'year' }),
		)
		.filter((part) => part.source === 'shared')
		.map((part) => part.value)
		.join('');
	return rangeSeparator;
}

/** The locale of the social-media posts the sources quote: "October 13, 2023". */
export const POST_LOCALE = 'en-US';

/**
 * A social-media post's date the way the post itself printed it ("October 13, 2023"), so the
 * rendered post reads exactly as received.
 */
export function formatPostDate(date: CalendarDate): string {
	return dateFormatter(FIELDS[date.precision], POST_LOCALE).format(toUtcDate(date));
}

/** A calendar date at its own precision: "13 October 2023", "September 2023", "2023". */
export function formatCalendarDate(date: CalendarDate): string {
	return dateFormatter(FIELDS[date.precision]).format(toUtcDate(date));
}

/** The two ends of a period as separate texts, sharing what Intl shares ("7 September", "1 October 2023"). */
interface RangeTexts {
	start: string;
	separator: string;
	end: string;
}

function rangeTexts(start: CalendarDate, end: CalendarDate): RangeTexts {
	if (start.precision !== end.precision) {
		// Intl ranges only dates of one precision; keep each end at its own and drop a repeated year.
		const sameYear = start.year === end.year && start.precision !== 'year';
		const startText = dateFormatter(
			sameYear ? FIELDS_WITHOUT_YEAR[start.precision] : FIELDS[start.precision],
		).format(toUtcDate(start));
		return { start: startText, separator: getRangeSeparator(), end: formatCalendarDate(end) };
	}
	const parts = dateFormatter(FIELDS[start.precision]).formatRangeToParts(
		toUtcDate(start),
		toUtcDate(end),
	);
	const lastStart = parts.findLastIndex((part) => part.source === 'startRange');
	const firstEnd = parts.findIndex((part) => part.source === 'endRange');
	if (lastStart === -1 || firstEnd === -1) {
		// Equal at this precision, so Intl wrote one date; the parser refuses such periods anyway.
		const text = formatCalendarDate(start);
		return { start: text, separator: getRangeSeparator(), end: text };
	}
	const join = (from: number, to: number) =>
		parts
			.slice(from, to)
			.map((part) => part.value)
			.join('');
	return {
		start: join(0, lastStart + 1),
		separator: join(lastStart + 1, firstEnd),
		end: join(firstEnd, parts.length),
	};
}

/**
 * The label of an event date, split so that each dated piece can be a `<time datetime>` whose
 * value has that piece's own precision. Joined, the texts are {@link formatEventDate}'s label.
 */
export function eventDateParts(date: EventDate): DatePart[] {
	switch (date.kind) {
		case 'point':
			return [{ text: formatCalendarDate(date.date), datetime: toIsoString(date.date) }];
		case 'interval': {
			const { start, separator, end } = rangeTexts(date.start, date.end);
			return [
				{ text: start, datetime: toIsoString(date.start) },
				{ text: separator },
				{ text: end, datetime: toIsoString(date.end) },
			];
		}
		case 'uncertain': {
			const { earliest, latest } = date;
			if (earliest && latest) {
				const { start, end } = rangeTexts(earliest, latest);
				return [
					{ text: 'Between ' },
					{ text: start, datetime: toIsoString(earliest) },
					{ text: ' and ' },
					{ text: end, datetime: toIsoString(latest) },
				];
			}
			if (latest)
				return [
					{ text: 'On or before ' },
					{ text: formatCalendarDate(latest), datetime: toIsoString(latest) },
				];
			if (earliest)
				return [
					{ text: 'On or after ' },
					{ text: formatCalendarDate(earliest), datetime: toIsoString(earliest) },
				];
			throw new Error(
				'An uncertain event date needs at least one bound; parseEventDate never returns one without.',
			);
		}
	}
}

/**
 * An event date as a reader should see it, never more precise than its sources:
 * "13 October 2023", "September 2023", "7 September – 1 October 2023", "On or before 13 October 2023",
 * "On or after September 2023", "Between September and 12 October 2023".
 */
export function formatEventDate(date: EventDate): string {
	return eventDateParts(date)
		.map((part) => part.text)
		.join('');
}

/** "3 January 2000" or "3–9 January 2000": the days from day number `first` to `last`, as the site writes dates. */
export function formatDayRange(first: number, last: number): string {
	return first === last
		? formatEventDate({ kind: 'point', date: fromDayNumber(first) })
		: formatEventDate({ kind: 'interval', start: fromDayNumber(first), end: fromDayNumber(last) });
}
