import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, REPO_ROOT } from '../helpers/build.ts';
import { attribute, readPage, textContent, type HtmlElement } from '../../harness/html.ts';

const EVENTS_DIR = join(REPO_ROOT, 'content/events');
const EVENT_SLUGS = readdirSync(EVENTS_DIR)
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => file.replace(/\.mdx$/, ''))
	.sort();

/** An event file's frontmatter, read here with a YAML parser rather than the site's code. */
async function frontmatter(slug: string): Promise<Record<string, unknown>> {
	const text = await readFile(join(EVENTS_DIR, `${slug}.mdx`), 'utf8');
	return parseYaml(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
}

const isTag = (name: string) => (element: HtmlElement) => element.tagName === name;

describe('the chronology page', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test('carries every event as an article with its own anchor, in a list', async () => {
		const page = await readPage(dist, '');
		for (const slug of EVENT_SLUGS) {
			const article = page.byId(slug);
			expect(article.tagName).toBe('article');
			expect(
				article.parentNode && 'tagName' in article.parentNode ? article.parentNode.tagName : '',
			).toBe('li');
		}
		expect(page.all(isTag('article'))).toHaveLength(EVENT_SLUGS.length);
	});

	test('shows each event’s title, its attribution and every quote it cites', async () => {
		const page = await readPage(dist, '');
		for (const slug of EVENT_SLUGS) {
			const data = await frontmatter(slug);
			const text = textContent(page.byId(slug)).replace(/\s+/g, ' ');
			expect(text).toContain(String(data['title']));
			if (data['attribution'])
				expect(text).toContain(`According to ${String(data['attribution'])}`);
			for (const citation of data['citations'] as { quote: string }[]) {
				expect(text).toContain(citation.quote.replace(/\s+/g, ' '));
			}
		}
	});

	test('never shows a month-precision date with a day', async () => {
		const page = await readPage(dist, '');
		const summit = page.byId('kim-putin-summit');
		const time = [...page.all(isTag('time'))].find((element) => isInside(element, summit));
		expect(time && attribute(time, 'datetime')).toBe('2023-09');
		expect(time && textContent(time)).toBe('September 2023');
	});
});

function isInside(element: HtmlElement, ancestor: HtmlElement): boolean {
	for (let node: unknown = element; node; node = (node as { parentNode?: unknown }).parentNode) {
		if (node === ancestor) return true;
	}
	return false;
}

describe('event pages', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test.each(EVENT_SLUGS)(
		'/events/%s/ has the event, a canonical URL, a description and a way back to the chronology',
		async (slug) => {
			const page = await readPage(dist, `events/${slug}/`);
			const data = await frontmatter(slug);
			const h1 = page.all(isTag('h1'));
			expect(h1.map(textContent)).toEqual([String(data['title'])]);
			const canonical = page.all(
				(element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical',
			);
			expect(canonical.map((link) => new URL(attribute(link, 'href') ?? '').pathname)).toEqual([
				`/events/${slug}/`,
			]);
			const description = page.all(
				(element) => element.tagName === 'meta' && attribute(element, 'name') === 'description',
			);
			expect(attribute(description[0]!, 'content')).toContain(String(data['summary']));
			const hrefs = page.all(isTag('a')).map((a) => attribute(a, 'href'));
			expect(hrefs).toContain(`/#${slug}`);
		},
	);

	test('link each event to the previous and next in the chronology’s order', async () => {
		const page = await readPage(dist, '');
		const order = page.all(isTag('article')).map((article) => attribute(article, 'id'));
		for (const [index, slug] of order.entries()) {
			const event = await readPage(dist, `events/${slug}/`);
			const rel = (name: string) =>
				event
					.all((a) => a.tagName === 'a' && attribute(a, 'rel') === name)
					.map((a) => attribute(a, 'href'));
			expect(rel('prev')).toEqual(index > 0 ? [`/events/${order[index - 1]}/`] : []);
			expect(rel('next')).toEqual(index < order.length - 1 ? [`/events/${order[index + 1]}/`] : []);
		}
	});
});

describe('citation links', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test('every link to a source paragraph, on every page, lands on a paragraph holding the quote beside it', async () => {
		const pages = ['', ...EVENT_SLUGS.map((slug) => `events/${slug}/`)];
		let checked = 0;
		for (const path of pages) {
			const page = await readPage(dist, path);
			for (const blockquote of page.all(isTag('blockquote'))) {
				const cite = attribute(blockquote, 'cite');
				if (!cite) continue;
				const [target, fragment] = cite.split('#');
				const source = await readPage(dist, target!.replace(/^\//, ''));
				const paragraph = source.byId(fragment!);
				expect(textContent(paragraph).replace(/\s+/g, ' ')).toContain(
					textContent(blockquote).trim().replace(/\s+/g, ' '),
				);
				checked += 1;
			}
		}
		expect(checked).toBeGreaterThan(EVENT_SLUGS.length * 2);
	});

	test('source pages link back to the events that cite each quote', async () => {
		const page = await readPage(dist, 'sources/2023-10-14-euronews/');
		const backlinks = page.byId('backlinks-title').parentNode as HtmlElement;
		const hrefs = [...page.all(isTag('a'))]
			.filter((a) => isInside(a, backlinks))
			.map((a) => attribute(a, 'href'));
		// The summit quotes Euronews ¶3, "flared last month, when …": listed by its quote's anchor.
		expect(hrefs).toContainEqual(expect.stringMatching(/^#q-flared-last-month-when-[0-9a-f]{8}$/));
		expect(hrefs).toContain('/#kim-putin-summit');
	});
});
