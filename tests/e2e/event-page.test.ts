import { beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import config from '../../astro.config.mjs';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
let events: ExportedEvent[];
beforeAll(async () => {
	events = await exportedEvents(site);
});

const clipboard = {
	before: (opening: import('playwright-core').Page) =>
		opening.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(site.url).origin,
		}),
};

describe('an event page', () => {
	test('says where the event sits: “Event N of M”, the previous and next events in the chronology’s order, and its place in the chronology', async () => {
		const { page, close } = await site.open('', { javaScriptEnabled: false });
		try {
			for (const [index, event] of events.entries()) {
				await page.goto(new URL(`events/${event.id}/`, site.url).href);
				const position = page.getByText(/^Event \d+ of \d+ in the chronology$/);
				expect(await position.textContent(), event.id).toBe(
					`Event ${index + 1} of ${events.length} in the chronology`,
				);
				expect(await position.getByRole('link').getAttribute('href')).toBe(`/#${event.id}`);
				const pager = page.getByRole('navigation', { name: 'Other events' });
				const neighbours = await pager
					.locator('a')
					.evaluateAll((links) =>
						links.map((link) => [link.getAttribute('rel'), link.textContent?.trim()]),
					);
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
		await page
			.getByRole('button', {
				name: new RegExp(`^Copy link to this event: ${RegExp.escape(event.title)}`),
			})
			.click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			new URL(`events/${event.id}/`, site.url).href,
		);
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
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toMatch(/^\{\{cite web /);
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

describe('an event page’s first screen on a phone', () => {
	const phone = { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true };
	/** Opens the briefing page with `navigator.share` recording its calls, or taken away. */
	const openWithShare = (share: boolean) =>
		site.open('events/white-house-briefing/', {
			...phone,
			before: (opening) =>
				opening.addInitScript((enabled) => {
					const calls: ShareData[] = [];
					Object.assign(window, { shareCalls: calls });
					Object.defineProperty(Navigator.prototype, 'share', {
						configurable: true,
						value: enabled ? async (data: ShareData) => void calls.push(data) : undefined,
					});
					Object.defineProperty(Navigator.prototype, 'canShare', {
						configurable: true,
						value: enabled ? () => true : undefined,
					});
				}, share),
		});

	test('offers Copy link, Share and Cite above the account, and shares the page’s address through the browser', async () => {
		const { page, errors, close } = await openWithShare(true);
		onTestFinished(close);
		const actions = page.locator('.event-actions');
		for (const control of [
			page.getByRole('button', { name: /^Copy link to this event/ }),
			actions.getByRole('button', { name: 'Share' }),
			actions.getByRole('link', { name: 'Cite this event' }),
		]) {
			const box = (await control.boundingBox())!;
			expect(box.y + box.height).toBeLessThan(800);
		}
		await actions.getByRole('button', { name: 'Share' }).click();
		const calls = await page.evaluate(
			() => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
		);
		expect(calls.map(({ url }) => url)).toEqual([
			new URL('events/white-house-briefing/', config.site).href,
		]);
		expect(page.url()).toBe(new URL('events/white-house-briefing/', site.url).href);
		expect(errors).toEqual([]);
	});

	test('hides Share where the browser cannot share, and keeps it a plain link to the page without JavaScript', async () => {
		const { page, close } = await openWithShare(false);
		onTestFinished(close);
		expect(
			await page
				.getByRole('link', { name: 'Share' })
				.or(page.getByRole('button', { name: 'Share' }))
				.count(),
		).toBe(0);
		const plain = await site.open('events/white-house-briefing/', {
			...phone,
			javaScriptEnabled: false,
		});
		onTestFinished(plain.close);
		expect(await plain.page.getByRole('link', { name: 'Share' }).getAttribute('href')).toBe(
			'/events/white-house-briefing/',
		);
		await plain.page.getByRole('link', { name: 'Cite this event' }).click();
		await expect
			.poll(() => plain.page.getByRole('heading', { name: 'Cite this event' }).isVisible())
			.toBe(true);
	});

	test('lists a quote repeated in nearly the same words once, the others as “also reported” with their own numbers and anchors', async () => {
		const most = events.reduce((best, event) =>
			event.citations.length > best.citations.length ? event : best,
		);
		const { page, close } = await site.open(`events/${most.id}/`, {
			...phone,
			javaScriptEnabled: false,
		});
		onTestFinished(close);
		const numbers = await page
			.locator('.citations li[id]')
			.evaluateAll((items) => items.map((item) => [item.id, (item as HTMLLIElement).value]));
		expect(numbers.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual(
			most.citations.map((_, index) => [`${most.id}-q${index + 1}`, index + 1]),
		);
		expect(
			await page.locator('.citations blockquote').filter({ visible: true }).count(),
		).toBeLessThan(most.citations.length);
		expect(
			await page.getByText('Also reported in nearly the same words:').first().isVisible(),
		).toBe(true);
	});
});
