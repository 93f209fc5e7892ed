import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { attribute, elements, readPage, textContent, type Page } from '../../harness/html.ts';
import { buildSite } from '../helpers/build.ts';
import { readSourceFiles } from '../helpers/content.ts';

/** Text as a reader sees it: HTML collapses runs of white space. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const byClass = (page: Page, name: string) =>
	page.all((element) => (attribute(element, 'class') ?? '').split(' ').includes(name));

let dist: string;
let events: { id: string; attribution: string | null }[];
beforeAll(async () => {
	dist = await buildSite();
	events = (
		JSON.parse(await readFile(join(dist, 'chronology.json'), 'utf8')) as { events: typeof events }
	).events;
});

describe('the embed and the chronology', () => {
	test('describe the timeline’s marks with the same legend, and the embed with no other', async () => {
		const [home, embed] = await Promise.all([readPage(dist, ''), readPage(dist, 'embed/')]);
		const legend = (page: Page) =>
			byClass(page, 'timeline-legend').map((element) => collapse(textContent(element)));
		expect(legend(home)).toHaveLength(1);
		expect(legend(embed)).toEqual(legend(home));
		expect(collapse(textContent(embed.document))).not.toMatch(/Solid marks|Faded/);
	});

	test('the embed’s credit keeps a space between its sentence and the licence', async () => {
		const embed = await readPage(dist, 'embed/');
		const credit = collapse(textContent(byClass(embed, 'embed-credit')[0]!));
		expect(credit).toMatch(/report it\. CC BY 4\.0\.$/);
	});
});

describe('the overview', () => {
	test('opens the chronology and the embed with the same bullets, each linking an event page, new tabs in the embed', async () => {
		const [home, embed] = await Promise.all([readPage(dist, ''), readPage(dist, 'embed/')]);
		const overview = (page: Page) => collapse(textContent(byClass(page, 'overview')[0]!));
		expect(overview(home)).toMatch(/^What we know.+What is not confirmed.+/);
		expect(overview(embed)).toBe(overview(home));
		const pages = new Set(events.map(({ id }) => `/events/${id}/`));
		const inOverview = byClass(embed, 'overview-events').flatMap((span) =>
			[...elements(span)].filter((element) => element.tagName === 'a'),
		);
		expect(inOverview.length).toBeGreaterThan(0);
		for (const link of inOverview) {
			expect(pages.has(attribute(link, 'href')!)).toBe(true);
			expect(attribute(link, 'target')).toBe('_blank');
		}
	});
});

describe('the route map', () => {
	test('is a static SVG on the chronology, with alt text naming the route, each place linking its events’ pages', async () => {
		const home = await readPage(dist, '');
		const [figure] = byClass(home, 'route-map');
		const [image] = [...elements(figure!)].filter((element) => element.tagName === 'img');
		expect(attribute(image!, 'alt')).toMatch(
			/^A map .+ The line shows the route: .+ by sea, then .+ by rail/,
		);
		const svg = await readFile(join(dist, attribute(image!, 'src')!), 'utf8');
		expect(svg).toMatch(/^<svg [^>]*role="img"/);
		expect(svg).not.toMatch(/<script|href=/);
		const pages = new Set(events.map(({ id }) => `/events/${id}/`));
		const links = [...elements(figure!)].filter((element) => element.tagName === 'a');
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(pages.has(attribute(link, 'href')!)).toBe(true);
	});
});

describe('an event’s attribution line', () => {
	test('names whose claim it is once, not again as what its one outlet relays', async () => {
		for (const { id: slug, attribution } of events.filter((event) => event.attribution !== null)) {
			const page = await readPage(dist, `events/${slug}/`);
			const line = collapse(textContent(byClass(page, 'attribution')[0]!));
			expect(line.split(attribution!).length - 1, `${slug}: ${line}`).toBe(1);
		}
	});
});

describe('the site navigation', () => {
	const current = (page: Page) =>
		page
			.all((element) => element.tagName === 'a' && attribute(element, 'aria-current') !== undefined)
			.map((link) => [collapse(textContent(link)), attribute(link, 'aria-current')]);

	test('marks the chronology as the section of an event page, and the sources as that of a source page', async () => {
		const [source] = await readSourceFiles();
		expect(current(await readPage(dist, `events/${events[0]!.id}/`))).toEqual([
			['Chronology', 'true'],
		]);
		expect(current(await readPage(dist, `sources/${source!.id}/`))).toEqual([['Sources', 'true']]);
		expect(current(await readPage(dist, 'sources/'))).toEqual([['Sources', 'page']]);
	});
});
