import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { serveDist, type DistServer } from '../helpers/serve-dist.ts';

let server: DistServer;
let browser: Browser;

beforeAll(async () => {
	server = await serveDist(await buildSite());
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the chronology page', () => {
	test('copies an event’s permanent link to the clipboard and says so, and the link opens on that event', async () => {
		const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
		const page = await context.newPage();
		await page.goto(server.url, { waitUntil: 'load' });

		const button = page.getByRole('button', { name: /^Copy link to this event: Kim Jong Un travels to Russia/ });
		await button.click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(new URL('#kim-putin-summit', server.url).href);

		await page.goto(copied, { waitUntil: 'load' });
		await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('kim-putin-summit');
		await context.close();
	});

	test('offers the plain link where JavaScript does not run', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(server.url, { waitUntil: 'load' });
		expect(await page.getByRole('button', { name: /Copy link/ }).count()).toBe(0);
		expect(await page.getByRole('link', { name: /^Link to this event: Kim Jong Un travels to Russia/ }).getAttribute('href')).toBe(
			'/#kim-putin-summit',
		);
		await context.close();
	});
});
