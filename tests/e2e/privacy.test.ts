import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../helpers/headers-file.ts';
import { listPages } from '../helpers/pages.ts';
import { serveDist, type DistServer } from '../helpers/serve-dist.ts';

/** The lazily loaded chunk that carries vis-timeline. */
const ISLAND = /\/_astro\/island\.[^/]*\.js$/;

/** What happened while a page was open. */
interface Recording {
	/** Every request the page made: its resource type (`document`, `script`, `font`…) and URL. */
	requests: { type: string; url: string }[];
	/** `securitypolicyviolation` events, as `directive blocked-URI`. */
	violations: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
}

let server: DistServer;
let browser: Browser;
let headerRules: HeaderRule[];

/**
 * Runs `use` in a browser context that sees the site as a host reading `_headers` would serve it
 * (the Content-Security-Policy header on top of each page's `<meta>`), and that never reaches the
 * network: a request to any other origin is recorded by the page, then aborted here.
 */
async function withSite(options: BrowserContextOptions, use: (context: BrowserContext) => Promise<void>): Promise<void> {
	const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
	context.setDefaultTimeout(10_000);
	const origin = new URL(server.url).origin;
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== origin) return route.abort('blockedbyclient');
		const response = await route.fetch();
		return route.fulfill({ response, headers: { ...response.headers(), ...headersFor(headerRules, url.pathname) } });
	});
	try {
		await use(context);
	} finally {
		// A request still in flight (the favicon) must not outlive the context.
		await context.unrouteAll({ behavior: 'ignoreErrors' });
		await context.close();
	}
}

/** Starts recording requests, CSP violations and errors on a page, before anything loads. */
async function record(page: Page): Promise<Recording> {
	const recording: Recording = { requests: [], violations: [], errors: [] };
	page.on('request', (request) => recording.requests.push({ type: request.resourceType(), url: request.url() }));
	page.on('console', (message) => {
		if (message.type() === 'error') recording.errors.push(message.text());
	});
	page.on('pageerror', (error) => recording.errors.push(error.message));
	await page.exposeFunction('reportViolation', (violation: string) => recording.violations.push(violation));
	// Injected through the DevTools protocol, so the page's own CSP does not apply to it.
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation(violation: string): void }).reportViolation(`${event.effectiveDirective} ${event.blockedURI}`);
		});
	});
	return recording;
}

/** Reaches for the timeline strip, which brings in the vis-timeline island, and waits for it to draw. */
async function loadIsland(page: Page): Promise<void> {
	await page.locator('[data-timeline-frame]').hover();
	await page.locator('[data-timeline-frame][data-enhanced] .vis-item').first().waitFor({ state: 'visible' });
}

beforeAll(async () => {
	const dist = await buildSite();
	headerRules = parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8'));
	const pages = (await listPages(dist)).map((page) => page.path);
	const eventPage = pages.find((path) => path.startsWith('events/'));
	const sourcePage = pages.find((path) => /^sources\/.+\//.test(path));
	if (!eventPage || !sourcePage) throw new Error('the site has no event or source page to open');
	PAGE_TYPES.push(['an event page', eventPage], ['a source page', sourcePage]);
	server = await serveDist(dist);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** A page of each kind; the event and source pages are added once the build names them. */
const PAGE_TYPES: [string, string][] = [
	['the chronology', ''],
	['the sources', 'sources/'],
	['the data page', 'data/'],
	['the embed', 'embed/'],
	['the 404 page', 'no-such-page/'],
];

describe('privacy and the Content-Security-Policy in Chromium', () => {
	test('every kind of page loads only from its own origin, with no web font, CSP violation or console error', async () => {
		const origin = new URL(server.url).origin;
		for (const [name, path] of PAGE_TYPES) {
			await withSite({}, async (context) => {
				const page = await context.newPage();
				const recording = await record(page);
				const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
				expect(response?.status(), name).toBe(path === 'no-such-page/' ? 404 : 200);
				const hasTimeline = (await page.locator('[data-timeline-frame]').count()) > 0;
				if (hasTimeline) await loadIsland(page);
				// Let late work (idle callbacks, the island's rendering) finish before judging.
				await page.waitForLoadState('networkidle');

				const offOrigin = recording.requests.filter((request) => new URL(request.url).origin !== origin).map((request) => request.url);
				const fonts = recording.requests.filter((request) => request.type === 'font').map((request) => request.url);
				// The 404 page is served with status 404, which Chromium reports as a console error.
				const errors = recording.errors.filter((error) => !(path === 'no-such-page/' && /status of 404/.test(error)));
				expect({ page: name, offOrigin, fonts, violations: recording.violations, errors }).toEqual({ page: name, offOrigin: [], fonts: [], violations: [], errors: [] });
				if (hasTimeline) expect(recording.requests.some((request) => ISLAND.test(request.url)), `${name} loads the island`).toBe(true);
			});
		}
	});

	test('the chronology’s inline copy-link script runs under the policy', async () => {
		await withSite({}, async (context) => {
			const page = await context.newPage();
			await page.goto(server.url);

			expect(await page.getByRole('button', { name: /^Copy link to this event: / }).count()).toBeGreaterThan(0);
		});
	});

	test.each([
		['catches a blocked inline script and image', false],
		['catches a request to another origin when no policy stops it', true],
	])('the recording %s', async (_, bypassCSP) => {
		await withSite({ bypassCSP }, async (context) => {
			const page = await context.newPage();
			const recording = await record(page);
			await page.goto(server.url, { waitUntil: 'load' });
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'document.title = "injected"';
				document.body.append(script);
				const image = document.createElement('img');
				image.src = 'https://tracker.invalid/pixel.gif';
				document.body.append(image);
			});
			await page.waitForLoadState('networkidle');

			if (bypassCSP) {
				expect(recording.requests.map((request) => request.url)).toContain('https://tracker.invalid/pixel.gif');
			} else {
				expect(recording.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem /), 'img-src https://tracker.invalid/pixel.gif']));
				expect(await page.title()).not.toBe('injected');
			}
		});
	});

	test.each([
		['lets another site frame the embed', 'embed/', true],
		['stops another site framing the chronology', '', false],
	])('%s', async (_, path, framed) => {
		await withSite({}, async (context) => {
			const framer = 'https://framer.invalid/';
			const frameUrl = new URL(path, server.url).href;
			await context.route(framer, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>framer</title><iframe src="${frameUrl}"></iframe>` }));
			const page = await context.newPage();
			await page.goto(framer, { waitUntil: 'load' });
			const frame = page.frames().find((candidate) => candidate !== page.mainFrame());

			expect(await frame?.locator('[data-timeline]').count()).toBe(framed ? 1 : 0);
		});
	});
});
