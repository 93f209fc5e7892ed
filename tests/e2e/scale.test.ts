import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { facetSlug } from '../../src/lib/facets.ts';
import { buildFixture } from '../helpers/build.ts';
import { useSite } from '../helpers/site.ts';

/** A chronology two years long, shaped like the news (harness/synthetic-chronology.ts), under a sub-path. */
const EVENTS = 300;
const BASE = '/chronology/';

interface Exported {
	events: {
		id: string;
		actors: string[];
		tags: string[];
		date: { last: string | null; first: string | null };
		citations: { quote: string; url: string }[];
	}[];
}

let exported: Exported;
const site = useSite({
	base: BASE,
	async build() {
		const root = await mkdtemp(join(inject('buildDir'), 'news-chronology-'));
		await writeSyntheticChronology(root, EVENTS, { shape: 'news', sources: 100, paragraphs: 20 });
		const built = await buildFixture(root, { base: BASE });
		if (built.error) throw built.error;
		exported = JSON.parse(await readFile(join(built.dist, 'chronology.json'), 'utf8')) as Exported;
		return built.dist;
	},
});

/** Every actor and its events' slugs, the busiest first. */
function actors(): { name: string; slugs: Set<string> }[] {
	const byActor = new Map<string, Set<string>>();
	for (const event of exported.events)
		for (const actor of event.actors)
			byActor.set(actor, (byActor.get(actor) ?? new Set()).add(event.id));
	return [...byActor]
		.sort((a, b) => b[1].size - a[1].size)
		.map(([name, slugs]) => ({ name, slugs }));
}

/** The actor most events name, and its events' slugs. */
const busiestActor = () => actors()[0]!;

/** An actor of a handful of events (at least three), which leaves most months empty. */
const rareActor = () => actors().findLast(({ slugs }) => slugs.size >= 3)!;

describe('a chronology of 300 events, navigated by month', () => {
	test.each([false, true])(
		'lists every month with events by year, counts adding up, at 320 px without sideways scrolling (JavaScript on: %s)',
		async (javaScriptEnabled) => {
			// Reduced motion: the jump to a month is instant, not a smooth scroll of thousands of pixels.
			const { page, close } = await site.open('', {
				viewport: { width: 320, height: 800 },
				javaScriptEnabled,
				reducedMotion: 'reduce',
			});
			onTestFinished(close);
			const index = page.getByRole('navigation', { name: 'Months' });
			const links = index.getByRole('link');
			const months = await page
				.locator('section.month h2')
				.evaluateAll((headings) => headings.map((heading) => heading.id));
			expect(months.length).toBeGreaterThanOrEqual(24);
			expect(
				await links.evaluateAll((anchors) =>
					anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).hash.slice(1)),
				),
			).toEqual(months);
			const counts = await index
				.locator('[data-month-count]')
				.evaluateAll((cells) => cells.map((cell) => Number.parseInt(cell.textContent ?? '', 10)));
			expect(counts.reduce((sum, count) => sum + count, 0)).toBe(EVENTS);
			const years = await index.getByRole('heading', { level: 3 }).allTextContents();
			expect(years[0]).toMatch(/^2022 · \d+ events$/);
			expect(years.reduce((sum, year) => sum + Number(year.match(/· (\d+) events?$/)![1]), 0)).toBe(
				EVENTS,
			);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);

			// A month's link lands on its heading, whose id is the month.
			const month = months[13]!;
			await index.locator(`a[href$="#${month}"]`).click();
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${month}`);
			await expect
				.poll(() =>
					page
						.locator(`[id="${month}"]`)
						.evaluate((heading) => Math.round(heading.getBoundingClientRect().top)),
				)
				.toBeLessThan(100);
		},
	);

	test('keeps an event deep in the list at its /#slug and at its own page with JavaScript off', async () => {
		const last = exported.events.at(-1)!.id;
		const { page, close } = await site.open(`#${last}`, { javaScriptEnabled: false });
		onTestFinished(close);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(last);
		const own = await site.open(`events/${last}/`, { javaScriptEnabled: false });
		onTestFinished(own.close);
		expect(own.response?.status()).toBe(200);
	});
});

