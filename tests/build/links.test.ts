import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import config from '../../astro.config.mjs';
import { DEFAULT_CORRECTIONS_EMAIL, LICENCE } from '../../src/consts.ts';
import { buildSite, EACH_BASE } from '../helpers/build.ts';
import { readSourceFiles } from '../helpers/content.ts';
import { attribute, elements, readPage } from '../../harness/html.ts';
import { listPages, type BuiltPage } from '../helpers/pages.ts';
import { useSite } from '../helpers/site.ts';

/** Pages a reader can land on without following a link from the chronology: they start the crawl. */
const ENTRY_POINTS = ['', '404.html', 'embed/'];

/** Attributes that hold an address: links and the `cite` of quotations (SVG's `<a>` included). */
const URL_ATTRIBUTES: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	blockquote: ['cite'],
	q: ['cite'],
};

/** What following every link of a served site found. */
interface Crawl {
	/** Every link linkinator checked, with the page it is on. */
	links: LinkResult[];
	/** The pages it read links from, as paths relative to the base (`events/kim-putin-summit/`). */
	pagesRead: Set<string>;
}

/**
 * Runs linkinator over the served site, once from each entry point, recursing through every page
 * under the base. Nothing leaves this machine: a link outside the server is recorded as skipped,
 * never fetched, and the site's own absolute addresses (canonical links, `og:url`, built on `site`
 * from the config) are rewritten to the local server, so they are checked like any other link.
 */
