import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../harness/chromium.ts';
import { REPO_ROOT } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

/** How long a change may take to reach the page: the watcher, the loader and a render. */
const CHANGE_WAIT_MS = 30_000;

describe('astro dev shows content errors in the browser', () => {
	let root: string;
	let server: DevServer | undefined;
	let browser: Browser | undefined;
	let origin: string;
	const event = () => join(root, 'content/events/containers.mdx');
	let good: string;

	beforeAll(async () => {
		// A copy, in the run's folder inside the repository (for node_modules), that the test may edit.
		root = mkdtempSync(join(inject('buildDir'), 'dev-'));
		cpSync(join(REPO_ROOT, 'tests/build/fixtures/one-event'), root, { recursive: true });
		good = readFileSync(event(), 'utf8');
		[server, browser] = await Promise.all([startDevServer(root), launchBrowser()]);
		origin = server.origin;
	}, 120_000);

	afterAll(async () => {
		await Promise.all([server?.stop(), browser?.close()]);
	});

	/**
	 * What a reader of the chronology sees in Chromium: Astro's dev error page fills its overlay
	 * (a shadow root) from the script, so the text of the page, the overlay's included.
	 */
	async function shownInBrowser(): Promise<string> {
		const page = await browser!.newPage();
		try {
			await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 30_000 });
			await page.waitForFunction(
				() =>
					document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.trim() ||
					document.querySelector('main'),
				undefined,
				{ timeout: 15_000 },
			);
			return page.evaluate(() =>
				`${document.body.innerText}\n${document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? ''}`.replace(
					/\s+/g,
					' ',
				),
			);
		} finally {
			await page.close();
		}
	}

	/** The chronology's HTML and status once `done` holds for the status, or the last when time runs out. */
	async function pageWhen(
		done: (status: number) => boolean,
	): Promise<{ status: number; html: string }> {
		let last = { status: 0, html: '' };
		for (const started = Date.now(); Date.now() - started < CHANGE_WAIT_MS; await sleep(300)) {
			last = await fetch(`${origin}/`, { signal: AbortSignal.timeout(15_000) }).then(
				async (response) => ({ status: response.status, html: await response.text() }),
				() => last,
			);
			if (done(last.status)) break;
		}
		return last;
	}

	test('serves the chronology while every citation holds', async () => {
		expect((await pageWhen((status) => status === 200)).html).toContain(
			'More than 1,000 containers of munitions delivered to Russia',
		);
	}, 60_000);

	test('shows a quote that is not in its paragraph as an error in the page, not the old data', async () => {
		writeFileSync(event(), good.replace(/quote: .*/, 'quote: "more than 9,000 containers"'));
		expect((await pageWhen((status) => status === 500)).status).toBe(500);
		const shown = await shownInBrowser();
		expect(shown).toContain(
			'containers.mdx, citation 1 (2023-10-14-euronews, paragraph 1): the quote is not verbatim in that paragraph',
		);
		// Not the chronology with its old data (the error page shows the event file itself, so not its title).
		expect(shown).not.toContain('last updated');
		// Fixed, the page is back.
		writeFileSync(event(), good);
		expect((await pageWhen((status) => status === 200)).html).toContain(
			'More than 1,000 containers of munitions delivered to Russia',
		);
	}, 90_000);

	test('shows an unquoted date as an error in the page, not the old data', async () => {
		writeFileSync(event(), good.replace(/^date: .*$/m, 'date: 2023-10-13'));
		expect((await pageWhen((status) => status === 500)).status).toBe(500);
		const shown = await shownInBrowser();
		expect(shown).toContain('content/events/containers.mdx');
		expect(shown).toContain('write the date as a quoted string');
		writeFileSync(event(), good);
		expect((await pageWhen((status) => status === 200)).html).toContain(
			'More than 1,000 containers',
		);
	}, 90_000);
});

describe('astro dev started on broken content', () => {
	let server: DevServer | undefined;
	let browser: Browser | undefined;

	afterAll(async () => {
		await Promise.all([server?.stop(), browser?.close()]);
	});

	test('starts, and shows a YAML error in the page, with its file, line and how to quote', async () => {
		const root = mkdtempSync(join(inject('buildDir'), 'dev-broken-'));
		cpSync(join(REPO_ROOT, 'tests/build/fixtures/yaml-quote-marks'), root, { recursive: true });
		[server, browser] = await Promise.all([startDevServer(root), launchBrowser()]);
		const response = await fetch(`${server.origin}/`, { signal: AbortSignal.timeout(30_000) });
		expect(response.status).toBe(500);
		const page = await browser.newPage();
		await page.goto(`${server.origin}/`, { waitUntil: 'load', timeout: 30_000 });
		await page.waitForFunction(
			() =>
				document
					.querySelector('vite-error-overlay')
					?.shadowRoot?.textContent?.includes('frontmatter'),
			undefined,
			{ timeout: 15_000 },
		);
		const shown = await page.evaluate(
			() =>
				document
					.querySelector('vite-error-overlay')
					?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
		);
		expect(shown).toContain(
			'content/events/condemnation.mdx, line 8 (field "quote"): the frontmatter is not valid YAML',
		);
		expect(shown).toContain("writing each ' inside as ''");
	}, 120_000);
});
