import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { compositeBackground, contrastRatio, parseCssColour } from '../helpers/colour.ts';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { explore } from '../helpers/island.ts';
import { useSite } from '../helpers/site.ts';

const STRIP_ITEM = '[data-timeline] a[data-slug]';

const site = useSite();
let events: ExportedEvent[];

beforeAll(async () => {
	events = await exportedEvents(site);
	expect(events.length).toBeGreaterThan(2);
});

/** What a reader sees of each event on the strip, in the page's coordinates. */
interface SeenMark {
	slug: string;
	date: string;
	title: string;
	/** The mark with its arrows, and the date and title lines as drawn. */
	mark: { left: number; right: number; top: number; bottom: number };
	dateBox: { left: number; right: number };
	titleBox: { left: number; right: number };
}

function seeStrip(page: Page): Promise<SeenMark[]> {
	return page.locator(STRIP_ITEM).evaluateAll((links) =>
		links.map((link) => {
			const shown = (element: Element) => getComputedStyle(element).display !== 'none';
			const shapes = [...link.querySelectorAll('.mark, .arrow polygon')].map((shape) =>
				shape.getBoundingClientRect(),
			);
			// Each label is drawn once per drawing width (labels.ts); the page shows one.
			const label = [...link.querySelectorAll('.label')].find(shown)!;
			const date = label.querySelector('.date')!;
			const lines = [...label.querySelectorAll('.title')];
			const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right });
			const titleRects = lines.map((line) => line.getBoundingClientRect());
			return {
				slug: link.getAttribute('data-slug')!,
				date: date.textContent!.trim(),
				title: lines.map((line) => line.textContent!.trim()).join(' '),
				mark: {
					left: Math.min(...shapes.map((rect) => rect.left)),
					right: Math.max(...shapes.map((rect) => rect.right)),
					top: Math.min(...shapes.map((rect) => rect.top)),
					bottom: Math.max(...shapes.map((rect) => rect.bottom)),
				},
				dateBox: box(date.getBoundingClientRect()),
				titleBox: {
					left: Math.min(...titleRects.map((rect) => rect.left)),
					right: Math.max(...titleRects.map((rect) => rect.right)),
				},
			};
		}),
	);
}

describe('the timeline at a glance', () => {
	test.each([
		[320, true],
		[390, true],
		[1280, true],
		[390, false],
	])(
		'at %i px (JavaScript %s) shows every event’s mark and full date in the width, top to bottom in the list’s order',
		async (width, javaScriptEnabled) => {
			const { page, errors } = await site.open('', {
				viewport: { width, height: 800 },
				javaScriptEnabled,
			});
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width,
			);
			const seen = await seeStrip(page);
			expect(seen.map((one) => one.slug)).toEqual(events.map((event) => event.id));
			for (const [index, one] of seen.entries()) {
				const event = events[index]!;
				expect(one.date).toBe(event.date.label);
				for (const [what, box] of [
					['mark', one.mark],
					['date', one.dateBox],
					['title', one.titleBox],
				] as const) {
					expect(box.left, `${one.slug}: ${what}`).toBeGreaterThanOrEqual(0);
					expect(box.right, `${one.slug}: ${what}`).toBeLessThanOrEqual(width);
				}
				// A whole title, or the editor's short one: never one cut mid-thought.
				expect([event.title, event.short]).toContain(one.title);
				if (index > 0) expect(one.mark.top).toBeGreaterThan(seen[index - 1]!.mark.bottom);
			}
			expect(errors).toEqual([]);
		},
	);

	test('uses the width it is given: a wide screen draws the story wider, with longer titles', async () => {
		const widths = [];
		const titles = [];
		for (const width of [390, 1280]) {
			const { page, close } = await site.open('', { viewport: { width, height: 800 } });
			const seen = await seeStrip(page);
			const frame = (await page.locator('[data-timeline-frame]').boundingBox())!;
			widths.push((seen.at(-1)!.mark.right - seen[0]!.mark.left) / frame.width);
			titles.push(seen.reduce((sum, one) => sum + one.title.length, 0));
			await close();
		}
		// The marks span most of the frame at any width, and titles grow with it.
		for (const share of widths) expect(share).toBeGreaterThan(0.75);
		expect(titles[1]).toBeGreaterThan(titles[0]!);
	});

	test('opened on purpose, the island draws the same rows in the same order on the same time scale', async () => {
		const { page, errors } = await site.open('', {
			viewport: { width: 390, height: 900 },
			reducedMotion: 'reduce',
		});
		const strip = await page.locator(STRIP_ITEM).evaluateAll((links) =>
			links.map((link) => {
				const rect = link.querySelector('.mark')!.getBoundingClientRect();
				return {
					slug: link.getAttribute('data-slug')!,
					dot: link.querySelector('circle.mark') !== null,
					left: rect.left,
					right: rect.right,
					centre: (rect.left + rect.right) / 2,
				};
			}),
		);
		await explore(page);
		const island = await page.locator('.timeline-vis .vis-item[data-id]').evaluateAll((items) =>
			items.map((item) => {
				const rect = item.getBoundingClientRect();
				return {
					slug: item.getAttribute('data-id')!,
					left: rect.left,
					right: rect.right,
					top: rect.top,
					centre: (rect.left + rect.right) / 2,
				};
			}),
		);
		const byTop = [...island].sort((a, b) => a.top - b.top);
		expect(byTop.map((item) => item.slug)).toEqual(events.map((event) => event.id));
		expect(new Set(island.map((item) => Math.round(item.top))).size).toBe(events.length);
		for (const mark of strip) {
			const item = island.find((candidate) => candidate.slug === mark.slug)!;
			expect(Math.abs(item.centre - mark.centre), mark.slug).toBeLessThan(2.5);
			if (!mark.dot)
				expect(Math.abs(item.right - item.left - (mark.right - mark.left)), mark.slug).toBeLessThan(
					2.5,
				);
		}
		expect(errors).toEqual([]);
	});
});

