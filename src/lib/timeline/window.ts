import { MS_PER_DAY as DAY_MS } from '../dates/day-number.ts';
import type { TimelineData, TimelineItem } from './island-data.ts';

/**
 * The longest stretch vis-timeline is first drawn over. It draws only the items inside its window,
 * so a window of months rather than the whole extent keeps 10,000 events as quick as a hundred
 * (measured: 500 events over two years drawn at once are one task of 5 s on a phone-sized window).
 */
export const INITIAL_WINDOW_MS = 120 * DAY_MS;

/** The fewest pixels a day gets in the first window, so that a phone does not start on a blur of months. */
export const MIN_DAY_PX = 8;

/** The closest vis-timeline may zoom: days, never hours or milliseconds of a calendar date. */
export const ZOOM_MIN_MS = 10 * DAY_MS;

/** The instant an item is centred on: a point's own, a period's middle. */
export function itemCentre(item: Pick<TimelineItem, 'start' | 'end'>): number {
	return item.end === undefined ? item.start : (item.start + item.end) / 2;
}

/** The drawing's size: its width, and the widest label an item draws to the right of where it starts. */
export interface WindowSize {
	widthPx: number;
	labelPx: number;
}

/** Where vis-timeline opens, and how far right it may go. */
export interface TimelineWindow {
	start: number;
	end: number;
	/** `data.max`, moved right if needed so that the latest item's label is not cut off at the edge. */
	max: number;
}

/**
 * The window vis-timeline opens on: a fitted timeline's whole domain, as the strip draws it; else the whole chronology when it fits (at {@link MIN_DAY_PX} a day,
 * at most {@link INITIAL_WINDOW_MS}); otherwise a window of that length centred on `focus` (the event
 * the URL names) or ending with the chronology's latest events. Labels run rightwards from where
 * items start, so the right edge leaves room for the last one.
 */
export function initialWindow(
	data: TimelineData,
	size: WindowSize,
	focus?: string,
): TimelineWindow {
	// A fitted timeline opens on the strip's own picture: the whole domain, on the same scale.
	if (data.fit) return { start: data.min, end: data.max, max: data.max };
	const windowMs = Math.min(
		INITIAL_WINDOW_MS,
		Math.max(ZOOM_MIN_MS, (size.widthPx / MIN_DAY_PX) * DAY_MS),
	);
	const share = Math.min(Math.max(size.labelPx / size.widthPx, 0), 0.6);
	let lastStart = data.min;
	for (const item of data.items) lastStart = Math.max(lastStart, item.start);
	// The latest label starts at lastStart and takes `share` of the window: the window must end after it.
	const whole = Math.max(data.max, (lastStart - share * data.min) / (1 - share));
	if (whole - data.min <= windowMs) return { start: data.min, end: whole, max: whole };
	const max = Math.max(data.max, lastStart + share * windowMs);
	const target = focus === undefined ? undefined : data.items.find((item) => item.id === focus);
	const start = target ? itemCentre(target) - windowMs / 2 : max - windowMs;
	const clamped = Math.min(Math.max(start, data.min), max - windowMs);
	return { start: clamped, end: clamped + windowMs, max };
}
