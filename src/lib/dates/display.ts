import type { EventDate } from './event-date.ts';

/**
 * How a date is drawn. 'point': one known day; 'range': a known interval of days; 'imprecise':
 * month or year only, or an uncertain "on or before"/"between" — never drawn as a false exact day.
 */
export type EventDisplay = 'point' | 'range' | 'imprecise';

/** How the timeline should draw an event with this date: only a known day or days are drawn sharp. */
export function displayOf(date: EventDate): EventDisplay {
	if (date.kind === 'point') return date.date.precision === 'day' ? 'point' : 'imprecise';
	if (date.kind === 'interval')
		return date.start.precision === 'day' && date.end.precision === 'day' ? 'range' : 'imprecise';
	return 'imprecise';
}
