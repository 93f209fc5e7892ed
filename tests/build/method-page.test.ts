import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { attribute, readPage, textContent } from '../../harness/html.ts';
import { buildSite } from '../helpers/build.ts';
import { listPages } from '../helpers/pages.ts';

let dist: string;
beforeAll(async () => {
	dist = await buildSite();
});

describe('the method page', () => {
	test('is linked from the footer of every page with a footer', async () => {
		for (const { path } of await listPages(dist)) {
			const page = await readPage(dist, path);
			const footer = page.all((element) => element.tagName === 'footer')[0];
			if (!footer) continue;
			const links = page.all(
				(element) => element.tagName === 'a' && attribute(element, 'href') === '/about/',
			);
			expect(links.length, path).toBeGreaterThan(0);
		}
	});

	test('says how to report an error, with an address to write to', async () => {
		const page = await readPage(dist, 'about/');
		const report = textContent(page.byId('report').parentNode!);
		expect(report).toMatch(/Report an error/);
		expect(
			page.all(
				(element) =>
					element.tagName === 'a' && /^mailto:.+@/.test(attribute(element, 'href') ?? ''),
			),
		).toHaveLength(1);
	});

	test('logs every event’s addition, newest first, each line linking what changed', async () => {
		const json = JSON.parse(await readFile(join(dist, 'chronology.json'), 'utf8')) as {
			events: { id: string }[];
		};
		const page = await readPage(dist, 'about/');
		const lines = page.all(
			(element) =>
				element.tagName === 'li' && (attribute(element, 'id') ?? '').startsWith('change-'),
		);
		const added = lines
			.map((line) => attribute(line, 'id')!)
			.filter((id) => id.startsWith('change-added-'));
		expect(
			added
				.map((id) => json.events.find((event) => id.startsWith(`change-added-${event.id}-`))?.id)
				.sort(),
		).toEqual(json.events.map((event) => event.id).sort());
		const days = lines.map((line) => attribute(line, 'id')!.slice(-10));
		expect(days).toEqual([...days].sort().reverse());
	});

	test('the feed carries the log’s revisions and corrections, each linking its line', async () => {
		const rss = await readFile(join(dist, 'rss.xml'), 'utf8');
		const page = await readPage(dist, 'about/');
		const revised = page.all(
			(element) =>
				element.tagName === 'li' &&
				/^change-(changed|corrected)-/.test(attribute(element, 'id') ?? ''),
		);
		for (const line of revised) expect(rss).toContain(`/about/#${attribute(line, 'id')}</link>`);
	});
});
