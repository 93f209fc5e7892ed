import { beforeAll, describe, expect, test } from 'vitest';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
/** An event of the chronology, any one: its slug and title as the site exports them. */
let event: ExportedEvent;
beforeAll(async () => {
	const [first] = await exportedEvents(site);
	if (!first) throw new Error('The site exports no event');
	event = first;
});

describe('the chronology page', () => {
	test('copies an event’s permanent address, its own page (on the serving origin: the tests build without SITE_URL), to the clipboard and says so', async () => {
		const { page, errors } = await site.open('', {
			before: (opening) =>
				opening.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
					origin: new URL(site.url).origin,
				}),
		});

		const button = page.getByRole('button', {
			name: new RegExp(`^Copy link to this event: ${RegExp.escape(event.title)}`),
		});
		await button.click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			new URL(`events/${event.id}/`, site.url).href,
		);
		expect(errors).toEqual([]);
	});

	test('still opens on an event at its #slug', async () => {
		const { page } = await site.open(`#${event.id}`);
		await expect
			.poll(() => page.evaluate(() => document.querySelector(':target')?.id))
			.toBe(event.id);
	});

	test('offers the plain link to the event’s page where JavaScript does not run', async () => {
		const { page } = await site.open('', { javaScriptEnabled: false });
		expect(await page.getByRole('button', { name: /Copy link/ }).count()).toBe(0);
		expect(
			await page
				.getByRole('link', {
					name: new RegExp(`^Link to this event: ${RegExp.escape(event.title)}`),
				})
				.getAttribute('href'),
		).toBe(`/events/${event.id}/`);
	});
});
