import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { attribute, readPage, textContent } from '../../harness/html.ts';
import { facetSlug } from '../../src/lib/facets.ts';
import { buildSite } from '../helpers/build.ts';

interface Exported {
	events: {
		id: string;
		actors: string[];
		places: string[];
		tags: string[];
		citations: { publisher: string }[];
	}[];
}

/** The events of each name of one kind, by the name's address, as chronology.json says. */
function expected(
	exported: Exported,
	names: (event: Exported['events'][number]) => string[],
): Map<string, Set<string>> {
	const bySlug = new Map<string, Set<string>>();
	for (const event of exported.events)
		for (const name of names(event))
			bySlug.set(facetSlug(name), (bySlug.get(facetSlug(name)) ?? new Set()).add(event.id));
	return bySlug;
}

describe('the pages of actors, places, tags and outlets', () => {
	let dist: string;
	let exported: Exported;
	beforeAll(async () => {
		dist = await buildSite();
		exported = JSON.parse(await readFile(join(dist, 'chronology.json'), 'utf8')) as Exported;
	});

	test.each([
		['actors', (event: Exported['events'][number]) => event.actors],
		['places', (event: Exported['events'][number]) => event.places],
		['tags', (event: Exported['events'][number]) => event.tags],
		[
			'outlets',
			(event: Exported['events'][number]) => event.citations.map((citation) => citation.publisher),
		],
	])('gives every name of /%s/ a page listing exactly its events', async (folder, names) => {
		const bySlug = expected(exported, names);
		expect(bySlug.size).toBeGreaterThan(0);
		for (const [slug, events] of bySlug) {
			const { all } = await readPage(dist, `${folder}/${slug}/index.html`);
			const listed = all(
				(element) =>
					element.tagName === 'a' && /^\/events\/[^/]+\/$/.test(attribute(element, 'href') ?? ''),
			).map((link) => attribute(link, 'href')!.split('/')[2]!);
			expect({ page: `${folder}/${slug}/`, listed: listed.sort() }).toEqual({
				page: `${folder}/${slug}/`,
				listed: [...events].sort(),
			});
		}
	});

	test('say in words how many of the chronology’s events they list', async () => {
		const { all } = await readPage(dist, 'actors/john-kirby/index.html');
		const [standfirst] = all((element) => attribute(element, 'class') === 'standfirst');
		expect(textContent(standfirst!).replace(/\s+/g, ' ').trim()).toBe(
			`1 event of ${exported.events.length} is listed here: ` +
				'those that name John Kirby among who acts or speaks.',
		);
	});

	test('are linked from every event’s Who, Where and Topics on the chronology', async () => {
		const { all } = await readPage(dist, 'index.html');
		const links = new Set(
			all((element) => element.tagName === 'a').map((link) => attribute(link, 'href')),
		);
		for (const event of exported.events) {
			for (const [folder, list] of [
				['actors', event.actors],
				['places', event.places],
				['tags', event.tags],
			] as const) {
				for (const name of list)
					expect(links, `${event.id}: ${name}`).toContain(`/${folder}/${facetSlug(name)}/`);
			}
		}
	});
});