describe('a chronology of 300 events, filtered', () => {
	test('lists exactly an actor’s events on its own page, without JavaScript', async () => {
		const actor = busiestActor();
		const { page, close } = await site.open(`actors/${facetSlug(actor.name)}/`, {
			javaScriptEnabled: false,
		});
		onTestFinished(close);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(actor.name);
		const listed = await page
			.locator('main ol li h3 a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		expect(new Set(listed)).toEqual(
			new Set([...actor.slugs].map((slug) => `${BASE}events/${slug}/`)),
		);
		expect(listed).toHaveLength(actor.slugs.size);
	});

	test('filters the list, its months and the timeline’s marks in place by the actor in the URL, and says how many are shown', async () => {
		const actor = busiestActor();
		const { page, errors, close } = await site.open(`?actor=${facetSlug(actor.name)}`);
		onTestFinished(close);
		const status = page.locator('[data-filter-status]');
		await expect
			.poll(() => status.textContent())
			.toMatch(
				new RegExp(`^${actor.slugs.size} of ${EVENTS} events · who: ${actor.name} × · clear$`),
			);
		const shown = await page
			.locator('section.month li:visible article')
			.evaluateAll((articles) => articles.map((article) => article.id));
		expect(new Set(shown)).toEqual(actor.slugs);
		// No month is left with a heading and nothing under it, in the list or in the index.
		expect(
			await page.locator('section.month:visible:not(:has([data-facets]:visible))').count(),
		).toBe(0);
		expect(await page.locator('.month-index li[data-month]:not([hidden])').count()).toBe(
			await page.locator('section.month:visible').count(),
		);
		const counts = await page
			.locator('.month-index li:visible [data-month-count]')
			.evaluateAll((cells) => cells.map((cell) => Number.parseInt(cell.textContent ?? '', 10)));
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(actor.slugs.size);
		const years = await page.locator('[data-year-count]').allTextContents();
		expect(
			years.reduce((sum, year) => sum + Number(year.match(/· (\d+) of \d+ events$/)![1]), 0),
		).toBe(actor.slugs.size);
		// Every mark left on the timeline stands for at least one event shown; every hidden one for none.
		const marks = await page.locator('[data-timeline] [data-slug]').evaluateAll((elements) =>
			elements.map((mark) => ({
				slugs: (mark.getAttribute('data-slugs') ?? mark.getAttribute('data-slug') ?? '').split(' '),
				hidden: mark.hasAttribute('data-filtered-out'),
			})),
		);
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks)
			expect(mark.hidden).toBe(!mark.slugs.some((slug) => actor.slugs.has(slug)));
		expect(errors).toEqual([]);
	});

	test('adds a picked topic to the filter as a new history entry, which Back undoes, and clear shows every event', async () => {
		const actor = busiestActor();
		const { page, errors, close } = await site.open(`?actor=${facetSlug(actor.name)}`);
		onTestFinished(close);
		const status = page.locator('[data-filter-status]');
		await expect
			.poll(() => status.textContent())
			.toMatch(new RegExp(`^${actor.slugs.size} of ${EVENTS}`));

		const last = page.locator('section.month li:visible article').last();
		await last.locator('summary', { hasText: /^Full account/ }).click();
		const tag = last.locator(`a[href^="${BASE}tags/"]`).last();
		const tagSlug = (await tag.getAttribute('href'))!.slice(`${BASE}tags/`.length, -1);
		await tag.click();
		await expect
			.poll(() => page.evaluate(() => location.search))
			.toBe(`?actor=${facetSlug(actor.name)}&tag=${tagSlug}`);
		const both = exported.events.filter(
			(event) =>
				actor.slugs.has(event.id) && event.tags.some((name) => facetSlug(name) === tagSlug),
		).length;
		await expect
			.poll(() => status.textContent())
			.toMatch(new RegExp(`^${both} of ${EVENTS} events · who: ${actor.name} × · topic: `));
		expect(await page.locator('section.month [data-facets]:visible').count()).toBe(both);
		// The reader lands on the events left, under the pinned status line.
		await expect
			.poll(() =>
				page.evaluate(() => {
					const month = document.querySelector('section.month:not([hidden]) h2')!;
					const status = document.querySelector('[data-filter-status]')!;
					const { top, bottom } = month.getBoundingClientRect();
					return (
						status.getBoundingClientRect().top >= 0 &&
						top >= status.getBoundingClientRect().bottom &&
						bottom <= innerHeight
					);
				}),
			)
			.toBe(true);

		await page.goBack();
		await expect
			.poll(() => page.evaluate(() => location.search))
			.toBe(`?actor=${facetSlug(actor.name)}`);
		await expect
			.poll(() => page.locator('section.month [data-facets]:visible').count())
			.toBe(actor.slugs.size);

		await page.getByRole('button', { name: 'Clear the filter: show every event' }).click();
		await expect.poll(() => page.evaluate(() => location.search)).toBe('');
		expect(await page.locator('section.month [data-facets]:visible').count()).toBe(EVENTS);
		expect(await status.textContent()).toBe('');
		expect(errors).toEqual([]);
	});
});

