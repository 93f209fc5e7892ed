/**
 * Opens an event's disclosure when the page is reached at the event (`/#<slug>`), whether by a link,
 * the address bar or the timeline (which replaces the hash). A fragment inside a closed `<details>`
 * (a citation), or a quote found with find-in-page, is revealed by the browser itself, with or
 * without JavaScript.
 */
function openTarget(): void {
	const id = decodeURIComponent(location.hash.slice(1));
	const target = id ? document.getElementById(id) : null;
	const disclosure = target?.querySelector<HTMLDetailsElement>(':scope > details');
	if (!target || !disclosure || disclosure.open) return;
	disclosure.open = true;
	// The browser scrolled before the event grew: an event near the end of the page may now sit lower.
	target.scrollIntoView({ block: 'start' });
}

openTarget();
window.addEventListener('hashchange', openTarget);
