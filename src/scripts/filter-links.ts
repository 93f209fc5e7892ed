/**
 * Loads the chronology's filter (filter.ts) only when it is needed: the page opens filtered
 * (`?actor=…`), or the reader picks a name in an event, whose link then filters in place instead
 * of opening the name's page. Until then the page carries these few bytes of script.
 */
import { parseFilter } from '../lib/filter-query.ts';
import { pickedName } from './picked-name.ts';

function watch(status: HTMLElement): void {
	const base = status.dataset.base ?? '/';
	const load = () => import('./filter.ts');
	if (parseFilter(location.search).length > 0) {
		void load().then(({ startFilter }) => startFilter(status));
		return;
	}
	const onClick = (event: MouseEvent) => {
		const picked = pickedName(event, base);
		if (!picked) return;
		event.preventDefault();
		document.removeEventListener('click', onClick);
		void load().then(({ startFilter }) => startFilter(status, picked));
	};
	document.addEventListener('click', onClick);
}

const statusLine = document.querySelector<HTMLElement>('[data-filter-status]');
if (statusLine) watch(statusLine);
