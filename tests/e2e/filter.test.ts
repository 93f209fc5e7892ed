import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { facetSlug } from '../../src/lib/facets.ts';
import { explore, ISLAND_ITEM } from '../helpers/island.ts';
import { useSite } from '../helpers/site.ts';

/** The real chronology filtered in place: its timeline, the island and the month index follow. */
const site = useSite();

interface Exported {
	events: { id: string; tags: string[]; places: string[]; date: { last: string | null } }[];
}
let exported: Exported;

beforeAll(async () => {
	exported = (await (await fetch(new URL('chronology.json', site.url))).json()) as Exported;
});

/** The slugs of the events that have `tag`, in the chronology's order. */
const tagged = (tag: string) =>
	exported.events.filter((event) => event.tags.some((name) => facetSlug(name) === tag));

/** Opens the chronology filtered by `query` and waits for the filter to have run. */
async function openFiltered(query: string, options: Parameters<typeof site.open>[1] = {}) {
	const opened = await site.open(query, options);
	await expect
		.poll(() => opened.page.locator('[data-filter-status]').textContent())
		.toMatch(/ of \d+ events/);
	return opened;
}

/** The strip's marks that are drawn: their slugs, and their rows' tops in px from the strip's top. */
function drawnMarks(page: Page) {
	return page.locator('[data-timeline] a[data-slug]').evaluateAll((marks) =>
		marks
			.filter((mark) => getComputedStyle(mark).display !== 'none')
			.map((mark) => ({
				slug: mark.getAttribute('data-slug')!,
				top:
					mark.querySelector('.area')!.getBoundingClientRect().top -
					mark.closest('svg')!.getBoundingClientRect().top,
			})),
	);
}

const activeSlug = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-slug') ?? null);

