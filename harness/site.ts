/**
 * A built site, served and driven in Chromium: what the browser tests and the benchmark share.
 * Serve a `dist/` once ({@link startSite}), open as many pages as needed, each in a fresh browser
 * context with its console errors recorded ({@link Site.open}), then close everything.
 */
import type {
	Browser,
	BrowserContext,
	BrowserContextOptions,
	Page,
	Response,
} from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { serveDist, type ServeOptions } from './serve-dist.ts';

/** Options of {@link startSite}. */
export interface SiteOptions {
	/** The base path the site was built for; `/` (the default) for a domain root. */
	base?: string;
	/** How far the server imitates a production host (compression, `_headers`). */
	serve?: ServeOptions;
}

/** Options of {@link Site.open}: the browser context's, plus how to open the page. */
export interface OpenOptions extends BrowserContextOptions {
	/**
	 * Runs on the fresh page before it navigates: routes, init scripts, listeners. The page's
	 * context is `page.context()`.
	 */
	before?: (page: Page) => unknown;
	/** When navigation counts as done; `load` unless said otherwise. */
	waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
	/** Playwright's timeout for the page's actions and waits, in ms (its own default is 30 s). */
	timeout?: number;
}

/** A page opened by {@link Site.open}. */
export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	/** The server's answer to the navigation (its status: 404 for a missing page). */
	response: Response | null;
	/**
	 * Console errors and uncaught exceptions, recorded from before the page loaded. Chromium's own
	 * report of a page's error status is left out: the status is in `response`.
	 */
	errors: string[];
	/** Closes the page's context, abandoning any request still routed; closing twice is harmless. */
	close(): Promise<void>;
}

/** A built site, served, with a browser to open its pages. */
export interface Site {
	/** The site's address, base included and ending in `/`: `http://127.0.0.1:41234/chronology/`. */
	url: string;
	/** Opens `path` (relative to the site's address, or absolute) in a fresh context. */
	open(path: string, options?: OpenOptions): Promise<OpenedPage>;
	/** The browser pages are opened in; started on first use, so a site only crawled never starts one. */
	browser(): Promise<Browser>;
	/** Closes the browser, if started, and the server. */
	close(): Promise<void>;
}

/** The viewport pages open in unless told otherwise: a laptop's window. */
export const DEFAULT_VIEWPORT = { width: 1024, height: 800 };

/** Serves the built site in `dist` on a free local port; Chromium starts when a page is first opened. */
export async function startSite(
	dist: string,
	{ base = '/', serve }: SiteOptions = {},
): Promise<Site> {
	const server = await serveDist(dist, base, serve);
	let browser: Promise<Browser> | undefined;
	const getBrowser = () => (browser ??= launchBrowser());

	const open = async (
		path: string,
		{ before, waitUntil = 'load', timeout, ...contextOptions }: OpenOptions = {},
	): Promise<OpenedPage> => {
		const context = await (
			await getBrowser()
		).newContext({ viewport: DEFAULT_VIEWPORT, ...contextOptions });
		if (timeout !== undefined) context.setDefaultTimeout(timeout);
		let closing: Promise<void> | undefined;
		const close = () =>
			(closing ??= (async () => {
				// A request still in flight (the favicon) must not outlive the context.
				await context.unrouteAll({ behavior: 'ignoreErrors' });
				await context.close();
			})());
		try {
			const page = await context.newPage();
			const url = new URL(path, server.url).href;
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const ownStatus = message.location().url === url && /status of \d{3}/.test(message.text());
				if (!ownStatus) errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await before?.(page);
			const response = await page.goto(url, { waitUntil });
			return { page, context, response, errors, close };
		} catch (error) {
			await close();
			throw error;
		}
	};

	return {
		url: server.url,
		open,
		browser: getBrowser,
		async close() {
			// A browser that failed to start has nothing to close; its error went to whoever opened a page.
			await browser?.then(
				(started) => started.close(),
				() => {},
			);
			await server.close();
		},
	};
}
