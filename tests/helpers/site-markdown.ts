/**
 * The site's own Markdown processor, from astro.config.mjs, set up for `.mdx` files as Astro's MDX
 * integration sets it up: what the Markdown plugins' tests compile with, so that they test the
 * plugins as the site runs them.
 */
import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import config from '../../astro.config.mjs';

/** The processor of astro.config.mjs and its options (plugins and features). */
export const siteMarkdown = config.markdown?.processor as MarkdownProcessor<SatteriResolvedOptions>;

const renderer = siteMarkdown.createMdxRenderer!(
	{ syntaxHighlight: false, smartypants: siteMarkdown.options.features.smartPunctuation !== false },
	{ optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
);

/** Compiles MDX `content` (no frontmatter) as the build compiles the file at `path`; resolves to the module's code. */
export async function compileMdx(content: string, path: string): Promise<string> {
	const { code } = await (await renderer).process(content, path, {});
	return code;
}
