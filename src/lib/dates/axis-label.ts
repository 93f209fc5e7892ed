import { dateFormatter } from './formatters.ts';

const DAY = dateFormatter({ day: 'numeric' });
const DAY_MONTH = dateFormatter({ day: 'numeric', month: 'short' });
const MONTH_YEAR = dateFormatter({ month: 'short', year: 'numeric' });
const MONTH = dateFormatter({ month: 'short' });
const YEAR = dateFormatter({ year: 'numeric' });

/**
 * The labels of vis-timeline's axis, one row like the strip's: read in UTC so that a day is the
 * same day in every time zone, in the site's locale, each carrying the context it needs ("1 Oct"
 * where a month starts; months as "Sept", a January as its year: vis-timeline spaces its labels for
 * three or four characters, so "Sept 2023" on every month would overlap the next on a phone).
 * `scale` is vis-timeline's name for the step
 * between labels; steps finer than a day get no label, since a time of day would be invented.
 */
export function axisLabel(time: number, scale: string): string {
	switch (scale) {
		case 'weekday':
		case 'day':
		case 'week':
			return new Date(time).getUTCDate() === 1 ? DAY_MONTH.format(time) : DAY.format(time);
		case 'month':
			return new Date(time).getUTCMonth() === 0 ? YEAR.format(time) : MONTH.format(time);
		case 'year':
			return YEAR.format(time);
		default:
			return '';
	}
}

/** A month on the strip's axis, as vis-timeline's axis labels it ("Sept 2023"): `time` is its first instant, UTC. */
export function monthLabel(time: number): string {
	return MONTH_YEAR.format(time);
}
