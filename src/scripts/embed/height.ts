/**
 * Tells the page that frames the embed how tall it is, on load and whenever that changes (fonts,
 * the timeline island, a narrower frame), so a few lines of host script can size the `<iframe>`
 * (src/lib/embed/embed.ts). Any origin may frame the embed, and its height is no secret: `'*'`.
 */
import { HEIGHT_MESSAGE, type HeightMessage } from '../../lib/embed/embed.ts';

if (window.parent !== window) {
	let last = -1;
	const post = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: HEIGHT_MESSAGE, height } satisfies HeightMessage, '*');
	};
	post();
	window.addEventListener('load', post);
	new ResizeObserver(post).observe(document.documentElement);
}
