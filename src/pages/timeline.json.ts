import type { APIRoute } from 'astro';
import { getTimeline } from '../data/timeline.ts';

/**
 * The interactive timeline's items, the very text the pages carry inline when it is short: fetched
 * by the island when the page has too many events to carry them (see keepDataInline).
 */
export const GET: APIRoute = async () => {
	const { json } = await getTimeline();
	return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
