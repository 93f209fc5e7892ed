import { describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildFixture } from '../helpers/build.ts';
import { useSite } from '../helpers/site.ts';

const PLACEHOLDER = 'https://example.org';
const grantClipboard = (site: { url: string }) => ({
	before: (opening: Page) =>
		opening.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(site.url).origin,
		}),
});

describe('a site built without SITE_URL, served on this machine', () => {
	// The real site, built as the tests build it: no SITE_URL in the environment.
	const site = useSite();

	test('copies an event’s link on the origin that served the page, not the placeholder', async () => {
		const { page, errors, close } = await site.open('', grantClipboard(site));
		onTestFinished(close);
		await page
			.getByRole('button', { name: /^Copy link to this event: / })
			.first()
			.click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.startsWith(`${new URL(site.url).origin}/events/`)).toBe(true);
		expect(errors).toEqual([]);
	});

	test('shows and copies “Cite this event” with the served origin', async () => {
		const { page, close } = await site.open('events/kim-putin-summit/', grantClipboard(site));
		onTestFinished(close);
		const cite = page.getByRole('region', { name: 'Cite this event' });
		await expect
			.poll(() => cite.locator('pre').first().textContent())
			.toContain(`${new URL(site.url).origin}/events/kim-putin-summit/`);
		await cite.getByRole('button', { name: 'Copy citation', exact: true }).click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toContain(`${new URL(site.url).origin}/events/kim-putin-summit/`);
		expect(await page.locator('pre').allTextContents()).not.toEqual(
			expect.arrayContaining([expect.stringContaining(PLACEHOLDER)]),
		);
	});

	test('gives the embed code on /data/ with the served origin, in the frame’s address and the resize script’s check', async () => {
		const { page, close } = await site.open('data/');
		onTestFinished(close);
		const origin = new URL(site.url).origin;
		await expect
			.poll(() => page.locator('#embed-iframe').textContent())
			.toContain(`src="${origin}/embed/`);
		expect(await page.locator('#embed-resize').textContent()).toContain(`'${origin}'`);
		expect(
			`${await page.locator('#embed-iframe').textContent()}` +
				`${await page.locator('#embed-resize').textContent()}`,
		).not.toContain(PLACEHOLDER);
	});
});

describe('a site built with SITE_URL', () => {
	const site = useSite({
		async build() {
			const built = await buildFixture('one-event', { site: 'https://news.example' });
			if (built.error) throw built.error;
			return built.dist;
		},
	});

	test('copies the published address, wherever the page is served', async () => {
		const { page, close } = await site.open('', grantClipboard(site));
		onTestFinished(close);
		await page
			.getByRole('button', { name: /^Copy link to this event: / })
			.first()
			.click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe('https://news.example/events/containers/');
	});
});
