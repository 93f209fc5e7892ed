/**
 * Adds a copy button after every `[data-copy-text="<what it is>"]` block (a citation, the embed
 * snippet), copying the block's text exactly as shown. Without JavaScript the text is still there
 * to select.
 */
import { copyButton } from './clipboard.ts';
import { onThisOrigin } from './page-origin.ts';

for (const block of document.querySelectorAll<HTMLElement>('[data-copy-text]')) {
	// Shown, and copied, with the page's own origin when the build was not told the site's.
	block.textContent = onThisOrigin(block.textContent ?? '');
}

if (navigator.clipboard) {
	for (const block of document.querySelectorAll<HTMLElement>('[data-copy-text]')) {
		const what = block.dataset['copyText'] ?? 'text';
		block.after(
			copyButton(`Copy ${what}`, () => block.textContent ?? '', {
				done: `${what[0]?.toUpperCase()}${what.slice(1)} copied`,
			}),
		);
	}
}
