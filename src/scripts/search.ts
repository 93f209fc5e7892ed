/**
 * The search box: Pagefind's index (built after the site, under the base) queried through its
 * JavaScript API, with results listed under the box. This module, Pagefind's script and its
 * WebAssembly load when the reader first focuses the box (search-box.ts), never with the page. On
 * the search page (`/search/?q=…`) the query comes from the address, and typing keeps the address
 * current so a search can be shared.
 */
import { resultKind } from '../lib/search/result-kind.ts';

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
	options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
	debouncedSearch(
		term: string,
		options?: object,
		debounceMs?: number,
	): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at once, and added by "More results". */
const PAGE = 10;

/** Pagefind's excerpt as nodes: text, with its `<mark>`s of the words found, and nothing else. */
function excerptNodes(excerpt: string): Node[] {
	const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
	return [...parsed.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

/** Makes a search box search: from now on, and at once for what it holds already. */
export function enhance(form: HTMLFormElement): void {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]');
	const status = form.querySelector<HTMLElement>('[data-search-status]');
	const list = form.querySelector<HTMLOListElement>('[data-search-results]');
	const more = form.querySelector<HTMLButtonElement>('[data-search-more]');
	const base = form.dataset.base ?? '/';
	const bundle = form.dataset.pagefind;
	if (!input || !status || !list || !more || !bundle) return;
	const onSearchPage = form.hasAttribute('data-search-page');
	let pagefind: Promise<Pagefind> | undefined;
	let pending: PagefindResult[] = [];

	const load = () =>
		(pagefind ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (loaded) => {
			await loaded.options({ baseUrl: base, excerptLength: 24 });
			return loaded;
		}));

	async function show(results: PagefindResult[]): Promise<void> {
		const data = await Promise.all(results.map((result) => result.data()));
		for (const { url, excerpt, meta } of data) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = url;
			link.textContent = meta.title ?? url;
			const kind = resultKind(url, base);
			if (kind) {
				const label = document.createElement('span');
				label.className = 'search-kind';
				label.textContent = `${kind}: `;
				item.append(label);
			}
			const text = document.createElement('p');
			text.append(...excerptNodes(excerpt));
			item.append(link, text);
			if (meta.event) {
				const cited = document.createElement('p');
				cited.className = 'search-cited';
				cited.textContent = `Cited for: ${meta.event}`;
				item.append(cited);
			}
			list!.append(item);
		}
	}

	async function search(): Promise<void> {
		const term = input!.value.trim();
		if (onSearchPage)
			history.replaceState(null, '', term ? `?q=${encodeURIComponent(term)}` : location.pathname);
		if (term === '') {
			list!.replaceChildren();
			status!.textContent = '';
			more!.hidden = true;
			return;
		}
		let found: { results: PagefindResult[] } | null;
		try {
			found = await (await load()).debouncedSearch(term, {}, 250);
		} catch {
			status!.textContent = 'Search could not load. Reload the page to try again.';
			return;
		}
		// A later keystroke superseded this search.
		if (!found) return;
		const { results } = found;
		list!.replaceChildren();
		pending = results.slice(PAGE);
		await show(results.slice(0, PAGE));
		more!.hidden = pending.length === 0;
		status!.textContent =
			results.length === 0
				? `Nothing found for “${term}”.`
				: `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${term}”.`;
	}

	input.addEventListener('input', () => void search());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search();
	});
	more.addEventListener('click', () => {
		const next = pending.slice(0, PAGE);
		pending = pending.slice(PAGE);
		more.hidden = pending.length === 0;
		void show(next);
	});
	const asked = onSearchPage ? new URLSearchParams(location.search).get('q') : null;
	if (asked) input.value = asked;
	void load().catch(() => {});
	// Words typed while this module loaded.
	if (input.value.trim() !== '') void search();
}
