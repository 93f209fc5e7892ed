import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { toTimelineData } from '../lib/timeline-items.ts';

/**
 * The interactive timeline's items, from the same chronology model as the strip: fetched by the
 * island when the page has too many events to carry them inline (see keepDataInline).
 */
export const GET: APIRoute = async () => {
	const { events, extent } = await getChronology();
	return new Response(JSON.stringify(toTimelineData(events, extent)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
