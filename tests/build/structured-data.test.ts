import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { attribute, readPage, textContent, type Page } from '../../harness/html.ts';
import { buildSite, REPO_ROOT } from '../helpers/build.ts';
import { readSourceFiles } from '../helpers/content.ts';
import { listPages } from '../helpers/pages.ts';

const EVENT_SLUGS = readdirSync(join(REPO_ROOT, 'content/events'))
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => file.replace(/\.mdx$/, ''))
	.sort();

/** The page's `<meta>` tags by `name` or `property`, and its canonical link. */
function heads(page: Page): { meta: Map<string, string>; canonical: string | undefined } {
	const meta = new Map<string, string>();
	for (const element of page.all((candidate) => candidate.tagName === 'meta')) {
		const key = attribute(element, 'property') ?? attribute(element, 'name');
		const content = attribute(element, 'content');
		if (key && content !== undefined) meta.set(key, content);
	}
	const canonical = page.all(
		(element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical',
	)[0];
	return { meta, canonical: canonical && attribute(canonical, 'href') };
}

/** Every JSON-LD block of the page, parsed: a block that is not JSON fails the test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, indexed freely by the assertions
function jsonLd(page: Page): Record<string, any>[] {
	return page
		.all(
			(element) =>
				element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json',
		)
		.map((element) => JSON.parse(textContent(element)));
}

const onSite = (path: string) => new URL(path, config.site).href;

describe('each event page, for link previews, search engines and reference managers', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test.each(EVENT_SLUGS)(
		'%s has its canonical address, Open Graph and Twitter tags, a Highwire title and address, and JSON-LD of our account citing news articles',
		async (slug) => {
			const page = await readPage(dist, `events/${slug}/`);
			const { meta, canonical } = heads(page);
			const title = textContent(page.all((element) => element.tagName === 'h1')[0]!).trim();
			const url = onSite(`events/${slug}/`);

			expect(canonical).toBe(url);
			expect(meta.get('og:url')).toBe(url);
			expect(meta.get('og:title')).toBe(title);
			expect(meta.get('og:type')).toBe('article');
			expect(meta.get('og:image')).toMatch(/^https:\/\/.+\.png$/);
			expect(meta.get('twitter:card')).toBe('summary_large_image');
			expect(meta.get('twitter:title')).toBe(title);
			expect(meta.get('citation_title')).toBe(title);
			expect(meta.get('citation_public_url')).toBe(url);

			const [data, ...more] = jsonLd(page);
			expect(more).toEqual([]);
			expect(data).toMatchObject({
				'@context': 'https://schema.org',
				'@type': 'CreativeWork',
				url,
				name: title,
			});
			expect(data!['temporalCoverage']).toMatch(
				/^(\d{4}(-\d\d){0,2}|\.\.)(\/(\d{4}(-\d\d){0,2}|\.\.))?$/,
			);
			expect(data!['citation'].length).toBeGreaterThan(0);
			for (const article of data!['citation']) {
				expect(article).toMatchObject({
					'@type': 'NewsArticle',
					publisher: { '@type': 'Organization' },
				});
				expect(article['datePublished']).toMatch(/^\d{4}-\d\d-\d\d$/);
			}
		},
	);

	test('gives a date to reference managers only at the precision the sources give', async () => {
		const tags = async (slug: string) => heads(await readPage(dist, `events/${slug}/`)).meta;
		// Dated to the day; to the month alone; and known only to be on or before 13 October 2023.
		expect((await tags('white-house-briefing')).get('citation_date')).toBe('2023/10/13');
		expect((await tags('kim-putin-summit')).get('citation_date')).toBe('2023/09');
		expect((await tags('us-carrier-group-in-south-korea')).has('citation_date')).toBe(false);
	});

	test('an attributed event is, in its JSON-LD, a claim by whoever the sources say asserts it', async () => {
		const [data] = jsonLd(await readPage(dist, 'events/white-house-briefing/'));
		expect(data!['about']).toMatchObject({ '@type': 'Claim', author: { name: 'the White House' } });
		const [reported] = jsonLd(await readPage(dist, 'events/kim-putin-summit/'));
		expect(reported).not.toHaveProperty('about');
	});
});

describe('JSON-LD of the chronology and the sources', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test('the chronology lists every event page, in the order of its list', async () => {
		const page = await readPage(dist, '');
		const [data] = jsonLd(page);
		const listed = page
			.all((element) => element.tagName === 'article' && attribute(element, 'id') !== undefined)
			.map((element) => onSite(`events/${attribute(element, 'id')}/`));

		expect(data).toMatchObject({
			'@type': 'CollectionPage',
			mainEntity: { '@type': 'ItemList', numberOfItems: EVENT_SLUGS.length },
		});
		expect(
			data!['mainEntity'].itemListElement.map(
				(item: { position: number; item: { url: string } }) => [item.position, item.item.url],
			),
		).toEqual(listed.map((url, index) => [index + 1, url]));
	});

	test('each source page is a news article with its publisher and publication date', async () => {
		for (const { id, frontmatter } of await readSourceFiles()) {
			const [data] = jsonLd(await readPage(dist, `sources/${id}/`));
			expect(data).toMatchObject({
				'@type': 'NewsArticle',
				publisher: { '@type': 'Organization', name: frontmatter['publisher'] },
				datePublished: frontmatter['published'],
			});
		}
	});

	test('no JSON-LD block can end its <script> early: no "<" in any', async () => {
		for (const { file } of await listPages(dist)) {
			const html = await readFile(join(dist, file), 'utf8');
			for (const [, json] of html.matchAll(
				/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
			))
				expect(json, file).not.toContain('<');
		}
	});
});

describe('the licence', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test('is stated, linked, in the footer of every page but the embed, which credits the site in its own last line', async () => {
		for (const { file, path } of await listPages(dist)) {
			const page = await readPage(dist, file);
			const licences = page.all(
				(element) =>
					element.tagName === 'a' &&
					(attribute(element, 'rel') ?? '').split(' ').includes('license'),
			);
			expect(licences.length, file).toBeGreaterThan(0);
			for (const link of licences)
				expect(attribute(link, 'href'), file).toBe('https://creativecommons.org/licenses/by/4.0/');
			if (path !== 'embed/')
				expect(textContent(page.all((element) => element.tagName === 'footer')[0]!), file).toMatch(
					/Text and data: CC BY 4\.0/,
				);
		}
	});

	test('is on the data page, saying what it does not cover, and in chronology.json', async () => {
		const data = textContent((await readPage(dist, 'data/')).byId('main'));
		expect(data).toMatch(/Licence[\s\S]*CC BY 4\.0/);
		expect(data).toContain('Quotations from the sources remain their publishers’');
		const json = JSON.parse(await readFile(join(dist, 'chronology.json'), 'utf8'));
		expect(json.licence).toMatchObject({
			name: 'CC BY 4.0',
			url: 'https://creativecommons.org/licenses/by/4.0/',
		});
	});
});
