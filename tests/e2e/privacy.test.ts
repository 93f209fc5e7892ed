import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { OpenedPage, OpenOptions } from '../../harness/site.ts';
import { buildSite } from '../helpers/build.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../harness/headers-file.ts';
import { explore } from '../helpers/island.ts';
import { listPages } from '../helpers/pages.ts';
import { useSite } from '../helpers/site.ts';

/** The lazily loaded chunk that carries vis-timeline. */
const ISLAND = /\/_astro\/island\.[^/]*\.js$/;

/** What happened while a page was open, beyond the harness's console errors. */
interface Recording {
	/** Every request the page made: its resource type (`document`, `script`, `font`…) and URL. */
	requests: { type: string; url: string }[];
	/** `securitypolicyviolation` events, as `directive blocked-URI`. */
	violations: string[];
}

const site = useSite();
let headerRules: HeaderRule[];

/**
 * Opens `path` in a browser context that sees the site as a host reading `_headers` would serve it
 * (the Content-Security-Policy header on top of each page's `<meta>`), and that never reaches the
 * network: a request to any other origin is recorded by the page, then aborted here. Requests, CSP
 * violations and errors are recorded from before the page loads.
 */
async function openRecorded(
	path: string,
	{ before, ...options }: OpenOptions = {},
): Promise<OpenedPage & { recording: Recording }> {
	const recording: Recording = { requests: [], violations: [] };
	const origin = new URL(site.url).origin;
	const opened = await site.open(path, {
		timeout: 10_000,
		...options,
		async before(page) {
			await page.context().route('**/*', async (route) => {
				const url = new URL(route.request().url());
				if (url.origin !== origin) return route.abort('blockedbyclient');
				const response = await route.fetch();
				return route.fulfill({
					response,
					headers: { ...response.headers(), ...headersFor(headerRules, url.pathname) },
				});
			});
			await before?.(page);
			await record(page, recording);
		},
	});
	return { ...opened, recording };
}

/** Starts recording requests and CSP violations on a page, before anything loads. */
async function record(page: Page, recording: Recording): Promise<void> {
	page.on('request', (request) =>
		recording.requests.push({ type: request.resourceType(), url: request.url() }),
	);
	await page.exposeFunction('reportViolation', (violation: string) =>
		recording.violations.push(violation),
	);
	// Injected through the DevTools protocol, so the page's own CSP does not apply to it.
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation(violation: string): void }).reportViolation(
				`${event.effectiveDirective} ${event.blockedURI}`,
			);
		});
	});
}

beforeAll(async () => {
	// The same build as useSite's: the run builds the site once.
	const dist = await buildSite();
	headerRules = parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8'));
	const pages = (await listPages(dist)).map((page) => page.path);
	const eventPage = pages.find((path) => path.startsWith('events/'));
	const sourcePage = pages.find((path) => /^sources\/.+\//.test(path));
	if (!eventPage || !sourcePage) throw new Error('the site has no event or source page to open');
	PAGE_TYPES.push(['an event page', eventPage], ['a source page', sourcePage]);
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
		const origin = new URL(site.url).origin;
		for (const [name, path] of PAGE_TYPES) {
			// The 404 page is served with status 404; the harness leaves Chromium's console report of it out.
			const { page, response, errors, recording, close } = await openRecorded(path);
			try {
				expect(response?.status(), name).toBe(path === 'no-such-page/' ? 404 : 200);
				const hasTimeline = (await page.locator('[data-timeline-frame]').count()) > 0;
				if (hasTimeline) await explore(page);
				// Let late work (idle callbacks, the island's rendering) finish before judging.
				await page.waitForLoadState('networkidle');

				const offOrigin = recording.requests
					.filter((request) => new URL(request.url).origin !== origin)
					.map((request) => request.url);
				const fonts = recording.requests
					.filter((request) => request.type === 'font')
					.map((request) => request.url);
				expect({ page: name, offOrigin, fonts, violations: recording.violations, errors }).toEqual({
					page: name,
					offOrigin: [],
					fonts: [],
					violations: [],
					errors: [],
				});
				if (hasTimeline)
					expect(
						recording.requests.some((request) => ISLAND.test(request.url)),
						`${name} loads the island`,
					).toBe(true);
			} finally {
				await close();
			}
		}
	});

	test('the chronology’s inline copy-link script runs under the policy', async () => {
		const { page } = await openRecorded('');
		expect(
			await page.getByRole('button', { name: /^Copy link to this event: / }).count(),
		).toBeGreaterThan(0);
	});

	test.each([
		['catches a blocked inline script and image', false],
		['catches a request to another origin when no policy stops it', true],
	])('the recording %s', async (_, bypassCSP) => {
		const { page, recording } = await openRecorded('', { bypassCSP });
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
			expect(recording.requests.map((request) => request.url)).toContain(
				'https://tracker.invalid/pixel.gif',
			);
		} else {
			expect(recording.violations).toEqual(
				expect.arrayContaining([
					expect.stringMatching(/^script-src-elem /),
					'img-src https://tracker.invalid/pixel.gif',
				]),
			);
			expect(await page.title()).not.toBe('injected');
		}
	});

	test.each([
		['lets another site frame the embed', 'embed/', true],
		['stops another site framing the chronology', '', false],
	])('%s', async (_, path, framed) => {
		const framer = 'https://framer.invalid/';
		const frameUrl = new URL(path, site.url).href;
		const { page } = await openRecorded(framer, {
			before: (opening) =>
				opening.context().route(framer, (route) =>
					route.fulfill({
						contentType: 'text/html',
						body: `<!doctype html><title>framer</title><iframe src="${frameUrl}"></iframe>`,
					}),
				),
		});
		const frame = page.frames().find((candidate) => candidate !== page.mainFrame());

		expect(await frame?.locator('[data-timeline]').count()).toBe(framed ? 1 : 0);
	});
});
