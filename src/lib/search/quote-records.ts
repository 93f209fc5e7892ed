/** What the quote records are made from: the events of `chronology.json`, as the site exports them. */
export interface ExportedEvents {
	events: readonly {
		title: string;
		citations: readonly { publisher: string; published: string; quote: string; url: string }[];
	}[];
}

/** A cited quote as a search record of its own (Pagefind's custom record). */
export interface QuoteRecord {
	/** The quote's mark on its source's page, under the site's root, without the base: `/sources/x/#q-…`. */
	url: string;
	content: string;
	language: string;
	meta: { title: string; kind: 'Quote'; event: string };
}

const TITLE_WORDS = 12;

/**
 * One search record per cited quote (each once, however many events cite it), so a search for its
 * words lands on the quote itself, not only on its source's page. Read from `chronology.json`, the
 * site's own export, so search and exports share one model. `base` is the site's base path: the
 * records' URLs leave it out, as Pagefind's page URLs do, and the search adds it (`baseUrl`).
 */
export function quoteRecords(exported: ExportedEvents, base: string): QuoteRecord[] {
	const records = new Map<string, QuoteRecord>();
	for (const event of exported.events) {
		for (const citation of event.citations) {
			const link = new URL(citation.url);
			const path = link.pathname.startsWith(base)
				? `/${link.pathname.slice(base.length)}`
				: link.pathname;
			const url = `${path}${link.hash}`;
			if (records.has(url)) continue;
			const words = citation.quote.split(/\s+/);
			const short =
				words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')}…` : citation.quote;
			records.set(url, {
				url,
				content: citation.quote,
				language: 'en',
				meta: { title: `${citation.publisher}: “${short}”`, kind: 'Quote', event: event.title },
			});
		}
	}
	return [...records.values()];
}
