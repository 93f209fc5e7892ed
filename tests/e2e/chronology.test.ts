import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('the chronology page', () => {
	test('copies an event’s permanent address, its own page on the published site, to the clipboard and says so', async () => {
		const { page, errors } = await site.open('', {
			before: (opening) => opening.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin }),
		});

		const button = page.getByRole('button', { name: /^Copy link to this event: Kim Jong Un travels to Russia/ });
		await button.click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('events/kim-putin-summit/', config.site).href);
		expect(errors).toEqual([]);
	});

	test('still opens on an event at its #slug', async () => {
		const { page } = await site.open('#kim-putin-summit');
		await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('kim-putin-summit');
	});

	test('offers the plain link to the event’s page where JavaScript does not run', async () => {
		const { page } = await site.open('', { javaScriptEnabled: false });
		expect(await page.getByRole('button', { name: /Copy link/ }).count()).toBe(0);
		expect(await page.getByRole('link', { name: /^Link to this event: Kim Jong Un travels to Russia/ }).getAttribute('href')).toBe('/events/kim-putin-summit/');
	});
});
