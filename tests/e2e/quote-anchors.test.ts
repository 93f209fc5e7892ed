import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

/** Waits until the page stops scrolling: the site scrolls smoothly to a fragment unless the reader prefers reduced motion. */
async function scrollSettled(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let last = -1;
				let still = 0;
				const step = () => {
					still = window.scrollY === last ? still + 1 : 0;
					last = window.scrollY;
					if (still >= 10) resolve();
					else requestAnimationFrame(step);
				};
				requestAnimationFrame(step);
			}),
	);
}

/** Where the mark is, whether it is what a reader sees at its middle, and its background. */
async function markState(page: Page, id: string) {
	return page.evaluate((anchor) => {
		const mark = document.getElementById(anchor)!;
		const box = mark.getClientRects()[0]!;
		const header = document.querySelector('.site-header');
		const sticky =
			header && ['sticky', 'fixed'].includes(getComputedStyle(header).position)
				? header.getBoundingClientRect().bottom
				: 0;
		const atMiddle = document.elementFromPoint(
			box.left + Math.min(box.width / 2, 20),
			box.top + box.height / 2,
		);
		return {
			tagName: mark.tagName,
			top: box.top,
			bottom: box.bottom,
			below: sticky,
			viewport: window.innerHeight,
			visible: atMiddle !== null && (atMiddle === mark || mark.contains(atMiddle)),
			background: getComputedStyle(mark).backgroundColor,
			text: mark.textContent?.replace(/\s+/g, ' ').trim(),
		};
	}, id);
}

describe('following a citation', () => {
	const site = useSite();

	test.each([
		['a paragraph quote', 'The Reuters news agency also published brief news'],
		[
			'a quote in a social post',
			'North Korea is seeking fighter aircraft, surface-to-air missiles',
		],
	])('scrolls %s into view below the header and highlights it', async (_, quoteStart) => {
		const { page, errors, close } = await site.open('events/white-house-briefing/', {
			timeout: 10_000,
		});
		try {
			const item = page
				.getByRole('listitem')
				.filter({ has: page.locator('blockquote', { hasText: quoteStart }) });
			const link = item.getByRole('link', { name: /^see the quote in/ });
			const href = await link.getAttribute('href');
			await link.click();
			await page.waitForURL(new URL(href!, page.url()).href);
			await scrollSettled(page);
			const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
			const mark = await markState(page, id);
			expect(mark.tagName).toBe('MARK');
			expect(mark.text?.startsWith(quoteStart)).toBe(true);
			expect(mark.top).toBeGreaterThanOrEqual(mark.below);
			expect(mark.bottom).toBeLessThan(mark.viewport);
			expect(mark.visible, 'the mark is on top where it is drawn, not behind a quote box').toBe(
				true,
			);
			// Highlighted: the followed quote stands out from the quiet tint of an unfollowed one.
			expect(mark.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
			const other = await page.evaluate(
				(anchor) =>
					[...document.querySelectorAll('mark.quote')].find(
						(element) =>
							element.id !== anchor && !element.contains(document.getElementById(anchor)),
					)!.id,
				id,
			);
			expect((await markState(page, other)).background).not.toBe(mark.background);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
