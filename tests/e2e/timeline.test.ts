import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { OpenedPage, OpenOptions } from '../../harness/site.ts';
import { accessibleNames } from '../helpers/accessible-names.ts';
import { formatViolations, runAxe } from '../helpers/axe.ts';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { explore, waitForIsland } from '../helpers/island.ts';
import { useSite } from '../helpers/site.ts';

/** The lazily loaded island's chunk, which carries vis-timeline. */
const ISLAND = /\/island\.[^/]*\.js$/;
const STRIP_ITEM = '[data-timeline] a[data-slug]';
/** vis-timeline marks a selected point's dot as selected too; its item carries `data-id`. */
const SELECTED = '.timeline-vis .vis-item.vis-selected[data-id]';
/** Most script the chronology page may load before the reader reaches for the timeline (bytes, uncompressed). */
const SCRIPT_BUDGET = 10 * 1024;
/** Smooth scrolling across a long page takes a while. */
const SCROLLING = { timeout: 5000 };

const site = useSite();
let events: ExportedEvent[];

beforeAll(async () => {
	events = await exportedEvents(site);
	expect(events.length).toBeGreaterThan(2);
});

/**
 * Opens `path` of the site. `holdIsland` keeps the island's request pending, so the static strip
 * can be examined before vis-timeline takes over.
 */
function open(
	path: string,
	{ holdIsland = false, ...options }: OpenOptions & { holdIsland?: boolean } = {},
): Promise<OpenedPage> {
	return site.open(path, {
		...options,
		async before(page) {
			if (holdIsland) await page.route(ISLAND, () => new Promise(() => {}));
			await options.before?.(page);
		},
	});
}

const activeSlug = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-slug') ?? null);

/** Whether the page is scrolled to the element: its top at the top of the viewport, or the page scrolled as far as it goes. */
async function scrolledTo(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((element) => {
		const { top } = element.getBoundingClientRect();
		const atBottom =
			window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
		return top >= -2 && (top < 48 || (atBottom && top < window.innerHeight));
	});
}

