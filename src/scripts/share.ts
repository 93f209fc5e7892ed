/**
 * Turns every `a[data-share="<absolute url>"]` into a Share button for the browser's share sheet
 * (the Web Share API), titled `data-share-title` with `data-share-text`; where the browser cannot
 * share, the link is hidden (Copy link stays beside it). Without JavaScript it stays a plain link
 * to the page, which a reader shares as any link.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-share]')) {
	const data: ShareData = {
		url: link.dataset['share'] ?? link.href,
		title: link.dataset['shareTitle'] ?? document.title,
	};
	if (link.dataset['shareText']) data.text = link.dataset['shareText'];
	if (typeof navigator.share !== 'function' || (navigator.canShare && !navigator.canShare(data))) {
		link.hidden = true;
		continue;
	}
	link.setAttribute('role', 'button');
	link.addEventListener('click', (event) => {
		event.preventDefault();
		// A reader closing the share sheet rejects the promise: nothing to report.
		navigator.share(data).catch(() => undefined);
	});
}
