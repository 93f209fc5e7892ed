import { facetOfPath, type FilterCondition } from '../lib/filter-query.ts';

/**
 * The name a plain click picks: a left click without a modifier (which keeps its usual meaning: a
 * new tab, a download) on a Who, Where or Topics link in the chronology's list. Read by the few
 * bytes that wait for the first pick (filter-links.ts) and by the filter itself (filter.ts).
 */
export function pickedName(event: MouseEvent, base: string): FilterCondition | undefined {
	if (event.defaultPrevented || event.button !== 0) return undefined;
	if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
	const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('.month a[href]');
	return link ? facetOfPath(link.pathname, base) : undefined;
}
