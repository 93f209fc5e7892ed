import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { readPage, textContent } from '../../harness/html.ts';
import { buildSite } from '../helpers/build.ts';
import { parseCssColour, relativeLuminance } from '../helpers/colour.ts';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

/** The snippets a publisher copies from /data/, pointed at the local server instead of the published site. */
let snippets: { iframe: string; resize: string };
/** Another origin (`localhost`, where the site is served on `127.0.0.1`), serving a publisher's page. */
let host: { server: Server; url: string };
/** The host page of each test: the `<iframe>` markup and whether it pastes the resize script. */
const hostPages = new Map<string, string>();
/** An event of the chronology, any one, as the site exports it. */
let event: ExportedEvent;

beforeAll(async () => {
	const [first] = await exportedEvents(site);
	if (!first) throw new Error('The site exports no event');
	event = first;
	const published = new URL(config.site!).origin;
	const local = new URL(site.url).origin;
	const data = await readPage(await buildSite(), 'data/');
	const snippet = (id: string) => textContent(data.byId(id)).replaceAll(published, local);
	snippets = { iframe: snippet('embed-iframe'), resize: snippet('embed-resize') };
	const server = createServer((request, response) => {
		const body = hostPages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
		response
			.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
			.end(body ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	host = { server, url: `http://localhost:${(server.address() as AddressInfo).port}/` };
});
afterAll(() => new Promise<void>((resolve) => host.server.close(() => resolve())));

/** A publisher's page at `path` on the host, framing the embed as the snippet does, with `query`/`hash` added to its address. */
function publish(path: string, { suffix = '', resize = false } = {}): string {
	const iframe = snippets.iframe.replace(
		/src="([^"]+)"/,
		(_, src: string) => `src="${src}${suffix}"`,
	);
	hostPages.set(
		path,
		`<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,"><body style="margin:0"><p>An article.</p>${iframe}${resize ? snippets.resize : ''}</body></html>`,
	);
	return new URL(path.slice(1), host.url).href;
}

/** The embed's frame, once loaded: the snippet's `loading="lazy"` frame may start after the host page's load. */
async function embedFrame(page: Page): Promise<Frame> {
	const embed = new URL('embed/', site.url).href;
	const find = () => page.frames().find((candidate) => candidate.url().startsWith(embed));
	await expect.poll(() => find() !== undefined, { timeout: 10_000 }).toBe(true);
	const frame = find()!;
	await frame.waitForLoadState('load');
	return frame;
}

/** The luminance of the embed's page background: light pages near 1, dark near 0. */
async function backgroundLuminance(frame: Frame): Promise<number> {
	return relativeLuminance(
		parseCssColour(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)),
	);
}

describe('the embed, framed by a page of another origin', () => {
	test('tells the page its height, and the documented host script sizes the frame to show it all, again when the frame narrows', async () => {
		const { page, errors, close } = await site.open(publish('/resize', { resize: true }));
		try {
			const frame = await embedFrame(page);
			const iframe = page.locator('iframe');
			const fitsWithoutScrolling = () =>
				frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
			await expect.poll(fitsWithoutScrolling).toBe(true);
			const wide = (await iframe.boundingBox())!.height;
			expect(wide).toBeGreaterThan(500);

			await iframe.evaluate((element) => (element.style.width = '320px'));
			await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(wide);
			await expect.poll(fitsWithoutScrolling).toBe(true);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('posts its height as { type: "chronology:height", height } to the page framing it', async () => {
		const { page, close } = await site.open(publish('/listen'), {
			before: (opening) =>
				opening.addInitScript(() => {
					(window as unknown as { heights: unknown[] }).heights = [];
					addEventListener('message', (event) =>
						(window as unknown as { heights: unknown[] }).heights.push(event.data),
					);
				}),
		});
		try {
			await embedFrame(page);
			await expect
				.poll(() =>
					page.evaluate(() => (window as unknown as { heights: unknown[] }).heights.length),
				)
				.toBeGreaterThan(0);
			const [message] = await page.evaluate(
				() => (window as unknown as { heights: unknown[] }).heights,
			);
			expect(message).toEqual({ type: 'chronology:height', height: expect.any(Number) });
			expect((message as { height: number }).height).toBeGreaterThan(500);
		} finally {
			await close();
		}
	});

	test.each([
		['light without ?theme, even for a reader in dark mode', '', 'dark', 'light'],
		['light with ?theme=light for a reader in dark mode', '?theme=light', 'dark', 'light'],
		['dark with ?theme=dark for a reader in light mode', '?theme=dark', 'light', 'dark'],
		['the reader’s dark mode with ?theme=auto', '?theme=auto', 'dark', 'dark'],
		['the reader’s light mode with ?theme=auto', '?theme=auto', 'light', 'light'],
	] as const)('is %s', async (_, suffix, colorScheme, expected) => {
		const { page, close } = await site.open(
			publish(`/theme-${suffix.replace(/\W/g, '')}-${colorScheme}`, { suffix }),
			{ colorScheme },
		);
		try {
			const frame = await embedFrame(page);
			await expect
				.poll(async () => ((await backgroundLuminance(frame)) > 0.5 ? 'light' : 'dark'))
				.toBe(expected);
		} finally {
			await close();
		}
	});

	test('opens on the event its #slug names, marked and in view inside the frame', async () => {
		const { page, close } = await site.open(publish('/slug', { suffix: `#${event.id}` }));
		try {
			const frame = await embedFrame(page);
			const item = frame.locator(`[id="${event.id}"]`);
			await expect
				.poll(() => frame.evaluate(() => document.querySelector(':target')?.id))
				.toBe(event.id);
			expect(await item.textContent()).toContain(event.title);
			// In view once any smooth scroll has ended: its top and bottom inside the frame's window.
			const inView = () =>
				frame.evaluate((id) => {
					const box = document.getElementById(id)!.getBoundingClientRect();
					return box.top >= 0 && box.bottom <= window.innerHeight;
				}, event.id);
			await expect.poll(inView).toBe(true);
			// The timeline marks it too.
			await expect
				.poll(() =>
					frame.locator(`[data-timeline] a[data-slug="${event.id}"]`).getAttribute('aria-current'),
				)
				.toBe('true');
		} finally {
			await close();
		}
	});

	test('opens every link out in a new tab, leaving the host page where it is, and credits the site in its last line', async () => {
		const { page, context, close } = await site.open(publish('/links'));
		try {
			const frame = await embedFrame(page);
			const out = frame.locator('a[href]:not([href^="#"])');
			const targets = await out.evaluateAll((links) =>
				links.map((link) => [
					link.getAttribute('target'),
					(link.getAttribute('rel') ?? '').split(' ').includes('noopener'),
				]),
			);
			expect(targets.length).toBeGreaterThan(3);
			expect(new Set(targets.map(String))).toEqual(new Set(['_blank,true']));

			const opened = context.waitForEvent('page');
			await frame.getByRole('link', { name: new RegExp(`^${RegExp.escape(event.title)}`) }).click();
			expect((await opened).url()).toBe(new URL(`events/${event.id}/`, site.url).href);
			expect(page.url()).toBe(new URL('links', host.url).href);

			const credit = frame.locator('main p').last();
			expect(
				await credit.getByRole('link', { name: /munitions for Russia/ }).getAttribute('href'),
			).toBe('/');
		} finally {
			await close();
		}
	});
});
