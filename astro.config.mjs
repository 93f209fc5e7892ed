// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkParagraphIds } from './src/remark/remark-paragraph-ids.ts';

/**
 * `SITE_URL` and `BASE_PATH` let one build serve a domain root or a sub-path:
 * `BASE_PATH=/chronology/ npm run build`.
 */
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Two content entries with one id must fail the build, not silently drop one.
	prerenderConflictBehavior: 'error',
	markdown: {
		// unified, not Astro 7's default Sätteri: our remark plugins (paragraph anchors) must run,
		// and the ingest and citation check already speak mdast. See README, "Markdown processor".
		processor: unified({
			remarkPlugins: [[remarkParagraphIds, { pathIncludes: '/content/sources/' }]],
			// Quotes stay exactly as received: no smart-quote rewriting of straight quotes.
			smartypants: false,
		}),
	},
	integrations: [mdx(), sitemap()],
});
