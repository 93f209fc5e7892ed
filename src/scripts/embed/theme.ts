/**
 * The embed's `?theme=`: `light` (the page's default, set in its HTML), `dark`, or `auto` (the
 * reader's setting), as `data-theme` on `<html>`, which global.css reads. Anything else keeps the default.
 */
import { EMBED_THEMES, type EmbedTheme } from '../../lib/embed/embed.ts';

const asked = new URLSearchParams(location.search).get('theme');
if (asked && (EMBED_THEMES as readonly string[]).includes(asked))
	document.documentElement.dataset['theme'] = asked as EmbedTheme;
