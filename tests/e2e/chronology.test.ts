import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('the chronology page', () => {
	test('copies an event’s permanent link to the clipboard and says so, and the link opens on that event', async () => {
		const { page, errors, close } = await site.open('', {
			before: (opening) => opening.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin }),
		});

		const button = page.getByRole('button', { name: /^Copy link to this event: Kim Jong Un travels to Russia/ });
		await button.click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(new URL('#kim-putin-summit', site.url).href);

		await page.goto(copied, { waitUntil: 'load' });
		await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('kim-putin-summit');
		expect(errors).toEqual([]);
		await close();
	});

	test('offers the plain link where JavaScript does not run', async () => {
		const { page, close } = await site.open('', { javaScriptEnabled: false });
		expect(await page.getByRole('button', { name: /Copy link/ }).count()).toBe(0);
		expect(await page.getByRole('link', { name: /^Link to this event: Kim Jong Un travels to Russia/ }).getAttribute('href')).toBe(
			'/#kim-putin-summit',
		);
		await close();
	});
});
