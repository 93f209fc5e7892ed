import { beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
let events: ExportedEvent[];
beforeAll(async () => {
	events = await exportedEvents(site);
});

const clipboard = { before: (opening: import('playwright-core').Page) => opening.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin }) };

describe('an event page', () => {
	test('says where the event sits: “Event N of M”, the previous and next events in the chronology’s order, and its place in the chronology', async () => {
		const { page, close } = await site.open('', { javaScriptEnabled: false });
		try {
			for (const [index, event] of events.entries()) {
				await page.goto(new URL(`events/${event.id}/`, site.url).href);
				const position = page.getByText(/^Event \d+ of \d+ in the chronology$/);
				expect(await position.textContent(), event.id).toBe(`Event ${index + 1} of ${events.length} in the chronology`);
				expect(await position.getByRole('link').getAttribute('href')).toBe(`/#${event.id}`);
				const pager = page.getByRole('navigation', { name: 'Other events' });
				const neighbours = await pager.locator('a').evaluateAll((links) => links.map((link) => [link.getAttribute('rel'), link.textContent?.trim()]));
				expect(neighbours, event.id).toEqual([
					...(index > 0 ? [['prev', events[index - 1]!.title]] : []),
					...(index < events.length - 1 ? [['next', events[index + 1]!.title]] : []),
				]);
			}
		} finally {
			await close();
		}
	});

	test('copies its own absolute address with Copy link', async () => {
		const event = events[0]!;
		const { page, errors } = await site.open(`events/${event.id}/`, clipboard);
		await page.getByRole('button', { name: new RegExp(`^Copy link to this event: ${RegExp.escape(event.title)}`) }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`events/${event.id}/`, site.url).href);
		expect(errors).toEqual([]);
	});

	test('offers a citation in plain text and for Wikipedia, with the title, date and absolute address, each copied by its button', async () => {
		const event = events[0]!;
		const { page, errors } = await site.open(`events/${event.id}/`, clipboard);
		const url = new URL(`events/${event.id}/`, site.url).href;
		const cite = page.getByRole('region', { name: 'Cite this event' });

		await cite.getByRole('button', { name: 'Copy citation', exact: true }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Citation copied');
		const plain = await page.evaluate(() => navigator.clipboard.readText());
		expect(plain).toContain(`“${event.title}”`);
		expect(plain).toContain(event.date.label);
		expect(plain).toContain(url);
		expect(plain).toMatch(/Updated \d{1,2} \w+ \d{4}\.$/);

		await cite.getByRole('button', { name: 'Copy Wikipedia citation' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\{\{cite web /);
		const wiki = await page.evaluate(() => navigator.clipboard.readText());
		expect(wiki).toContain(`|url=${url} `);
		expect(wiki).toContain(`|title=${event.title} (${event.date.label})`);
		expect(wiki).toMatch(/\|date=\d{4}-\d\d-\d\d \|access-date=\}\}$/);
		expect(errors).toEqual([]);
	});

	test('shows the citations as text a reader can select and copy without JavaScript', async () => {
		const { id } = events[0]!;
		const { page } = await site.open(`events/${id}/`, { javaScriptEnabled: false });
		const cite = page.getByRole('region', { name: 'Cite this event' });
		expect(await cite.getByRole('button').count()).toBe(0);
		const block = cite.locator('pre').first();
		await block.click({ clickCount: 3 });
		const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
		expect(selected.trim()).toBe((await block.textContent())?.trim());
		// Without JavaScript the text is as built: on the build's site (the placeholder, when built without SITE_URL).
		expect(selected).toContain(new URL(`events/${id}/`, config.site).href);
	});
});
