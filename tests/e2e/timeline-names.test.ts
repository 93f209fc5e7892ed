import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { accessibleNames, visibleTexts } from '../helpers/accessible-names.ts';
import { buildFixture } from '../helpers/build.ts';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { explore } from '../helpers/island.ts';
import { useSite } from '../helpers/site.ts';

/** Every link of the build-time strip: event marks, clusters of marks, the overview's bars. */
const STRIP_LINK = '[data-timeline-strip] a';
const WIDTHS = [320, 390, 1280] as const;

/** Runs of spaces as one space: dates are written with thin and no-break spaces ("2 – 12 July"). */
const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Each strip link's accessible name beside the words it shows, in the strip's order. */
async function stripLinks(page: Page) {
	const names = (await accessibleNames(page, STRIP_LINK)).map(spaced);
	const shown = await visibleTexts(page, STRIP_LINK);
	const slugs = await page
		.locator(STRIP_LINK)
		.evaluateAll((links) => links.map((link) => link.getAttribute('data-slug')!));
	return names.map((name, index) => ({ slug: slugs[index]!, name, shown: shown[index]! }));
}

/**
 * Asserts WCAG 2.5.3 "Label in Name" for every link of the strip: its name starts with the words
 * it shows (so "click <what you see>" works), then carries the event's full date and whole title,
 * said once where the whole title is what it shows.
 */
function expectNamedAsShownThenWhole(
	links: Awaited<ReturnType<typeof stripLinks>>,
	events: readonly ExportedEvent[],
) {
	expect(links.map((link) => link.slug)).toEqual(events.map((event) => event.id));
	for (const [index, link] of links.entries()) {
		const title = spaced(events[index]!.title);
		const date = spaced(events[index]!.date.label);
		expect(link.shown, link.slug).not.toBe('');
		expect(link.name.startsWith(link.shown), `${link.name} | ${link.shown}`).toBe(true);
		expect(link.shown.startsWith(`${date} `), link.shown).toBe(true);
		expect(link.name).toBe(
			link.shown === `${date} ${title}` ? link.shown : `${link.shown}: ${title}`,
		);
	}
}

describe('the chronology’s timeline strip', () => {
	const site = useSite();
	let events: ExportedEvent[];

	beforeAll(async () => {
		events = await exportedEvents(site);
		expect(events.some((event) => event.short)).toBe(true);
	});

	test.each(WIDTHS)(
		'names each event’s link by the words it shows at %i px, then the whole title where those are short',
		async (width) => {
			const { page, errors } = await site.open('', {
				viewport: { width, height: 800 },
				javaScriptEnabled: false,
			});
			expectNamedAsShownThenWhole(await stripLinks(page), events);
			expect(errors).toEqual([]);
		},
	);

	test('names a short-titled event by its short title, its date and its whole title on a phone', async () => {
		const { page } = await site.open('', {
			viewport: { width: 320, height: 800 },
			javaScriptEnabled: false,
		});
		const event = events.find((candidate) => candidate.id === 'white-house-briefing')!;
		expect(event.short).not.toBeNull();
		const link = page.getByRole('link', {
			name: spaced(`${event.date.label} ${event.short!}: ${event.title}`),
			exact: true,
		});
		expect(await link.count()).toBe(1);
		expect(await link.getAttribute('data-slug')).toBe(event.id);
		// What a speech-input user reads on the screen finds the link too.
		expect(await page.getByRole('link', { name: event.short! }).count()).toBe(1);
	});

	test('keeps the names once vis-timeline draws the picture: each link’s name starts with its drawn label', async () => {
		const { page, errors } = await site.open('', { viewport: { width: 390, height: 800 } });
		await explore(page);
		const links = await stripLinks(page);
		for (const [index, link] of links.entries()) {
			const [drawn] = await visibleTexts(
				page,
				`.timeline-vis .vis-item[data-id="${link.slug}"] .timeline-vis-label`,
			);
			expect(drawn, link.slug).toBeTruthy();
			expect(link.name.startsWith(drawn!), `${link.name} | ${drawn}`).toBe(true);
			expect(link.name).toContain(spaced(events[index]!.title));
		}
		expect(errors).toEqual([]);
	});

	test('names the embed’s links by the words they show, then the whole title', async () => {
		const { page, errors } = await site.open('embed/', {
			viewport: { width: 390, height: 800 },
			javaScriptEnabled: false,
		});
		expectNamedAsShownThenWhole(await stripLinks(page), events);
		expect(errors).toEqual([]);
	});
});

/** A generated chronology of `count` news-shaped events (titles of 4 to 30 words, none short), built as a site. */
function newsSite(count: number) {
	return useSite({
		async build() {
			const root = await mkdtemp(join(inject('buildDir'), `names-${count}-`));
			await writeSyntheticChronology(root, count, { shape: 'news', paragraphs: 10, sources: 8 });
			const built = await buildFixture(root);
			if (built.error) throw built.error;
			return built.dist;
		},
	});
}

describe('a generated chronology of 20 events, some titles too long for a phone', () => {
	const site = newsSite(20);

	test.each(WIDTHS)(
		'names each link by the words it shows at %i px, a cut title’s whole title after them',
		async (width) => {
			const { page, errors } = await site.open('', {
				viewport: { width, height: 800 },
				javaScriptEnabled: false,
			});
			const links = await stripLinks(page);
			expectNamedAsShownThenWhole(links, await exportedEvents(site));
			if (width === 320) expect(links.some((link) => link.shown.endsWith('…'))).toBe(true);
			expect(errors).toEqual([]);
		},
	);
});

describe('a generated chronology of 300 events, drawn as bars by month', () => {
	const site = newsSite(300);

	test.each(WIDTHS)(
		'names each bar by the count it shows at %i px, then its month',
		async (width) => {
			const { page, errors } = await site.open('', {
				viewport: { width, height: 800 },
				javaScriptEnabled: false,
			});
			const links = await stripLinks(page);
			expect(links.length).toBeGreaterThan(12);
			let counted = 0;
			for (const link of links) {
				const match = /^(\d+) events?, (\w+ \d{4})$/u.exec(link.name);
				expect(match, link.name).not.toBeNull();
				expect(link.name.startsWith(link.shown), `${link.name} | ${link.shown}`).toBe(true);
				if (link.shown !== '') counted++;
			}
			// A phone's bars are too narrow for their counts; a desktop's show them.
			if (width === 1280) expect(counted).toBeGreaterThan(0);
			expect(errors).toEqual([]);
		},
	);
});
