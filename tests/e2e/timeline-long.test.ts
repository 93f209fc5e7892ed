import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { writeSyntheticChronology } from '../../scripts/synthetic-chronology.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildFixture } from '../helpers/build.ts';
import { serveDist, type DistServer } from '../helpers/serve-dist.ts';

/** Enough events that the island's items no longer fit inline (16 KiB) and go to timeline.json. */
const EVENTS = 120;
const BASE = '/chronology/';

let server: DistServer;
let browser: Browser;

beforeAll(async () => {
	const root = await mkdtemp(join(inject('buildDir'), 'long-chronology-'));
	await writeSyntheticChronology(root, EVENTS, { everyDays: 3, paragraphs: 20, sources: 2 });
	const built = await buildFixture(root, { base: BASE });
	if (built.error) throw built.error;
	server = await serveDist(built.dist, BASE);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('a long chronology’s timeline', () => {
	test('keeps its items out of the page and fetches them, under the base path, when the reader reaches for it', async () => {
		const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(server.url, { waitUntil: 'load' });

		expect(await page.locator('script[data-timeline-data]').count()).toBe(0);
		expect(requested.filter((url) => url.endsWith('/timeline.json'))).toEqual([]);

		await page.locator('[data-timeline-frame]').hover();
		await page.locator('.timeline-vis .vis-item').first().waitFor({ state: 'visible' });
		expect(requested.filter((url) => url.endsWith('/timeline.json'))).toEqual([new URL('timeline.json', server.url).href]);
		for (const url of requested) expect(new URL(url).origin).toBe(new URL(server.url).origin);

		const id = await page.locator('.timeline-vis .vis-item[data-id] .vis-item-content >> visible=true').first().evaluate((content) => content.closest('[data-id]')?.getAttribute('data-id'));
		expect(id).toMatch(/^synthetic-event-\d{5}$/);
		await page.locator(`.timeline-vis .vis-item[data-id="${id}"] .vis-item-content`).click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
		expect(await page.locator(`article[id="${id}"]`).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});
});