describe('the timeline’s keyboard', () => {
	const inView = (page: Page, selector: string) =>
		page.locator(selector).evaluate((element) => {
			const rect = element.getBoundingClientRect();
			return (
				rect.top >= 0 &&
				rect.bottom <= window.innerHeight &&
				rect.left >= 0 &&
				rect.right <= window.innerWidth
			);
		});

	test.each(['strip', 'island'])(
		'keeps the focused mark in view after each arrow key, in the %s',
		async (engine) => {
			// A short phone screen, so that the timeline does not fit in it whole.
			const { page, errors } = await site.open('', {
				viewport: { width: 390, height: 420 },
				reducedMotion: 'reduce',
			});
			if (engine === 'island') await explore(page);
			else await page.locator(`${STRIP_ITEM}[data-slug="${events[0]!.id}"]`).focus();
			const focusedMark =
				engine === 'island' ? '.timeline-vis .vis-item.is-focused' : `${STRIP_ITEM}:focus .mark`;
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-slug')))
				.toBe(events[0]!.id);
			await page.evaluate(() => window.scrollTo(0, 0));
			for (const event of events.slice(1)) {
				await page.keyboard.press('ArrowDown');
				expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slug'))).toBe(
					event.id,
				);
				await expect.poll(() => inView(page, focusedMark), { timeout: 2000 }).toBe(true);
			}
			expect(errors).toEqual([]);
		},
	);

	test('tells a pointer-and-keyboard reader about the arrow keys, and a touch screen nothing of them', async () => {
		for (const [options, shown] of [
			[{}, true],
			[{ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } }, false],
		] as const) {
			const { page, close } = await site.open('', options);
			expect(await page.locator('[data-timeline-keys]').isVisible(), JSON.stringify(options)).toBe(
				shown,
			);
			await close();
		}
	});
});

describe('the timeline’s marks', () => {
	test.each(['light', 'dark'] as const)(
		'stand out at least 3:1 from their background in %s mode, in the strip and in the island',
		async (colorScheme) => {
			const { page, errors } = await site.open('', { colorScheme });
			const background = async () =>
				compositeBackground(
					await page.locator('[data-timeline-frame]').evaluate((frame) => {
						const layers = [];
						for (let element: Element | null = frame; element; element = element.parentElement)
							layers.push(getComputedStyle(element).backgroundColor);
						return layers;
					}),
				);
			const stripColours = await page.locator(STRIP_ITEM).evaluateAll((links) =>
				links.flatMap((link) => {
					const mark = getComputedStyle(link.querySelector('.mark')!);
					// A hatched band's edge is what marks its bounds; a solid mark's fill.
					const colours = [mark.fill.startsWith('url(') ? mark.stroke : mark.fill];
					for (const arrow of link.querySelectorAll('.arrow polygon'))
						colours.push(getComputedStyle(arrow).fill);
					return colours.map((colour) => ({ slug: link.getAttribute('data-slug'), colour }));
				}),
			);
			expect(stripColours.length).toBeGreaterThanOrEqual(events.length);
			const behind = await background();
			for (const { slug, colour } of stripColours)
				expect(
					contrastRatio(parseCssColour(colour), behind),
					`${slug} ${colour}`,
				).toBeGreaterThanOrEqual(3);

			await explore(page);
			const islandColours = await page
				.locator('.timeline-vis .vis-item[data-id] .vis-item-overflow')
				.evaluateAll((marks) =>
					marks.map((mark) => {
						const after = getComputedStyle(mark, '::after');
						const imprecise = mark.closest('.is-imprecise') !== null;
						return {
							slug: mark.closest('[data-id]')!.getAttribute('data-id'),
							colour: imprecise ? after.borderTopColor : after.backgroundColor,
						};
					}),
				);
			expect(islandColours).toHaveLength(events.length);
			for (const { slug, colour } of islandColours)
				expect(
					contrastRatio(parseCssColour(colour), behind),
					`${slug} ${colour}`,
				).toBeGreaterThanOrEqual(3);
			expect(errors).toEqual([]);
		},
	);
});
