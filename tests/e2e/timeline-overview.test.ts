import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { buildFixture } from '../helpers/build.ts';
import { useSite } from '../helpers/site.ts';

/** A generated chronology of `count` events, `everyDays` apart, built as a site. */
function syntheticSite(count: number, everyDays: number, sources: number) {
	return useSite({
		async build() {
			const root = await mkdtemp(join(inject('buildDir'), `overview-${count}-`));
			await writeSyntheticChronology(root, count, { everyDays, paragraphs: 10, sources });
			const built = await buildFixture(root);
			if (built.error) throw built.error;
			return built.dist;
		},
	});
}

const WIDTHS = [320, 390, 1280] as const;

describe.each([
	[7, 9, 2],
	[60, 3, 4],
	[500, 1.5, 50],
])('the timeline of %i generated events', (count, everyDays, sources) => {
	const site = syntheticSite(count, everyDays, sources);

	test.each(WIDTHS)(
		'fits a %i px screen: no sideways scrolling, every mark, bar and label inside the strip',
		async (width) => {
			const { page, errors, close } = await site.open('', { viewport: { width, height: 800 } });
			onTestFinished(async () => {
				await close();
			});
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
			const { frame, parts } = await page.locator('[data-timeline-frame]').evaluate((element) => {
				const shown = (part: Element) =>
					part.getClientRects().length > 0 &&
					getComputedStyle(part).display !== 'none' &&
					!part.closest('[style*="display: none"]');
				const rects = [...element.querySelectorAll('.mark, .label, .bin-count, .axis text')]
					.filter(shown)
					.map((part) => {
						const rect = part.getBoundingClientRect();
						return {
							what: part.getAttribute('class') ?? part.tagName,
							text: part.textContent ?? '',
							left: rect.left,
							right: rect.right,
						};
					});
				const box = element.getBoundingClientRect();
				return { frame: { left: box.left, right: box.right }, parts: rects };
			});
			expect(parts.length).toBeGreaterThan(0);
			for (const part of parts) {
				expect(part.left, `${part.what} ${part.text}`).toBeGreaterThanOrEqual(frame.left);
				expect(part.right, `${part.what} ${part.text}`).toBeLessThanOrEqual(frame.right);
			}
			expect(errors).toEqual([]);
		},
	);

	if (count > 24) {
		test('draws one bar per month with events, each a link to its month named with its count first, the counts adding up', async () => {
			const { page, errors, close } = await site.open('', {
				viewport: { width: 390, height: 800 },
			});
			onTestFinished(async () => {
				await close();
			});
			const bars = await page.locator('[data-timeline] a.is-bin').evaluateAll((links) =>
				links.map((link) => ({
					href: link.getAttribute('href')!,
					name: link.getAttribute('aria-label')!,
				})),
			);
			expect(bars.length).toBeGreaterThan(1);
			let total = 0;
			for (const { href, name } of bars) {
				expect(href, name).toMatch(/^\/#\d{4}-\d{2}$/u);
				const match = /^(\d+) events?, (?:\w+ \d{4}|.+)$/u.exec(name);
				expect(match, name).not.toBeNull();
				total += Number(match![1]);
			}
			expect(total).toBe(count);
			// The first bar is the first month's, named as a reader says it.
			expect(bars[0]!.name).toMatch(/^\d+ events, January 2000$/u);
			expect(errors).toEqual([]);
		});

		test('opens the island on request over the overview’s span, and the arrow keys step through the bars', async () => {
			const { page, errors, close } = await site.open('', {
				viewport: { width: 1280, height: 800 },
				reducedMotion: 'reduce',
			});
			onTestFinished(async () => {
				await close();
			});
			const bars = page.locator('[data-timeline] a.is-bin');
			await bars.first().focus();
			await page.keyboard.press('ArrowRight');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
				await bars.nth(1).getAttribute('aria-label'),
			);
			await page.getByRole('button', { name: /^Explore/ }).click();
			await page.locator('.timeline-vis .vis-item').first().waitFor({ state: 'visible' });
			const axis = await page.locator('.timeline-vis .vis-time-axis .vis-text').allTextContents();
			expect(axis.join(' ')).toMatch(/2000|Jan/u);
			expect(errors).toEqual([]);
		});
	}
});
