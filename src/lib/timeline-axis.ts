import { DATE_LOCALE } from '../consts.ts';

const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(DATE_LOCALE, { ...options, timeZone: 'UTC' });
const DAY = utc({ day: 'numeric' });
const DAY_MONTH = utc({ day: 'numeric', month: 'short' });
const MONTH_YEAR = utc({ month: 'short', year: 'numeric' });
const YEAR = utc({ year: 'numeric' });

/**
 * The labels of vis-timeline's axis, one row like the strip's: read in UTC so that a day is the
 * same day in every time zone, in the site's locale, each carrying the context it needs ("1 Oct"
 * where a month starts, "Sept 2023" for months). `scale` is vis-timeline's name for the step
 * between labels; steps finer than a day get no label, since a time of day would be invented.
 */
export function axisLabel(time: number, scale: string): string {
	switch (scale) {
		case 'weekday':
		case 'day':
		case 'week':
			return new Date(time).getUTCDate() === 1 ? DAY_MONTH.format(time) : DAY.format(time);
		case 'month':
			return MONTH_YEAR.format(time);
		case 'year':
			return YEAR.format(time);
		default:
			return '';
	}
}
