import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import type { OpenOptions } from '../../harness/site.ts';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { useSite } from '../helpers/site.ts';

const WIDTHS = [390, 1280] as const;

const site = useSite();
let events: ExportedEvent[];

beforeAll(async () => {
	events = await exportedEvents(site);
	expect(events.length).toBeGreaterThan(2);
});

async function open(path: string, width: number, options: OpenOptions = {}): Promise<Page> {
	const { page, errors, close } = await site.open(path, {
		viewport: { width, height: 800 },
		...options,
	});
	onTestFinished(async () => {
		await close();
	});
	onTestFinished(() => expect(errors).toEqual([]));
	return page;
}

/** Waits until the page has stopped scrolling: its scroll position the same over several frames. */
async function settled(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let last = -1;
				let still = 0;
				const frame = () => {
					still = scrollY === last ? still + 1 : 0;
					last = scrollY;
					if (still >= 20) resolve();
					else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			}),
	);
}

/** The first line of the element's text in the viewport (a box may stretch far below it: a grid cell). */
function inView(
	page: Page,
	selector: string,
): Promise<{ top: number; bottom: number; height: number }> {
	return page
		.locator(selector)
		.first()
		.evaluate((element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			const { top, bottom } = range.getClientRects()[0] ?? element.getBoundingClientRect();
			return { top, bottom, height: innerHeight };
		});
}

/** Waits for the island that a link to one event brings in, then for the page to stop moving. */
async function islandSettled(page: Page): Promise<void> {
	await page.locator('[data-timeline-frame][data-enhanced]').waitFor({ state: 'attached' });
	await page.locator('.timeline-vis .vis-item').first().waitFor({ state: 'visible' });
	await settled(page);
}

/**
 * Expects `selector` to come into view (a smooth scroll takes a moment) and to stay there once
 * everything has settled: nothing that mounts or grows later moves it out.
 */
async function expectLanded(page: Page, selector: string): Promise<void> {
	const landed = async () => {
		const box = await inView(page, selector);
		return box.top >= 0 && box.bottom <= box.height;
	};
	await expect.poll(landed, { timeout: 5000 }).toBe(true);
	await page.waitForTimeout(1000);
	await settled(page);
	const box = await inView(page, selector);
	expect(box.top, `${selector}: top`).toBeGreaterThanOrEqual(0);
	expect(box.bottom, `${selector}: bottom`).toBeLessThanOrEqual(box.height);
}

describe.each(WIDTHS)(
	'at %i px, a landing keeps its target in view once the page and the island settle',
	(width) => {
		test('a link to one event in the chronology (/#slug) shows the event’s date line, and the timeline above it keeps its height', async () => {
			const slug = events.at(-1)!.id;
			const page = await open(`#${slug}`, width, { waitUntil: 'domcontentloaded' });
			const before = await page
				.locator('[data-timeline]')
				.evaluate((section) => section.getBoundingClientRect().height);
			await islandSettled(page);
			expect(
				await page
					.locator('[data-timeline]')
					.evaluate((section) => section.getBoundingClientRect().height),
			).toBeCloseTo(before, 0);
			await expectLanded(page, `[id="${slug}"] .event-date`);
		});

		test('a source page’s “↩” back-link lands on its event in the chronology, in view', async () => {
			const slug = events.at(-1)!.id;
			const page = await open('', width);
			const quote = await page
				.locator(`[id="${slug}"] a[href*="#q-"]`)
				.first()
				.getAttribute('href');
			await page.goto(new URL(quote!, page.url()).href);
			await page.locator(`a.quote-backlink[href$="#${slug}"]`).first().click();
			await page.waitForURL((url) => url.hash === `#${slug}`);
			await islandSettled(page);
			await expectLanded(page, `[id="${slug}"] .event-date`);
		});

		test('a citation lands on its quote’s mark in the source page, in view', async () => {
			const slug = events.at(-1)!.id;
			const page = await open(`#${slug}`, width);
			await islandSettled(page);
			const citation = page.locator(`[id="${slug}"] a[href*="#q-"]`).first();
			const href = await citation.getAttribute('href');
			await citation.click();
			await page.waitForURL((url) => url.hash !== '' && href!.endsWith(url.hash));
			await settled(page);
			await expectLanded(
				page,
				decodeURIComponent(new URL(page.url()).hash).replace(/^#(.*)$/u, '[id="$1"]'),
			);
		});

		test('the embed opened on one event (#slug) shows it in its list, and its timeline keeps its height', async () => {
			const slug = events.at(-1)!.id;
			const page = await open(`embed/#${slug}`, width, {
				viewport: { width, height: 600 },
				waitUntil: 'domcontentloaded',
			});
			const before = await page
				.locator('[data-timeline]')
				.evaluate((section) => section.getBoundingClientRect().height);
			await islandSettled(page);
			expect(
				await page
					.locator('[data-timeline]')
					.evaluate((section) => section.getBoundingClientRect().height),
			).toBeCloseTo(before, 0);
			await expectLanded(page, `[id="${slug}"]`);
		});
	},
);
