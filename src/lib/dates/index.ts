/**
 * Dates in one home: calendar dates and day numbers, EDTF event dates, their spans and how they
 * are drawn, and every date formatter of the site (labels, social posts, axis). Calendar dates,
 * never instants: every function here gives the same day in Honolulu and in Seoul.
 */
export { monthLabel, axisLabel } from './axis-label.ts';
export {
	firstDay,
	lastDay,
	localCalendarDay,
	parseCalendarDate,
	toIsoString,
	type CalendarDate,
	type Precision,
} from './calendar-date.ts';
export {
	dayNumberToIso,
	dayToUtcMs,
	fromDayNumber,
	lastDayNumber,
	MS_PER_DAY,
	toDayNumber,
} from './day-number.ts';
export { describeEventDate } from './describe-event-date.ts';
export { type EventDisplay } from './display.ts';
export { parseEventDate, toEdtf, type EventDate } from './event-date.ts';
export { eventSpan, type EventSpan } from './event-span.ts';
export {
	eventDateParts,
	formatCalendarDate,
	formatDayRange,
	formatEventDate,
	formatPostDate,
	POST_LOCALE,
	type DatePart,
} from './format-date.ts';
export { dateFormatter, monthNames } from './formatters.ts';
