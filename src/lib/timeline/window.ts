import { MS_PER_DAY as DAY_MS } from '../dates/day-number.ts';
import type { TimelineData, TimelineItem } from './island-data.ts';

/** The closest vis-timeline may zoom: days, never hours or milliseconds of a calendar date. */
export const ZOOM_MIN_MS = 10 * DAY_MS;

/** The instant an item is centred on: a point's own, a period's middle. */
export function itemCentre(item: Pick<TimelineItem, 'start' | 'end'>): number {
	return item.end === undefined ? item.start : (item.start + item.end) / 2;
}

/** Where vis-timeline opens, and how far right it may go. */
export interface TimelineWindow {
	start: number;
	end: number;
	max: number;
}

/**
 * The window vis-timeline opens on: the strip's or the overview's own span, the whole domain, so
 * that the island starts from the picture the reader asked to explore and zooms in from there.
 * Labels never run out of it: the island keeps them inside its frame.
 */
export function initialWindow(data: TimelineData): TimelineWindow {
	return { start: data.min, end: data.max, max: data.max };
}
