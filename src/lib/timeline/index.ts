import type { TimelineEvent } from './domain.ts';
import {
	keepDataInline,
	serializeTimelineData,
	toTimelineData,
	type TimelineData,
} from './island-data.ts';
import { timelineView, type TimelineView, type TimelineViewOptions } from './view.ts';

export type { TimelineEvent } from './domain.ts';
export type { TimelineData } from './island-data.ts';
export type { TimelineView, TimelineViewOptions, ViewMark } from './view.ts';
export { timelineView } from './view.ts';

/** The timeline of one chronology: the strip's view and the island's items, made once per build. */
export interface TimelineModel {
	view: TimelineView;
	/** vis-timeline's items, for the island. */
	data: TimelineData;
	/** `data` as JSON safe inside a `<script>` element, for the page and for `timeline.json` alike. */
	json: string;
	/** Whether `json` goes into the page itself (a small chronology) rather than only `timeline.json`. */
	inline: boolean;
}

/**
 * The strip and the island from one ordered list of events: the same events in the same order and
 * on the same days, so that switching from one to the other loses nothing.
 */
export function buildTimeline(
	events: readonly TimelineEvent[],
	options?: TimelineViewOptions,
): TimelineModel {
	const view = timelineView(events, options);
	const data = toTimelineData(events, view);
	const json = serializeTimelineData(data);
	return { view, data, json, inline: keepDataInline(json) };
}