describe('the real chronology filtered by a topic', () => {
	test('draws only the topic’s events on the timeline, their rows closed up with no empty row, and says the time scale is the whole chronology’s', async () => {
		const shipments = tagged('shipments');
		expect(shipments.length).toBeGreaterThan(1);
		expect(shipments.length).toBeLessThan(exported.events.length);
		const whole = await site.open('');
		const rows = await drawnMarks(whole.page);
		const fullHeight = await whole.page
			.locator('[data-timeline] svg.timeline-chunk')
			.evaluate((svg) => svg.getBoundingClientRect().height);

		const { page, errors } = await openFiltered('?tag=shipments');
		const marks = await drawnMarks(page);
		expect(marks.map((mark) => mark.slug)).toEqual(shipments.map((event) => event.id));
		// The rows left take the first rows' places: the strip is as tall as their rows.
		marks.forEach((mark, index) => expect(mark.top).toBeCloseTo(rows[index]!.top, 0));
		const height = await page
			.locator('[data-timeline] svg.timeline-chunk')
			.evaluate((svg) => svg.getBoundingClientRect().height);
		const lane = rows[1]!.top - rows[0]!.top;
		expect(height).toBeCloseTo(fullHeight - (rows.length - marks.length) * lane, 0);
		expect(
			await page
				.getByText(
					`Filtered: the ${shipments.length} of ${exported.events.length} events shown, on the whole chronology’s time scale.`,
				)
				.isVisible(),
		).toBe(true);

		// Cleared, every row is back in its place.
		await page.getByRole('button', { name: 'Clear the filter: show every event' }).click();
		expect((await drawnMarks(page)).map(({ slug, top }) => ({ slug, top }))).toEqual(
			rows.map(({ slug, top }) => ({ slug, top })),
		);
		expect(await page.getByText(/^Filtered:/).count()).toBe(0);
		expect(errors).toEqual([]);
	});

	test('moves the arrow keys, Home and End only between the marks drawn', async () => {
		const shipments = tagged('shipments').map((event) => event.id);
		const { page, errors } = await openFiltered('?tag=shipments');
		// The timeline's one tab stop is a drawn mark.
		await page.locator('[data-timeline] a[tabindex="0"]').focus();
		expect(await activeSlug(page)).toBe(shipments[0]);
		const visited = [await activeSlug(page)];
		for (let step = 1; step < shipments.length; step++) {
			await page.keyboard.press('ArrowRight');
			visited.push(await activeSlug(page));
		}
		expect(visited).toEqual(shipments);
		await page.keyboard.press('Home');
		expect(await activeSlug(page)).toBe(shipments[0]);
		await page.keyboard.press('End');
		expect(await activeSlug(page)).toBe(shipments.at(-1));
		await page.keyboard.press('ArrowLeft');
		expect(await activeSlug(page)).toBe(shipments.at(-2));
		expect(errors).toEqual([]);
	});

	test('shows only the topic’s events in the island, one row each, and every event again once cleared', async () => {
		const shipments = tagged('shipments').map((event) => event.id);
		const { page, errors } = await openFiltered('?tag=shipments');
		await explore(page);
		const drawn = () =>
			page
				.locator(`${ISLAND_ITEM}[data-id]`)
				.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')).sort());
		await expect.poll(drawn).toEqual([...shipments].sort());
		expect(await page.locator('.timeline-vis .vis-foreground > .vis-group').count()).toBe(
			shipments.length,
		);

		// Its box is as tall as the rows left: no empty rows below them.
		const box = () =>
			page.locator('.timeline-vis').evaluate((island) => island.getBoundingClientRect().height);
		const filteredHeight = await box();

		await page.getByRole('button', { name: 'Clear the filter: show every event' }).click();
		await expect.poll(drawn).toEqual(exported.events.map((event) => event.id).sort());
		expect(await box()).toBeGreaterThan(filteredHeight * 1.5);
		expect(await page.locator('.timeline-vis .vis-foreground > .vis-group').count()).toBe(
			exported.events.length,
		);

		await page.goBack();
		await expect.poll(drawn).toEqual([...shipments].sort());
		expect(errors).toEqual([]);
	});

	test('greys a month of the index the filter leaves empty, with no link to it, and counts each month’s events shown of all', async () => {
		const inSouthKorea = exported.events.filter((event) =>
			event.places.some((name) => facetSlug(name) === 'south-korea'),
		);
		const months = [...new Set(exported.events.map((event) => event.date.last!.slice(0, 7)))];
		const left = new Set(inSouthKorea.map((event) => event.date.last!.slice(0, 7)));
		const emptied = months.filter((month) => !left.has(month));
		expect(emptied.length).toBeGreaterThan(0);

		const { page, errors } = await openFiltered('?place=south-korea');
		const index = page.getByRole('navigation', { name: 'Months' });
		for (const month of emptied) {
			const entry = index.locator(`li[data-month="${month}"]`);
			expect(await entry.isVisible()).toBe(true);
			expect(
				Number(await entry.evaluate((element) => getComputedStyle(element).opacity)),
			).toBeLessThan(1);
			expect(await page.locator(`section.month[data-month="${month}"]`).isVisible()).toBe(false);
			// Not a link to an empty section: a click on it goes nowhere.
			await entry.click({ force: true });
			expect(await page.evaluate(() => location.hash)).toBe('');
		}
		const kept = [...left][0]!;
		const all = exported.events.filter((event) => event.date.last!.startsWith(kept)).length;
		const shown = inSouthKorea.filter((event) => event.date.last!.startsWith(kept)).length;
		expect(await index.locator(`a[href$="#${kept}"]`).getAttribute('href')).toBeTruthy();
		expect(
			(await index.locator(`li[data-month="${kept}"] [data-month-count]`).textContent())?.trim(),
		).toBe(`${shown} of ${all} events`);
		expect(await index.getByRole('heading', { level: 3 }).first().textContent()).toMatch(
			new RegExp(`· ${inSouthKorea.length} of ${exported.events.length} events$`),
		);
		expect(errors).toEqual([]);
	});
});
