/**
 * Adds a "Copy link" button beside every `a[data-copy-link="<event title>"]`, copying the link's
 * `data-copy-url` (the event page's absolute address on the published site, whatever host serves
 * this copy; the page's own origin when the build was not told the site's) or else its `href`. Without JavaScript the plain link stays, and a reader copies it
 * the usual way.
 */
import { copyButton } from './clipboard.ts';
import { onThisOrigin } from './page-origin.ts';

if (navigator.clipboard) {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
		const url = onThisOrigin(link.dataset['copyUrl'] ?? link.href);
		// The link names its event in `data-copy-link`, so the button's name says which link it copies.
		const title = link.dataset['copyLink'];
		const button = copyButton('Copy link', () => url, {
			done: 'Link copied',
			...(title ? { accessibleName: `Copy link to this event: ${title}` } : {}),
		});
		button.classList.add('copy-link');
		link.after(' ', button);
	}
}
