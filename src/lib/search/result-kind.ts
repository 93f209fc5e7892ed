/** What a search result is, by its address: an event's page, a source's page, or a quote's mark. */
export type ResultKind = 'Event' | 'Source' | 'Quote';

/** The kind of the result at `url` (a path under `base`, as Pagefind gives it). */
export function resultKind(url: string, base: string): ResultKind | undefined {
	const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\/+/, '');
	if (path.startsWith('events/')) return 'Event';
	if (path.startsWith('sources/')) return path.includes('#') ? 'Quote' : 'Source';
	return undefined;
}
