import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { readSourceFiles, type SourceFile } from '../helpers/content.ts';
import { useSite } from '../helpers/site.ts';

/** Requests that failed (other than cancelled by a navigation) or were answered with an error status, on top of the harness's console errors. */
function recordFailedRequests(page: Page): string[] {
	const problems: string[] = [];
	// A request the browser itself cancels when the reader follows a link (the icon of the page left
	// behind, on a busy machine) is not a missing file: those come back as error statuses below.
	page.on('requestfailed', (request) => {
		if (request.failure()?.errorText !== 'net::ERR_ABORTED')
			problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
	});
	return problems;
}

describe('a source page in the browser', () => {
	const site = useSite();
	let source: SourceFile;
	beforeAll(async () => {
		const [first] = await readSourceFiles();
		if (!first) throw new Error('content/sources holds no source to open');
		source = first;
	});

	test.each([
		['with', true],
		['without', false],
	])(
		'takes a reader from the sources list to an article and its paragraph anchors %s JavaScript',
		async (_, javaScriptEnabled) => {
			let failedRequests: string[] = [];
			// A missing link or anchor should fail in seconds, not after Playwright's default 30 s.
			const { page, errors, close } = await site.open('sources/', {
				javaScriptEnabled,
				timeout: 10_000,
				before: (opening) => void (failedRequests = recordFailedRequests(opening)),
			});
			try {
				const title = String(source.frontmatter['title']);
				await page.getByRole('link', { name: title, exact: true }).click();

				await page.waitForURL(new URL(`sources/${source.id}/`, site.url).href);
				await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();

				await page.goto(new URL(`sources/${source.id}/#p2`, site.url).href);
				const box = await page.locator('#p2').boundingBox();
				expect(box, 'paragraph 2 is laid out').not.toBeNull();
				// Following the anchor brings paragraph 2 into the window.
				expect(box!.y).toBeGreaterThanOrEqual(0);
				expect(box!.y).toBeLessThan(page.viewportSize()!.height);
				expect([...errors, ...failedRequests]).toEqual([]);
			} finally {
				await close();
			}
		},
	);
});

describe('a source page’s marks on a phone', () => {
	const site = useSite();
	let source: SourceFile;
	beforeAll(async () => {
		[source] = (await readSourceFiles()) as [SourceFile];
	});
	const phone = { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true };

	test('tint the cited words without underlining them, and put a marker beside each paragraph holding one', async () => {
		const { page, close } = await site.open(`sources/${source.id}/`, phone);
		onTestFinished(close);
		const marks = await page.locator('mark.quote').evaluateAll((elements) =>
			elements.map((mark) => {
				const style = getComputedStyle(mark);
				const holder = mark.closest('p:not(blockquote p), figure')!;
				return {
					line: style.textDecorationLine,
					tinted: style.backgroundColor !== 'rgba(0, 0, 0, 0)',
					marker: getComputedStyle(holder, '::after').borderLeftWidth,
				};
			}),
		);
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) expect(mark).toEqual({ line: 'none', tinted: true, marker: '3px' });
		const unmarked = await page
			.locator('.source-text > p:not(:has(mark))')
			.evaluateAll((elements) => elements.map((p) => getComputedStyle(p, '::after').content));
		expect(unmarked.every((content) => content === 'none')).toBe(true);
	});

	test('give every “↩” back-link and paragraph link a target of at least 24 × 24 px', async () => {
		const { page, close } = await site.open(`sources/${source.id}/`, phone);
		onTestFinished(close);
		const links = page.locator('.quote-backlink, .para-link');
		expect(await page.locator('.quote-backlink').count()).toBeGreaterThan(0);
		for (const box of await links.evaluateAll((elements) =>
			elements.map((link) => link.getBoundingClientRect().toJSON() as DOMRect),
		)) {
			expect(box.width).toBeGreaterThanOrEqual(24);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
	});
});
