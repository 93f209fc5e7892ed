/**
 * The embed's contract with the pages that frame it: the message it posts, the themes it takes,
 * and the snippets a publisher pastes (shown on /data/, documented in the README).
 */

/** The `type` of the message the embed posts to its parent: `{ type: 'chronology:height', height }`. */
export const HEIGHT_MESSAGE = 'chronology:height';

/** What the embed posts to its parent on load and whenever its height changes. */
export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	/** The embed's whole height in CSS pixels: what the `<iframe>` needs to show it without scrolling. */
	height: number;
}

/** `?theme=` values: `light` (the default), `dark`, or `auto` (the reader's setting). */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/**
 * The theme when the host asks for none: light, because most pages an embed sits in are light,
 * and a frame that turned dark with the reader's system setting inside a light article would look
 * broken. `?theme=auto` follows the reader; `?theme=dark` suits a dark page.
 */
export const DEFAULT_EMBED_THEME: EmbedTheme = 'light';

/** The frame's height to start with, before the embed reports its own: its compact first view. */
export const RECOMMENDED_HEIGHT = 600;

/** The `<iframe>` a publisher pastes: the embed at `src` (absolute), lazily loaded, full width. */
export function iframeSnippet(src: string, title: string): string {
	return `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${RECOMMENDED_HEIGHT}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}

/**
 * The few lines a host adds once to let every embedded chronology size itself: it accepts the
 * height message only from the embed's `origin` and from a frame on the page.
 */
export function resizeSnippet(origin: string): string {
	return [
		'<script>',
		"addEventListener('message', (event) => {",
		`  if (event.origin !== '${origin}' || event.data?.type !== '${HEIGHT_MESSAGE}') return;`,
		"  for (const frame of document.querySelectorAll('iframe')) {",
		'    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;',
		'  }',
		'});',
		'</script>',
	].join('\n');
}
