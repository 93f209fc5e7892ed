import { dateFormatter } from './dates/index.ts';

/** A month of the chronology and its events, in the chronology's order. */
export interface MonthSection<Event> {
	/** `YYYY-MM`: the section heading's id, so `/#2023-09` lands on it. */
	month: string;
	/** "September 2023". */
	label: string;
	/** "Sept": the month in the index, where the year heads its row. */
	shortLabel: string;
	year: string;
	events: Event[];
}

/** A year of the month index: its months that have events, in order. */
export interface IndexYear<Event> {
	year: string;
	/** How many events its months list. */
	count: number;
	months: MonthSection<Event>[];
	/** Its twelve months, January first: a month's section, or the short name of a month without events. */
	calendar: (MonthSection<Event> | { shortLabel: string })[];
}

const LONG = dateFormatter({ month: 'long', year: 'numeric' });
const SHORT = dateFormatter({ month: 'short' });
const SHORT_NAMES = Array.from({ length: 12 }, (_, index) =>
	SHORT.format(Date.UTC(2000, index, 1)),
);

/**
 * The chronology's month sections: one per month that has events (`event.month`), in calendar
 * order, each listing its events in the chronology's order. Every bounded event's month is the
 * month of its last possible day, the day the order sorts it by, so the sections read in the same
 * order as the list; an event with no latest bound ("on or after 25 January"), which the order puts
 * after every other, is listed at the end of the month it may first have happened in.
 */
export function groupByMonth<Event extends { month: string }>(
	events: readonly Event[],
): MonthSection<Event>[] {
	const byMonth = new Map<string, Event[]>();
	for (const event of events) {
		const listed = byMonth.get(event.month);
		if (listed) listed.push(event);
		else byMonth.set(event.month, [event]);
	}
	return [...byMonth]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([month, listed]) => {
			const [year, number] = month.split('-').map(Number) as [number, number];
			const first = Date.UTC(year, number - 1, 1);
			return {
				month,
				label: LONG.format(first),
				shortLabel: SHORT.format(first),
				year: String(year),
				events: listed,
			};
		});
}

/** The month sections by year, each year also as a calendar, for the index at the top of the chronology. */
export function monthIndex<Event>(sections: readonly MonthSection<Event>[]): IndexYear<Event>[] {
	const years: IndexYear<Event>[] = [];
	for (const section of sections) {
		let year = years.at(-1);
		if (year?.year !== section.year) {
			year = {
				year: section.year,
				count: 0,
				months: [],
				calendar: SHORT_NAMES.map((shortLabel) => ({ shortLabel })),
			};
			years.push(year);
		}
		year.months.push(section);
		year.count += section.events.length;
		year.calendar[Number(section.month.slice(5)) - 1] = section;
	}
	return years;
}
