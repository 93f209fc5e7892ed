import { readdirSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildFixture, buildSite, REPO_ROOT } from '../helpers/build.ts';
import { attribute, readPage, type HtmlElement } from '../../harness/html.ts';

const EVENT_SLUGS = readdirSync(join(REPO_ROOT, 'content/events'))
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => file.replace(/\.mdx$/, ''))
	.sort();

/** The page's `<meta>` tags, by `property` or `name`. */
async function metaTags(dist: string, path: string): Promise<Map<string, string>> {
	const page = await readPage(dist, path);
	const tags = new Map<string, string>();
	for (const meta of page.all((element: HtmlElement) => element.tagName === 'meta')) {
		const key = attribute(meta, 'property') ?? attribute(meta, 'name');
		const content = attribute(meta, 'content');
		if (key && content !== undefined) tags.set(key, content);
	}
	return tags;
}

/** The built file an absolute URL of the site points at, given the base the site was built for. */
function fileFor(dist: string, url: string, base: string): string {
	const { pathname } = new URL(url);
	expect(pathname.startsWith(base)).toBe(true);
	return join(dist, decodeURIComponent(pathname.slice(base.length)));
}

async function decode(file: string): Promise<PNG> {
	return PNG.sync.read(await readFile(file));
}

describe('preview cards', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test('gives every event page its own 1200×630 card as og:image and twitter:image, for a large summary card', async () => {
		const pixels = new Map<string, Buffer>();
		for (const slug of EVENT_SLUGS) {
			const tags = await metaTags(dist, `events/${slug}/`);
			const image = tags.get('og:image')!;
			// Absolute, on the site's own origin, as crawlers need.
			expect(new URL(image).origin, slug).toBe(new URL(tags.get('og:url')!).origin);
			expect(tags.get('twitter:card'), slug).toBe('summary_large_image');
			expect(tags.get('twitter:image'), slug).toBe(image);
			expect([tags.get('og:image:width'), tags.get('og:image:height')], slug).toEqual([
				'1200',
				'630',
			]);
			expect(tags.get('og:image:alt'), slug).toMatch(/\S/);
			const png = await decode(fileFor(dist, image, '/'));
			expect([png.width, png.height], slug).toEqual([1200, 630]);
			pixels.set(slug, png.data);
		}
		for (const [slug, data] of pixels) {
			for (const [other, otherData] of pixels) {
				if (other !== slug)
					expect(data.equals(otherData), `${slug} and ${other} have the same card`).toBe(false);
			}
		}
	});

	test('gives the chronology, and every page that is not an event’s, the chronology’s own card', async () => {
		const chronology = await metaTags(dist, '');
		const image = chronology.get('og:image')!;
		const png = await decode(fileFor(dist, image, '/'));
		expect([png.width, png.height]).toEqual([1200, 630]);
		for (const slug of EVENT_SLUGS)
			expect((await metaTags(dist, `events/${slug}/`)).get('og:image')).not.toBe(image);
		for (const path of ['sources/', 'data/']) {
			const tags = await metaTags(dist, path);
			expect(tags.get('og:image'), path).toBe(image);
			expect(tags.get('twitter:card'), path).toBe('summary_large_image');
		}
	});

	test('keeps each page’s title, description and canonical beside the card', async () => {
		const tags = await metaTags(dist, `events/${EVENT_SLUGS[0]}/`);
		expect(tags.get('twitter:title')).toBe(tags.get('og:title'));
		expect(tags.get('twitter:description')).toBe(tags.get('og:description'));
		expect(tags.get('og:description')).toBe(tags.get('description'));
		expect(tags.get('og:url')).toMatch(new RegExp(`/events/${EVENT_SLUGS[0]}/$`));
	});
});

describe('preview cards in a sub-path build', () => {
	test('point at the cards under the base path', async () => {
		const base = '/chronology/';
		const dist = await buildSite({ base });
		for (const path of ['', `events/${EVENT_SLUGS[0]}/`]) {
			const image = (await metaTags(dist, path)).get('og:image')!;
			expect(new URL(image).pathname.startsWith(`${base}cards/`), image).toBe(true);
			expect((await decode(fileFor(dist, image, base))).width).toBe(1200);
		}
	});
});

describe('preview card fonts', () => {
	test('fail the build when a title has a character the card font lacks, naming the event file and the character', async () => {
		const { error } = await buildFixture('card-missing-glyph');
		expect(error?.message).toContain('content/events/emoji-in-title.mdx');
		expect(error?.message).toContain('“📦” (U+1F4E6)');
		expect(error?.message).not.toContain('plain-title');
	});
});

describe('the card cache', () => {
	const previous = process.env.CARDS_CACHE_DIR;
	afterEach(() => {
		if (previous === undefined) delete process.env.CARDS_CACHE_DIR;
		else process.env.CARDS_CACHE_DIR = previous;
	});

	test('serves unchanged cards on a second build from the cache instead of rendering them again', async () => {
		const cache = await mkdtemp(join(inject('buildDir'), 'card-cache-'));
		process.env.CARDS_CACHE_DIR = cache;
		const first = await buildFixture('one-event');
		if (first.error) throw first.error;
		const cached = await readdir(cache);
		// The chronology's card and the event's.
		expect(cached).toHaveLength(2);
		// Replace every cached card by a solid red one: a card rendered again would not be red.
		const red = new PNG({ width: 1200, height: 630 });
		for (let i = 0; i < red.data.length; i += 4) red.data.set([255, 0, 0, 255], i);
		const planted = PNG.sync.write(red);
		for (const file of cached) await writeFile(join(cache, file), planted);

		const second = await buildFixture('one-event');
		if (second.error) throw second.error;
		for (const card of ['cards/chronology.png', 'cards/events/containers.png']) {
			expect((await readFile(join(second.dist, card))).equals(planted), card).toBe(true);
		}
	});
});
