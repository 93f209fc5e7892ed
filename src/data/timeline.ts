import { buildTimeline, type TimelineModel } from '../lib/timeline/index.ts';
import { getChronology } from './chronology.ts';
import type { Chronology } from '../lib/chronology.ts';

/** Timelines made so far, by the chronology they draw: one per build, a fresh one per edit in `astro dev`. */
const built = new WeakMap<Chronology, TimelineModel>();

/**
 * The timeline of the chronology: the strip's view and the island's items, built once per build and
 * shared by every page that shows the timeline and by `timeline.json`. It follows getChronology(),
 * which in `astro dev` gives a new chronology on each call, so edits show there too.
 */
export async function getTimeline(): Promise<TimelineModel> {
	const chronology = await getChronology();
	let timeline = built.get(chronology);
	if (!timeline) built.set(chronology, (timeline = buildTimeline(chronology.events)));
	return timeline;
}
