/**
 * Loads the search (search.ts, then Pagefind) when the reader first reaches for a search box,
 * so that a page with one carries a few bytes of script until then. The search page loads it at once.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
	const start = () => void import('./search.ts').then(({ enhance }) => enhance(form));
	if (form.hasAttribute('data-search-page')) start();
	else form.addEventListener('focusin', start, { once: true });
}
