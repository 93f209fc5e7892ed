// @ts-check
import { defineConfig } from 'astro/config';
import { relative } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { CONTENT_FOLDERS, SOURCES_PATH_SEGMENT } from './src/content-files/folders.ts';
import { onBuildLog } from './src/integrations/build-log.ts';
import { contentSummary } from './src/integrations/content-summary.ts';
import { searchIndex } from './src/integrations/search/index.ts';
import { securityHeaders } from './src/integrations/security-headers/index.ts';
import { siteSettings } from './src/integrations/site-settings.ts';
import { PLACEHOLDER_SITE } from './src/consts.ts';
import { remarkParagraphIds } from './src/remark/remark-paragraph-ids.ts';
import { remarkQuoteMarks } from './src/remark/remark-quote-marks.ts';

/**
 * `SITE_URL` and `BASE_PATH` let one build serve a domain root or a sub-path:
 * `BASE_PATH=/chronology/ npm run build`. Without `SITE_URL` a placeholder stands in, and the
 * build warns (siteSettings below).
 */
const site = process.env.SITE_URL || PLACEHOLDER_SITE;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Two content entries with one id must fail the build, not silently drop one.
	prerenderConflictBehavior: 'error',
	// Every page's CSS in its <head>, whatever its size: no render-blocking stylesheet request, so the
	// first view arrives in one round trip (docs/performance.md). Astro's default inlines only small ones.
	// Four pages rendered at a time instead of one: while one waits on the disk (its file written, an
	// entry's module loaded, a card read from the cache) another renders. At 500 events and 250 sources
	// the pages took about a fifth less time; more than four gained nothing measurable.
	build: { inlineStylesheets: 'always', concurrency: 4 },
	// The security policy, part 1 (part 2 is `securityHeaders` below): a Content-Security-Policy
	// <meta> on every page, these directives plus Astro's hashes of the page's inline scripts and
	// styles in place of 'unsafe-inline'. Nothing from another origin, no plugins, no <base>
	// elsewhere, forms and fetches only to the site; `data:` images for icons inlined in a stylesheet
	// (none today).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"connect-src 'self'",
			],
		},
	},
	markdown: {
		// Astro's default processor, Sätteri, with our two plugins written for its own mdast API
		// (unified's remark plugins do not run on it). See README, "Markdown processor".
		processor: satteri({
			mdastPlugins: [
				remarkParagraphIds({ pathIncludes: SOURCES_PATH_SEGMENT }),
				// Every cited quote marked in place (<mark id="q-…">), found by its words as the citation check finds it.
				remarkQuoteMarks({
					pathIncludes: SOURCES_PATH_SEGMENT,
					events: relative(CONTENT_FOLDERS.sources, CONTENT_FOLDERS.events),
				}),
			],
			// Quotes stay exactly as received: no smart-quote rewriting of straight quotes.
			features: { smartPunctuation: false },
		}),
		// Articles carry no code, and Shiki's inline style attributes would break the CSP.
		syntaxHighlight: false,
	},
	// Rolldown's logs, less one known warning Astro causes on every MDX entry (see build-log.ts).
	vite: {
		build: { rolldownOptions: { onLog: onBuildLog } },
		// The preview cards' worker threads run this file as it is, outside the bundle (src/pages/cards/).
		define: {
			__CARD_WORKER__: JSON.stringify(
				new URL('./src/lib/cards/card-worker.ts', import.meta.url).href,
			),
		},
	},
	integrations: [
		// One warning per build for each of SITE_URL and CORRECTIONS_EMAIL that is not set.
		siteSettings(),
		mdx(),
		// The embed repeats the chronology for framing; search engines should send readers to the original.
		sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/embed/') }),
		// The security policy, part 2: dist/_headers for hosts that read one (Netlify, Cloudflare Pages),
		// with each page's policy from its <meta> plus frame-ancestors, which a <meta> cannot carry.
		securityHeaders({
			// The site uses none of the features it turns off; the clipboard (for "Copy link") stays allowed.
			headers: {
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'strict-origin-when-cross-origin',
				'Permissions-Policy': 'browsing-topics=(), camera=(), geolocation=(), microphone=()',
			},
			// Only the embed may be framed by other sites; every other page denies it.
			frameable: ['embed/'],
		}),
		// Search (Pagefind): event and source pages, and each cited quote as a result of its own.
		searchIndex({
			pages: '{events,sources}/*/index.html',
			exclude: ['.site-header', '.site-footer', 'nav', '.print-only', '.quote-backlink'],
		}),
		// Last: one line saying how many events, sources and citations the build checked.
		contentSummary(),
	],
});
