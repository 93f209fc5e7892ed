import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
let events: ExportedEvent[];

beforeAll(async () => {
	events = await exportedEvents(site);
	expect(events.length).toBeGreaterThan(2);
});

/** Opens the chronology at `width` and asks for the island with its Explore button. */
async function explore(
	width: number,
	device: { hasTouch?: boolean; isMobile?: boolean } = {},
): Promise<Page> {
	const { page, errors, close } = await site.open('', {
		viewport: { width, height: 900 },
		reducedMotion: 'reduce',
		...device,
	});
	onTestFinished(async () => {
		await close();
	});
	onTestFinished(() => expect(errors).toEqual([]));
	await page.getByRole('button', { name: /^Explore/ }).click();
	await page.locator('.timeline-vis .vis-item').first().waitFor({ state: 'visible' });
	return page;
}

/** The width of the drawn mark of the event that is a known period: it grows as the island zooms in. */
function periodWidth(page: Page): Promise<number> {
	return page
		.locator('.timeline-vis .vis-item.is-range[data-id]')
		.first()
		.evaluate((item) => item.getBoundingClientRect().width);
}

/**
 * Every label the island shows, each once per row: an item's own, or the pinned label of a row
 * whose event is outside the window; with the drawing's edges.
 */
function seeLabels(page: Page): Promise<{
	panel: { left: number; right: number };
	labels: { id: string; left: number; right: number; text: string }[];
}> {
	return page.locator('.timeline-vis').evaluate((container) => {
		const panel = container.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
		const labels = [
			...container.querySelectorAll<HTMLElement>('.vis-item[data-id], .timeline-vis-pin[data-id]'),
		].flatMap((item) => {
			const label = item.querySelector('.timeline-vis-label');
			if (!label) return [];
			const shown = [
				...label.querySelectorAll<HTMLElement>('.timeline-vis-date, .timeline-vis-title'),
			].filter((part) => getComputedStyle(part).display !== 'none');
			const rects = shown
				.map((part) => part.getBoundingClientRect())
				.filter((rect) => rect.width > 0);
			if (rects.length === 0) return [];
			return [
				{
					id: item.dataset['id']!,
					left: Math.min(...rects.map((rect) => rect.left)),
					right: Math.max(...rects.map((rect) => rect.right)),
					text: shown.map((part) => part.textContent).join(' '),
				},
			];
		});
		return { panel: { left: panel.left, right: panel.right }, labels };
	});
}

async function expectEveryRowLabelledInside(page: Page, when: string): Promise<void> {
	const { panel, labels } = await seeLabels(page);
	expect([...new Set(labels.map((label) => label.id))].sort(), when).toEqual(
		events.map((event) => event.id).sort(),
	);
	for (const label of labels) {
		expect(label.left, `${when}: ${label.text}`).toBeGreaterThanOrEqual(panel.left - 0.5);
		expect(label.right, `${when}: ${label.text}`).toBeLessThanOrEqual(panel.right + 0.5);
	}
}

describe('the island’s zoom', () => {
	test.each([
		['a mouse', {}],
		['a touch screen', { hasTouch: true, isMobile: true }],
	] as const)(
		'has visible zoom in, zoom out and fit buttons and a one-line hint inside its row at 320 px, with %s',
		async (_, device) => {
			const page = await explore(320, device);
			for (const name of ['Zoom in', 'Zoom out', /^Fit$/])
				await expect.poll(() => page.getByRole('button', { name }).isVisible()).toBe(true);
			const hint = page.locator('.timeline-zoom-hint');
			expect(await hint.isVisible()).toBe(true);
			const { height, lineHeight } = await hint.evaluate((element) => ({
				height: element.getBoundingClientRect().height,
				lineHeight: Number.parseFloat(getComputedStyle(element).lineHeight),
			}));
			expect(height).toBeLessThan(lineHeight * 1.5);
			const row = (await page.locator('.timeline-tools').boundingBox())!;
			const shown = (await hint.boundingBox())!;
			expect(shown.x + shown.width).toBeLessThanOrEqual(row.x + row.width);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
		},
	);

	test('zooms in and out with its buttons and back to the whole timeline with Fit', async () => {
		const page = await explore(1280);
		const whole = await periodWidth(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(() => periodWidth(page)).toBeGreaterThan(whole * 1.3);
		const zoomed = await periodWidth(page);
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect.poll(() => periodWidth(page)).toBeLessThan(zoomed / 1.3);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.getByRole('button', { name: /^Fit$/ }).click();
		await expect.poll(() => periodWidth(page)).toBeCloseTo(whole, 0);
	});

	test('zooms with the keys +, − and 0 wherever focus is in the timeline', async () => {
		const page = await explore(1280);
		const whole = await periodWidth(page);
		await page.keyboard.press('+');
		await expect.poll(() => periodWidth(page)).toBeGreaterThan(whole * 1.3);
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		await page.keyboard.press('0');
		await expect.poll(() => periodWidth(page)).toBeCloseTo(whole, 0);
	});

	test.each([320, 390, 1280])(
		'at %i px keeps a label for every row inside the drawing, whole, at every zoom and after a pan',
		async (width) => {
			const page = await explore(width);
			await expectEveryRowLabelledInside(page, 'fitted');
			for (let presses = 1; presses <= 3; presses++) {
				await page.getByRole('button', { name: 'Zoom in' }).click();
				await page.waitForTimeout(100);
				await expectEveryRowLabelledInside(page, `zoomed in ${presses}×`);
			}
			const panel = (await page.locator('.timeline-vis .vis-panel.vis-center').boundingBox())!;
			await page.mouse.move(panel.x + panel.width / 2, panel.y + 30);
			await page.mouse.down();
			await page.mouse.move(panel.x + panel.width * 0.9, panel.y + 30, { steps: 8 });
			await page.mouse.up();
			await page.waitForTimeout(100);
			await expectEveryRowLabelledInside(page, 'panned');
		},
	);
});
