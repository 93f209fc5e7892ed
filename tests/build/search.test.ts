import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { attribute, readPage } from '../../harness/html.ts';
import { buildSite } from '../helpers/build.ts';
import { listPages } from '../helpers/pages.ts';

const BASE = '/chronology/';
/** What arrives in the first round trip: TCP's initial window of 10 segments. */
const FIRST_ROUND_TRIP = 14_336;
/** The pages with a search box: only they may compile WebAssembly. */
const WITH_SEARCH = ['index.html', 'sources/index.html', 'search/index.html'];

describe('the search index of the site built under a sub-path', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite({ base: BASE });
	});

	test('indexes every event page, every source page and each cited quote once, in one language', async () => {
		const entry = JSON.parse(
			await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number }> };
		const exported = JSON.parse(await readFile(join(dist, 'chronology.json'), 'utf8')) as {
			events: { citations: { url: string }[] }[];
		};
		const pages = await listPages(dist);
		const events = pages.filter((page) => /^events\/[^/]+\/$/.test(page.path)).length;
		const sources = pages.filter((page) => /^sources\/[^/]+\/$/.test(page.path)).length;
		const quotes = new Set(
			exported.events.flatMap((event) => event.citations.map((citation) => citation.url)),
		).size;

		expect(Object.keys(entry.languages)).toEqual(['en']);
		expect(entry.languages.en!.page_count).toBe(events + sources + quotes);
	});

	test('allows WebAssembly (for Pagefind) on the pages with a search box only, and nothing else beyond the strict policy', async () => {
		for (const page of await listPages(dist)) {
			const { all } = await readPage(dist, page.file);
			const [meta] = all(
				(element) =>
					element.tagName === 'meta' &&
					attribute(element, 'http-equiv') === 'content-security-policy',
			);
			const scriptSrc = (attribute(meta!, 'content') ?? '')
				.split(';')
				.map((directive) => directive.trim())
				.find((directive) => directive.startsWith('script-src '));
			const sources = scriptSrc!
				.split(/\s+/)
				.slice(1)
				.filter((source) => !source.startsWith("'sha256-"));
			expect({ page: page.file, sources }).toEqual({
				page: page.file,
				sources: WITH_SEARCH.includes(page.file) ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"],
			});
		}
	});

	test('keeps the chronology’s first view, search box and filter included, within one round trip (Brotli)', async () => {
		const html = await readFile(join(dist, 'index.html'));
		expect(brotliCompressSync(html).length).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
		// Their scripts wait until used: the page itself carries no search or filter code inline.
		expect(html.toString()).not.toMatch(/debouncedSearch|startFilter/);
	});
});