describe('a chronology of 300 events, filtered: its overview, island and month index follow', () => {
	test('counts on each bar of the overview the actor’s events, draws no bar for a month without any, and moves the arrow keys only between the bars drawn', async () => {
		const actor = rareActor();
		const { page, errors } = await site.open(`?actor=${facetSlug(actor.name)}`);
		await expect
			.poll(() => page.locator('[data-filter-status]').textContent())
			.toMatch(new RegExp(`^${actor.slugs.size} of ${EVENTS} events`));
		const bars = await page.locator('[data-timeline] a[data-slugs]').evaluateAll((links) =>
			links.map((bar) => ({
				slugs: bar.getAttribute('data-slugs')!.split(' '),
				month: bar.getAttribute('data-month'),
				label: bar.getAttribute('aria-label')!,
				drawn: getComputedStyle(bar).display !== 'none',
				height: bar.querySelector('.mark')!.getBoundingClientRect().height,
			})),
		);
		const drawn = bars.filter((bar) => bar.drawn);
		expect(drawn.length).toBeLessThan(bars.length);
		for (const bar of bars) {
			const count = bar.slugs.filter((slug) => actor.slugs.has(slug)).length;
			expect(bar.drawn).toBe(count > 0);
			if (bar.drawn)
				// Named by its visible count first (label in name), then the month's whole count.
				expect(bar.label).toMatch(new RegExp(`^${count} of ${bar.slugs.length} events, \\S`));
		}
		// The busiest bar of the filter is drawn full height.
		const most = Math.max(...drawn.map((bar) => bar.height));
		const busiest = drawn.find(
			(bar) =>
				bar.slugs.filter((slug) => actor.slugs.has(slug)).length ===
				Math.max(
					...drawn.map((other) => other.slugs.filter((slug) => actor.slugs.has(slug)).length),
				),
		)!;
		expect(busiest.height).toBe(most);
		const full = await page
			.locator('[data-timeline] .timeline-density')
			.evaluate((svg) => Number.parseFloat(getComputedStyle(svg).fontSize) * 8);
		expect(most).toBeCloseTo(full, 0);

		const monthOf = (bar: (typeof bars)[number]) => bar.month;
		const focused = () =>
			page.evaluate(() => document.activeElement?.getAttribute('data-month') ?? null);
		await page.locator('[data-timeline] a[tabindex="0"]').focus();
		expect(await focused()).toBe(monthOf(drawn[0]!));
		await page.keyboard.press('ArrowRight');
		expect(await focused()).toBe(monthOf(drawn[1]!));
		await page.keyboard.press('End');
		expect(await focused()).toBe(monthOf(drawn.at(-1)!));
		await page.keyboard.press('ArrowLeft');
		expect(await focused()).toBe(monthOf(drawn.at(-2)!));
		await page.keyboard.press('Home');
		expect(await focused()).toBe(monthOf(drawn[0]!));
		expect(errors).toEqual([]);
	});

	test('draws only the actor’s events in the island, and the others once the filter is cleared', async () => {
		const actor = rareActor();
		const { page, errors } = await site.open(`?actor=${facetSlug(actor.name)}`, {
			reducedMotion: 'reduce',
		});
		await expect
			.poll(() => page.locator('[data-filter-status]').textContent())
			.toMatch(/ of \d+ events/);
		await page.getByRole('button', { name: 'Explore: zoom and pan' }).click();
		const ids = () =>
			page
				.locator('.timeline-vis .vis-item[data-id]')
				.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')!));
		// Zoomed out as far as it goes (the whole span), every event of the actor is in the window.
		const zoomOut = page.getByRole('button', { name: 'Zoom out' });
		for (let step = 0; step < 8; step++) await zoomOut.click();
		await expect.poll(async () => new Set(await ids())).toEqual(actor.slugs);

		await page.getByRole('button', { name: 'Clear the filter: show every event' }).click();
		await expect
			.poll(async () => (await ids()).filter((id) => !actor.slugs.has(id)).length)
			.toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	test('greys in the month index each month the filter leaves empty and counts the others’ events shown of all', async () => {
		const actor = rareActor();
		const { page, errors } = await site.open(`?actor=${facetSlug(actor.name)}`);
		await expect
			.poll(() => page.locator('[data-filter-status]').textContent())
			.toMatch(/ of \d+ events/);
		// Each event's month section, as built.
		const monthOf = new Map(
			await page
				.locator('section.month article[id]')
				.evaluateAll((articles) =>
					articles.map(
						(article) => [article.id, article.closest('section')!.dataset.month!] as const,
					),
				),
		);
		const left = new Set([...actor.slugs].map((slug) => monthOf.get(slug)));
		const entries = await page.locator('.month-index li[data-month]').evaluateAll((items) =>
			items.map((item) => ({
				month: item.getAttribute('data-month')!,
				greyed: Number(getComputedStyle(item).opacity) < 1 && (item as HTMLElement).inert,
				yearShown: getComputedStyle(item.closest('.month-year')!).display !== 'none',
				count: item.querySelector('[data-month-count]')!.textContent!.trim(),
			})),
		);
		for (const entry of entries) {
			expect(entry.greyed).toBe(!left.has(entry.month));
			// A year with none of the actor's events is left out.
			expect(entry.yearShown).toBe(
				[...left].some((month) => month?.startsWith(entry.month.slice(0, 4))),
			);
			if (left.has(entry.month)) {
				const shown = [...actor.slugs].filter((slug) => monthOf.get(slug) === entry.month).length;
				expect(entry.count).toMatch(new RegExp(`^${shown} of \\d+ events$`));
			}
		}
		expect(errors).toEqual([]);
	});
});

describe('a chronology of 300 events, searched under a sub-path', () => {
	test('finds a made-up word of a quote and leads to the quote’s mark on its source’s page, requesting nothing from another origin', async () => {
		const citation = exported.events[137]!.citations[0]!;
		const word = citation.quote.match(/the depot they call (\w+)/)![1]!;
		const requested: string[] = [];
		const { page, errors, close } = await site.open('', {
			before: (opening) => void opening.on('request', (request) => requested.push(request.url())),
		});
		onTestFinished(close);
		expect(requested.some((url) => url.includes('/pagefind/'))).toBe(false);

		const box = page.getByRole('searchbox', { name: 'Search events, sources and quotes' });
		await box.fill(word);
		const quoteUrl = new URL(citation.url);
		const result = page.locator(
			`[data-search-results] a[href="${quoteUrl.pathname}${quoteUrl.hash}"]`,
		);
		await result.waitFor();
		await result.click();
		await expect
			.poll(() => page.evaluate(() => `${location.pathname}${location.hash}`))
			.toBe(`${quoteUrl.pathname}${quoteUrl.hash}`);
		expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('MARK');

		expect(
			requested.some((url) => url.startsWith(new URL(`${BASE}pagefind/`, site.url).href)),
		).toBe(true);
		for (const url of requested) expect(new URL(url).origin).toBe(new URL(site.url).origin);
		expect(errors).toEqual([]);
	});

	test('says what the search box needs when JavaScript is off', async () => {
		const { page, close } = await site.open('', { javaScriptEnabled: false });
		onTestFinished(close);
		expect(await page.getByText(/^Search needs JavaScript\./).isVisible()).toBe(true);
	});
});