describe('the timeline', () => {
	test('is drawn at build time, readable with JavaScript off: one named link per event, in the list’s order', async () => {
		const { page, errors } = await open('', { javaScriptEnabled: false });
		const hrefs = await page
			.locator(STRIP_ITEM)
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs).toEqual(events.map((event) => `#${event.id}`));
		// Named by the label they show, with the full date and the whole title (timeline-names.test.ts).
		const names = await accessibleNames(page, STRIP_ITEM);
		expect(names).toHaveLength(events.length);
		for (const [index, event] of events.entries()) {
			expect(names[index]!.startsWith(`${event.date.label} `), names[index]).toBe(true);
			expect(names[index]).toContain(event.title);
		}
		const articles = await page
			.locator('main article[id]')
			.evaluateAll((found) => found.map((article) => article.id));
		expect(articles).toEqual(events.map((event) => event.id));
		expect(await page.locator('[data-timeline] svg.timeline-chunk').isVisible()).toBe(true);
		expect(await page.locator('.vis-timeline').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	test('highlights the item a link names at once, then vis-timeline selects it in view, zoomed to days', async () => {
		const { id } = events[Math.floor(events.length / 2)]!;
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		const { page, errors } = await open(`#${id}`, {
			before: (opening) =>
				opening.route(ISLAND, async (route) => {
					await gate;
					await route.continue();
				}),
		});

		await expect
			.poll(() => page.locator(`${STRIP_ITEM}[data-slug="${id}"]`).getAttribute('aria-current'))
			.toBe('true');
		expect(await page.locator(`${STRIP_ITEM}[aria-current]`).count()).toBe(1);
		expect(await page.locator('.vis-timeline').count()).toBe(0);
		await expect.poll(() => scrolledTo(page, `#${id}`), SCROLLING).toBe(true);

		release();
		const selected = page.locator(SELECTED);
		await selected.waitFor({ state: 'visible' });
		expect(await selected.getAttribute('data-id')).toBe(id);
		const drawing = (await page.locator('.timeline-vis').boundingBox())!;
		const item = (await selected.boundingBox())!;
		expect(item.x).toBeGreaterThanOrEqual(drawing.x - 1);
		expect(item.x).toBeLessThan(drawing.x + drawing.width);
		const minorLabels = await page
			.locator('.timeline-vis .vis-time-axis .vis-text.vis-minor')
			.allTextContents();
		for (const label of minorLabels) expect(label).not.toMatch(/:|\bAM\b|\bPM\b/);
		// The island takes the strip's place above the article: the article must end up (still) in view.
		await expect.poll(() => scrolledTo(page, `#${id}`), SCROLLING).toBe(true);
		expect(errors).toEqual([]);
	});

	test('goes to an event’s article when its mark is clicked, replacing the hash without adding history', async () => {
		const { page, errors } = await open('');
		await explore(page);
		const historyLength = await page.evaluate(() => history.length);
		for (const { id } of [events.at(-1)!, events[0]!]) {
			await page.locator(`.timeline-vis .vis-item[data-id="${id}"] .vis-item-content`).click();
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
			await expect.poll(() => scrolledTo(page, `#${id}`), SCROLLING).toBe(true);
			expect(
				await page.locator(`${STRIP_ITEM}[data-slug="${id}"]`).getAttribute('aria-current'),
			).toBe('true');
		}
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		expect(errors).toEqual([]);
	});

	test('goes to an event’s article from the static strip too, before vis-timeline has loaded, at once for reduced motion', async () => {
		const { page, errors } = await open('', { holdIsland: true, reducedMotion: 'reduce' });
		const { id } = events.at(-1)!;
		const historyLength = await page.evaluate(() => history.length);
		await page.locator(`${STRIP_ITEM}[data-slug="${id}"] .area`).click();
		expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
		expect(await scrolledTo(page, `#${id}`)).toBe(true);
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		expect(errors).toEqual([]);
	});

	test('is one tab stop whose arrow keys move in chronological order with a visible focus ring', async () => {
		const { page, errors } = await open('', { holdIsland: true });
		for (let presses = 0; presses < 60 && (await activeSlug(page)) === null; presses++)
			await page.keyboard.press('Tab');
		expect(await activeSlug(page)).toBe(events[0]!.id);
		const ring = () =>
			page.evaluate(() => {
				const area = document.activeElement?.querySelector('.area');
				return area
					? getComputedStyle(area).strokeWidth !== '0px' &&
							getComputedStyle(area).stroke !== 'transparent' &&
							getComputedStyle(area).stroke !== 'rgba(0, 0, 0, 0)'
					: false;
			});
		expect(await ring()).toBe(true);

		const visited = [await activeSlug(page)];
		for (let step = 1; step < events.length; step++) {
			await page.keyboard.press('ArrowRight');
			visited.push(await activeSlug(page));
		}
		expect(visited).toEqual(events.map((event) => event.id));
		expect(await ring()).toBe(true);
		await page.keyboard.press('ArrowRight');
		expect(await activeSlug(page)).toBe(events.at(-1)!.id);
		await page.keyboard.press('Home');
		expect(await activeSlug(page)).toBe(events[0]!.id);
		await page.keyboard.press('ArrowDown');
		expect(await activeSlug(page)).toBe(events[1]!.id);
		await page.keyboard.press('End');
		expect(await activeSlug(page)).toBe(events.at(-1)!.id);
		await page.keyboard.press('ArrowUp');
		const target = events.at(-2)!.id;
		expect(await activeSlug(page)).toBe(target);

		await page.keyboard.press('Escape');
		expect(
			await page.evaluate(() => document.activeElement?.hasAttribute('data-timeline-frame')),
		).toBe(true);
		await page.keyboard.press('Tab');
		expect(await activeSlug(page)).toBe(target);
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => Boolean(document.activeElement?.closest('[data-timeline-frame]'))),
		).toBe(false);
		await page.keyboard.press('Shift+Tab');
		expect(await activeSlug(page)).toBe(target);

		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${target}`);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
		await expect.poll(() => scrolledTo(page, `#${target}`), SCROLLING).toBe(true);
		expect(errors).toEqual([]);
	});

	test('keeps the same keyboard model once vis-timeline has taken over, ringing the focused event in its drawing', async () => {
		const { page, errors } = await open('');
		for (
			let presses = 0;
			presses < 60 &&
			!(await page.evaluate(() => document.activeElement?.hasAttribute('data-timeline-explore')));
			presses++
		)
			await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await waitForIsland(page);
		// The button goes once the drawing is there; focus goes on to the timeline's tab stop.
		await expect.poll(() => activeSlug(page)).toBe(events[0]!.id);
		expect(await page.getByRole('button', { name: /^Explore/ }).count()).toBe(0);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const id = events[2]!.id;
		expect(await activeSlug(page)).toBe(id);
		const focused = page.locator('.timeline-vis .vis-item.is-focused');
		await expect.poll(() => focused.getAttribute('data-id')).toBe(id);
		expect(await focused.count()).toBe(1);
		const outline = await focused.locator('.vis-item-content').evaluate((content) => {
			const style = getComputedStyle(content);
			return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
		});
		expect(outline.style).toBe('solid');
		expect(outline.width).toBeGreaterThanOrEqual(2);
		expect(await focused.isVisible()).toBe(true);
		const [name] = await accessibleNames(page, `${STRIP_ITEM}[data-slug="${id}"]`);
		expect(name).toContain(events[2]!.date.label);
		expect(name).toContain(events[2]!.title);

		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
		await expect.poll(() => page.locator(SELECTED).getAttribute('data-id')).toBe(id);
		expect(errors).toEqual([]);
	});

	test('requests nothing of vis-timeline until the reader asks to explore: hover, wheel and passing focus load nothing', async () => {
		const scripts: { url: string; body: string }[] = [];
		const { page, errors } = await open('', {
			before: (opening) =>
				void opening.on('response', async (response) => {
					if (response.request().resourceType() === 'script')
						scripts.push({ url: response.url(), body: await response.text() });
				}),
		});
		await page.waitForTimeout(1500);
		const initial = [...scripts];
		expect(initial.length).toBeGreaterThan(0);
		for (const script of initial) expect(script.body, script.url).not.toContain('vis-timeline');
		expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
		// The always-loaded part is keyboard, deep links and the loader: a few kilobytes, not vis-timeline's hundreds.
		expect(initial.reduce((sum, script) => sum + Buffer.byteLength(script.body), 0)).toBeLessThan(
			SCRIPT_BUDGET,
		);

		const frame = page.locator('[data-timeline-frame]');
		const box = await frame.boundingBox();
		await frame.hover();
		await page.mouse.wheel(0, 40);
		await page.mouse.wheel(0, -40);
		for (let presses = 0; presses < 60 && (await activeSlug(page)) === null; presses++)
			await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.waitForTimeout(800);
		expect(scripts.filter((script) => script.body.includes('vis-timeline'))).toEqual([]);
		expect(await page.locator('.vis-timeline').count()).toBe(0);
		await page.evaluate(() => window.scrollTo(0, 0));
		expect(await frame.boundingBox()).toEqual(box);

		await explore(page);
		const island = scripts.filter(
			(script) => !initial.includes(script) && script.body.includes('vis-timeline'),
		);
		expect(island.length).toBeGreaterThan(0);
		const styles = await page.evaluate(() =>
			document.adoptedStyleSheets
				.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
				.join('\n'),
		);
		expect(styles).toContain('.vis-timeline');
		expect(errors).toEqual([]);
	});

	test('loads vis-timeline for a link to one event only after the page has loaded and painted', async () => {
		const { id } = events[0]!;
		const { page, errors } = await open(`#${id}`);
		await waitForIsland(page);
		const timing = await page.evaluate(() => {
			const navigation = performance.getEntriesByType(
				'navigation',
			)[0] as PerformanceNavigationTiming;
			const paint = performance.getEntriesByName('first-contentful-paint')[0];
			const island = performance
				.getEntriesByType('resource')
				.find((entry) => /\/island\.[^/]*\.js$/.test(entry.name));
			return {
				load: navigation.loadEventStart,
				paint: paint?.startTime,
				island: island?.startTime,
			};
		});
		expect(timing.island).toBeDefined();
		expect(timing.paint).toBeDefined();
		expect(timing.island!).toBeGreaterThanOrEqual(timing.load);
		expect(timing.island!).toBeGreaterThanOrEqual(timing.paint!);
		expect(errors).toEqual([]);
	});

	test('shows the same days in Honolulu and in Seoul', async () => {
		const { id } = events.at(-1)!;
		const seen = [];
		for (const timezoneId of ['Pacific/Honolulu', 'Asia/Seoul']) {
			const { page, errors, close } = await open(`#${id}`, { timezoneId });
			await page.locator(SELECTED).waitFor({ state: 'visible' });
			expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
				timezoneId,
			);
			seen.push(
				await page.evaluate(() => {
					const drawing = document.querySelector('.timeline-vis')!.getBoundingClientRect();
					const x = (element: Element) =>
						Math.round(element.getBoundingClientRect().left - drawing.left);
					return {
						strip: [...document.querySelectorAll('[data-timeline] a[data-slug]')].map(
							(link) => link.textContent,
						),
						list: [...document.querySelectorAll('main article time')].map(
							(time) => `${time.getAttribute('datetime')} ${time.textContent}`,
						),
						axis: [...document.querySelectorAll('.timeline-vis .vis-time-axis .vis-text')].map(
							(label) => `${label.textContent}@${x(label)}`,
						),
						items: [...document.querySelectorAll('.timeline-vis .vis-item[data-id]')].map(
							(item) => `${item.getAttribute('data-id')}@${x(item)}`,
						),
					};
				}),
			);
			expect(errors).toEqual([]);
			await close();
		}
		const [honolulu, seoul] = seen;
		expect(honolulu!.axis.length).toBeGreaterThan(0);
		expect(honolulu!.items.length).toBeGreaterThan(0);
		expect(seoul).toEqual(honolulu);
	});

	test('has no accessibility violations, drawn at build time or by vis-timeline', async () => {
		// axe is injected as an inline script, which the page's CSP would refuse.
		const { page, errors } = await open('', { bypassCSP: true });
		const expectNoViolations = async (when: string) => {
			const violations = await runAxe(page, '[data-timeline]');
			expect(
				violations,
				`axe found violations in the timeline ${when}:\n\n${formatViolations(violations)}\n`,
			).toEqual([]);
		};
		await expectNoViolations('drawn at build time');
		await explore(page);
		await expectNoViolations('drawn by vis-timeline');
		expect(errors).toEqual([]);
	});
});
