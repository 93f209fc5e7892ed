import { beforeAll, describe, expect, test } from 'vitest';
import { exportedChronology, type ExportedEvent } from '../helpers/exported-events.ts';
import { useSite } from '../helpers/site.ts';

/** The height the seven-event chronology must fit at 390 CSS px: a few phone screens. */
const MAX_HEIGHT_AT_390 = 6000;
/**
 * The A4 pages the chronology must fit when printed or saved as PDF: six for the events, the seventh
 * since the overview and the route map open it (quotes in quotation marks take a little more too).
 */
const MAX_PDF_PAGES = 7;

const site = useSite();
let events: ExportedEvent[];
let updated: string;
/** The site's own address (SITE_URL), under which the printed links are absolute. */
let siteUrl: string;

beforeAll(async () => {
	const exported = await exportedChronology(site);
	events = exported.events;
	siteUrl = exported.url;
	updated = exported.updated;
	if (events.length === 0) throw new Error('The site exports no event');
});

/** Counts the pages of a PDF by its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function countPdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

describe('the chronology on a phone', () => {
	test.each([true, false])(
		'is at most 6,000 CSS px tall at 390 px wide (JavaScript on: %s)',
		async (javaScriptEnabled) => {
			const { page } = await site.open('', {
				viewport: { width: 390, height: 800 },
				javaScriptEnabled,
			});
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(height).toBeLessThanOrEqual(MAX_HEIGHT_AT_390);
			// Every event is still there, with its summary in view of the reader.
			expect(await page.locator('.events > li').count()).toBe(events.length);
		},
	);

	test('shows every event’s title at once, every distinct quote one tap away and a near-identical one a tap further', async () => {
		const { page, errors } = await site.open('', { viewport: { width: 390, height: 800 } });
		for (const event of events) {
			const article = page.locator(`[id="${event.id}"]`);
			await expect.poll(() => article.getByRole('heading', { level: 3 }).isVisible()).toBe(true);
			const quote = (text: string) => article.locator('blockquote', { hasText: text });
			expect(
				await quote(event.citations[0]!.quote).isVisible(),
				`${event.id}: quotes wait behind the disclosure`,
			).toBe(false);
			await article.locator(':scope > details > summary').click();
			for (const wording of await article.locator('.echo-wording > summary').all())
				await wording.click();
			for (const { quote: text } of event.citations)
				expect(await quote(text).isVisible(), `${event.id}: “${text}”`).toBe(true);
		}
		expect(errors).toEqual([]);
	});

	test('opens the event’s disclosure when the page is reached at the event', async () => {
		const last = events.at(-1)!;
		const { page } = await site.open(`#${last.id}`, { viewport: { width: 390, height: 800 } });
		const article = page.locator(`[id="${last.id}"]`);
		await expect.poll(() => article.locator('blockquote').first().isVisible()).toBe(true);
		// A later link to another event, as the timeline follows one, opens that one too.
		const first = events[0]!;
		await page.evaluate((slug) => location.replace(`#${slug}`), first.id);
		await expect
			.poll(() => page.locator(`[id="${first.id}"] blockquote`).first().isVisible())
			.toBe(true);
	});

	test.each([true, false])(
		'opens the event’s disclosure when the page is reached at one of its citations (JavaScript on: %s)',
		async (javaScriptEnabled) => {
			const event = events.find((candidate) => candidate.citations.length > 1) ?? events[0]!;
			const probe = await site.open('', { javaScriptEnabled });
			const id = await probe.page
				.locator(`[id="${event.id}"] .citations > li`)
				.last()
				.getAttribute('id');
			await probe.close();
			expect(id).toBeTruthy();

			const { page } = await site.open(`#${id}`, {
				viewport: { width: 390, height: 800 },
				javaScriptEnabled,
			});
			const citation = page.locator(`[id="${id}"] blockquote`);
			await expect.poll(() => citation.isVisible()).toBe(true);
			expect(await citation.textContent()).toContain(event.citations.at(-1)!.quote);
		},
	);

	test('lets the browser find a quote inside a closed disclosure and open it, as find-in-page does', async () => {
		const event = events[0]!;
		const words = event.citations[0]!.quote.split(' ').slice(0, 6).join(' ');
		// A text fragment uses the same search and reveal as find-in-page.
		const { page } = await site.open(`#:~:text=${encodeURIComponent(words)}`, {
			javaScriptEnabled: false,
		});
		await expect
			.poll(() =>
				page
					.locator(`[id="${event.id}"] details`)
					.evaluate((details) => (details as HTMLDetailsElement).open),
			)
			.toBe(true);
	});
});

describe('the chronology printed', () => {
	test('leaves out the navigation, the buttons and the instructions, and prints each citation’s address, the page’s and the date', async () => {
		const { page } = await site.open('');
		await page.evaluate(() =>
			document.querySelector('[data-timeline-keys]')?.removeAttribute('hidden'),
		);
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('navigation', { name: 'Site' }).isVisible()).toBe(false);
		expect(await page.getByText('Skip to content').isVisible()).toBe(false);
		for (const button of await page.getByRole('button').all())
			expect(await button.isVisible()).toBe(false);
		expect(await page.locator('[data-timeline-keys]').isVisible()).toBe(false);

		// Every citation is on paper, disclosures closed or not, and its link's absolute address after it:
		// its quote in quotation marks, or a near-identical one's source under the quote it repeats.
		let quoted = 0;
		for (const event of events) {
			for (const [index, { quote }] of event.citations.entries()) {
				const item = page.locator(`[id="${event.id}-q${index + 1}"]`);
				expect(await item.isVisible(), `${event.id} [${index + 1}]`).toBe(true);
				const block = item.locator(':scope > blockquote');
				if ((await block.count()) === 0) continue;
				quoted += 1;
				expect(await block.isVisible()).toBe(true);
				expect(await block.textContent()).toContain(quote);
				expect(
					await block
						.locator('p')
						.evaluate((p) => [
							getComputedStyle(p, '::before').content,
							getComputedStyle(p, '::after').content,
						]),
				).toEqual(['"“"', '"”"']);
			}
		}
		expect(quoted).toBeGreaterThan(events.length - 1);
		for (const link of await page.locator('.citations a').all()) {
			const printed = await link.evaluate(
				(element) => getComputedStyle(element, '::after').content,
			);
			expect(printed).toBe(`" (${new URL((await link.getAttribute('href'))!, siteUrl).href})"`);
		}

		expect(await page.getByText(siteUrl, { exact: true }).isVisible()).toBe(true);
		expect(await page.locator(`time[datetime="${updated}"]`).first().isVisible()).toBe(true);
	});

	test.each([true, false])(
		`fits on ${MAX_PDF_PAGES} A4 pages or fewer (JavaScript on: %s)`,
		async (javaScriptEnabled) => {
			const { page } = await site.open('', { javaScriptEnabled });
			const pdf = await page.pdf({ format: 'A4' });
			const pages = countPdfPages(pdf);
			expect(pages).toBeGreaterThan(0);
			expect(pages).toBeLessThanOrEqual(MAX_PDF_PAGES);
		},
	);
});

describe('the site’s frame', () => {
	test.each([
		['', 'Chronology'],
		['sources/', 'Sources'],
		['data/', 'Data'],
	])('marks the current page in the navigation, visibly (%s)', async (path, current) => {
		const { page } = await site.open(path);
		const nav = page.getByRole('navigation', { name: 'Site' });
		const link = nav.getByRole('link', { name: current });
		expect(await link.getAttribute('aria-current')).toBe('page');
		expect(await nav.locator('[aria-current]').count()).toBe(1);
		const look = (element: typeof link) =>
			element.evaluate((a) => {
				const style = getComputedStyle(a);
				return [style.fontWeight, style.color, style.textDecorationLine].join(' ');
			});
		const other = nav.getByRole('link').filter({ hasNotText: current }).first();
		expect(await look(link)).not.toBe(await look(other));
	});

	test('uses the width of a wide screen for the timeline and keeps the text at a readable measure', async () => {
		const { page } = await site.open('', { viewport: { width: 1280, height: 800 } });
		const width = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((element) => element.getBoundingClientRect().width);
		expect(await width('[data-timeline]')).toBeGreaterThan(900);
		expect(await width('.event-summary')).toBeLessThanOrEqual(720);
		expect(await width('.standfirst')).toBeLessThanOrEqual(720);
	});

	test('draws one rule under the header on an event page, not two', async () => {
		const { page } = await site.open(`events/${events[0]!.id}/`);
		const ruleAbove = await page
			.locator('main article')
			.evaluate((article) => getComputedStyle(article).borderTopStyle);
		expect(ruleAbove).toBe('none');
	});

	test('keeps each date code on /data/ on one line at 320 px', async () => {
		const { page } = await site.open('data/', { viewport: { width: 320, height: 800 } });
		const codes = page.locator('main code');
		expect(await codes.count()).toBeGreaterThan(0);
		for (const code of await codes.all()) {
			expect(
				await code.evaluate((element) => element.getClientRects().length),
				(await code.textContent()) ?? undefined,
			).toBe(1);
		}
	});
});
