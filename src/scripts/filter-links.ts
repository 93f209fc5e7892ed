/**
 * Loads the chronology's filter (filter.ts) only when it is needed: the page opens filtered
 * (`?actor=…`), or the reader picks a name in an event, whose link then filters in place instead
 * of opening the name's page. Until then the page carries these few bytes of script.
 */
const FILTERED = /[?&](?:actor|place|tag|outlet)=/;

function watch(status: HTMLElement): void {
	const load = () => import('./filter.ts');
	if (FILTERED.test(location.search)) {
		void load().then(({ startFilter }) => startFilter(status));
		return;
	}
	const onClick = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest('.month a[data-facet]');
		if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		document.removeEventListener('click', onClick);
		void load().then(({ pickedName, startFilter }) => startFilter(status, pickedName(link)));
	};
	document.addEventListener('click', onClick);
}

const statusLine = document.querySelector<HTMLElement>('[data-filter-status]');
if (statusLine) watch(statusLine);
