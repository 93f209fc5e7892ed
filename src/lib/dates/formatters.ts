import { DATE_LOCALE } from '../../consts.ts';
import type { CalendarDate } from './calendar-date.ts';

/** Formatters made so far, by locale and options: making one costs far more than using it, and a build formats thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one place the site makes an `Intl.DateTimeFormat`, cached per option set. It always reads a
 * date's fields in UTC: dates are built with `Date.UTC` (see {@link toUtcDate}), so the reader's or
 * the build machine's time zone can never move them to a neighbouring day.
 */
export function dateFormatter(
	options: Intl.DateTimeFormatOptions,
	locale: string = DATE_LOCALE,
): Intl.DateTimeFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let made = formatters.get(key);
	if (!made)
		formatters.set(key, (made = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
	return made;
}

/** The first instant of the date's first day, in UTC: only ever given to a UTC formatter. */
export function toUtcDate(date: CalendarDate): Date {
	return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The twelve month names in `locale` ("January" … "December" in en-US), January first. */
export function monthNames(
	locale: string,
	month: Intl.DateTimeFormatOptions['month'] = 'long',
): string[] {
	const format = dateFormatter({ month }, locale);
	return Array.from({ length: 12 }, (_, index) => format.format(Date.UTC(2000, index, 1)));
}
