import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { readSourceFiles, type SourceFile } from '../helpers/content.ts';
import { serveDist, type DistServer } from '../helpers/serve-dist.ts';

/** Everything that went wrong while a page was open: console errors, uncaught exceptions, failed requests. */
function recordProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
	});
	return problems;
}

describe('a source page in the browser', () => {
	let server: DistServer;
	let browser: Browser;
	let source: SourceFile;
	beforeAll(async () => {
		const [first] = await readSourceFiles();
		if (!first) throw new Error('content/sources holds no source to open');
		source = first;
		server = await serveDist(await buildSite());
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test.each([
		['with', true],
		['without', false],
	])('takes a reader from the sources list to an article and its paragraph anchors %s JavaScript', async (_, javaScriptEnabled) => {
		const context = await browser.newContext({ javaScriptEnabled });
		// A missing link or anchor should fail in seconds, not after Playwright's default 30 s.
		context.setDefaultTimeout(10_000);
		const page = await context.newPage();
		const problems = recordProblems(page);
		try {
			const title = String(source.frontmatter['title']);
			await page.goto(new URL('sources/', server.url).href);
			await page.getByRole('link', { name: title, exact: true }).click();

			await page.waitForURL(new URL(`sources/${source.id}/`, server.url).href);
			await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();

			await page.goto(new URL(`sources/${source.id}/#p2`, server.url).href);
			const box = await page.locator('#p2').boundingBox();
			expect(box, 'paragraph 2 is laid out').not.toBeNull();
			// Following the anchor brings paragraph 2 into the window.
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y).toBeLessThan(page.viewportSize()!.height);
			expect(problems).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