async function crawl(server: { url: string }, base: string): Promise<Crawl> {
	const deployed = new URL(base, config.site).href;
	const links: LinkResult[] = [];
	const pagesRead = new Set<string>();
	for (const entry of ENTRY_POINTS) {
		const checker = new LinkChecker();
		checker.on('pagestart', (url) => {
			// With `checkCss`, linkinator also reads stylesheets; only pages count here.
			// A query (`?actor=…`, the chronology filtered) is a state of its page, not a page of its own.
			if (!String(url).endsWith('.css'))
				pagesRead.add(String(url).slice(server.url.length).replace(/\?.*$/, ''));
		});
		const result = await checker.check({
			path: new URL(entry, server.url).href,
			recurse: true,
			// `<style>` blocks too: a web font or background image from elsewhere is a link out.
			checkCss: true,
			// trailingSlash is 'always': a link that only works through a redirect is a wrong link.
			redirects: 'error',
			urlRewriteExpressions: [
				{ pattern: new RegExp(`^${escapeRegExp(deployed)}`), replacement: server.url },
			],
			linksToSkip: async (url) => !url.startsWith(server.url),
			timeout: 10_000,
		});
		links.push(...result.links);
	}
	return { links, pagesRead };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `page → link: why` for a readable failure. */
function describeLink(server: { url: string }, link: LinkResult): string {
	const local = (url: string | undefined) =>
		url?.startsWith(server.url) ? `/${url.slice(server.url.length)}` : url;
	const why = link.failureDetails
		?.map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`))
		.join('; ');
	return `${local(link.parent)} → ${local(link.url)}: ${link.status ?? ''} ${why ?? ''}`.trim();
}

/**
 * Every `#fragment` link on the pages of `dist`, checked against the ids of its target page, read
 * with parse5 from `dist`. linkinator's `checkFragments` is not used: it only checks fragments
 * recorded before their target page is fetched, so a link from a late page to `/#event` goes
 * unchecked (found by planting one).
 * @returns `page → link: why` for every fragment that names nothing.
 */
async function brokenFragments(
	dist: string,
	siteUrl: string,
	pages: BuiltPage[],
): Promise<string[]> {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const idsCache = new Map<string, Promise<Set<string>>>();
	const idsOf = (page: BuiltPage) => {
		let ids = idsCache.get(page.file);
		if (!ids) {
			ids = readPage(dist, page.file).then(({ all }) => {
				const found = new Set<string>();
				for (const element of all(() => true)) {
					const id =
						attribute(element, 'id') ??
						(element.tagName === 'a' ? attribute(element, 'name') : undefined);
					if (id !== undefined) found.add(id);
				}
				return found;
			});
			idsCache.set(page.file, ids);
		}
		return ids;
	};
	const problems: string[] = [];
	for (const page of pages) {
		const { document } = await readPage(dist, page.file);
		const pageUrl = new URL(page.path, siteUrl);
		for (const element of elements(document)) {
			for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
				const value = attribute(element, name);
				if (value === undefined || !value.includes('#')) continue;
				const target = new URL(value, pageUrl);
				if (!target.href.startsWith(siteUrl)) continue;
				const fragment = decodeURIComponent(target.hash.slice(1));
				const targetPage = byPath.get(target.pathname.slice(new URL(siteUrl).pathname.length));
				const where = `/${page.path} → ${value}`;
				if (!targetPage) problems.push(`${where}: no page at ${target.pathname}`);
				else if (!(await idsOf(targetPage)).has(fragment))
					problems.push(`${where}: no id "${fragment}" on /${targetPage.path}`);
			}
		}
	}
	return problems;
}

describe.each(EACH_BASE)('links in the site built %s', (_, base) => {
	let dist: string;
	let pages: BuiltPage[];
	// Served only: crawled over HTTP, never opened in Chromium.
	const server = useSite({ base });
	let result: Crawl;
	beforeAll(async () => {
		dist = await buildSite({ base });
		pages = await listPages(dist);
		result = await crawl(server, base);
	});

	test('every internal link and asset resolves, without a redirect', () => {
		const broken = result.links.filter((link) => link.state === LinkState.BROKEN);

		expect(broken.map((link) => describeLink(server, link))).toEqual([]);
		// The crawl did check links: those of every page, to pages and to the exports.
		expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(
			pages.length,
		);
	});

	test('every page is reached by following links from the chronology, the 404 page or the embed', () => {
		expect([...result.pagesRead].sort()).toEqual(pages.map((page) => page.path).sort());
	});

	test('every #fragment names an element of the page it links to', async () => {
		expect(await brokenFragments(dist, server.url, pages)).toEqual([]);
	});

	test('links out of the site only to the sources’ own addresses, the licence and the corrections address', async () => {
		const sourceUrls = (await readSourceFiles()).flatMap(({ frontmatter }) =>
			typeof frontmatter['url'] === 'string' ? [frontmatter['url']] : [],
		);
		const corrections = `mailto:${process.env['CORRECTIONS_EMAIL'] || DEFAULT_CORRECTIONS_EMAIL}`;
		const external = result.links.filter(
			(link) =>
				!link.url.startsWith(server.url) && link.url !== LICENCE.url && link.url !== corrections,
		);
		const unexpected = external.filter((link) => !sourceUrls.includes(link.url));

		expect(unexpected.map((link) => describeLink(server, link))).toEqual([]);
		// And each source's address is linked, from its page.
		expect(new Set(external.map((link) => link.url))).toEqual(new Set(sourceUrls));
	});
});

test('the fragment check reports a link from one page to a missing anchor on another', async () => {
	const dist = await buildSite();
	const copy = join(await mkdtemp(join(inject('buildDir'), 'planted-fragment-')), 'dist');
	await cp(dist, copy, { recursive: true });
	const pages = await listPages(copy);
	const eventPage = pages.find((page) => page.path.startsWith('events/'));
	if (!eventPage) throw new Error('the site has no event page to plant a link in');
	const file = join(copy, eventPage.file);
	await writeFile(
		file,
		(await readFile(file, 'utf8')).replace(
			'</main>',
			'<a href="/#no-such-event">planted</a></main>',
		),
	);

	expect(await brokenFragments(copy, 'http://127.0.0.1/', pages)).toEqual([
		`/${eventPage.path} → /#no-such-event: no id "no-such-event" on /`,
	]);
});
