import { cpSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPage, textContent } from '../../harness/html.ts';
import { buildFixture, REPO_ROOT } from '../helpers/build.ts';

/** Text as a reader sees it: HTML collapses runs of white space. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('events filed in subfolders or saved as .md, a corrected source, and "last updated"', () => {
	let dist: string;
	beforeAll(async () => {
		// A copy in the run's folder, which git ignores, so each file is dated by its time: every file on
		// 10 January 2026, but the .md event, saved on 5 November 2026. The source records a correction
		// of 3 February 2026. (Inside the repository, for Astro to find node_modules.)
		const root = mkdtempSync(join(inject('buildDir'), 'filed-events-'));
		cpSync(join(REPO_ROOT, 'tests/build/fixtures/filed-events'), root, { recursive: true });
		for (const entry of readdirSync(join(root, 'content'), {
			recursive: true,
			withFileTypes: true,
		})) {
			if (!entry.isFile()) continue;
			const time = entry.name.endsWith('.md')
				? new Date(2026, 10, 5, 12)
				: new Date(2026, 0, 10, 12);
			utimesSync(join(entry.parentPath, entry.name), time, time);
		}
		const result = await buildFixture(root);
		if (result.error) throw result.error;
		dist = result.dist;
	}, 300_000);

	test.each([
		[
			'an event in content/events/2023/',
			'containers-filed-by-year',
			'North Korea delivers more than 1,000 containers to Russia',
		],
		[
			'an event saved as .md',
			'condemnation-in-markdown',
			'The White House condemns the deliveries',
		],
	])(
		'publishes %s at its file name, in the chronology and on its own page',
		async (_, slug, title) => {
			const page = await readPage(dist, `events/${slug}/`);
			expect(collapse(textContent(page.all((element) => element.tagName === 'h1')[0]!))).toBe(
				title,
			);
			const chronology = await readPage(dist, '');
			expect(
				chronology.all((element) =>
					element.attrs.some(({ name, value }) => name === 'id' && value === slug),
				),
			).toHaveLength(1);
		},
	);

	test.each(['containers-filed-by-year', 'condemnation-in-markdown'])(
		'marks the quotes of the filed event %s on their source page, where its citations lead',
		async (slug) => {
			const page = await readPage(dist, `events/${slug}/`);
			const quoteLinks = page
				.all((element) => element.tagName === 'a')
				.flatMap((link) =>
					link.attrs
						.filter(
							({ name, value }) =>
								name === 'href' && value.includes('/sources/') && value.includes('#q-'),
						)
						.map(({ value }) => value),
				);
			expect(quoteLinks.length).toBeGreaterThan(0);
			for (const href of quoteLinks) {
				const [path, anchor] = href.split('#') as [string, string];
				const source = await readPage(dist, path.replace(/^\//, ''));
				expect(
					source.all(
						(element) =>
							element.tagName === 'mark' &&
							element.attrs.some(({ name, value }) => name === 'id' && value === anchor),
					),
					href,
				).toHaveLength(1);
			}
		},
	);

	test('shows the days a source was corrected on its page, each once, and what each correction changed', async () => {
		const page = await readPage(dist, 'sources/2023-10-14-euronews/');
		const facts = page
			.all((element) => element.tagName === 'dt' || element.tagName === 'dd')
			.map((element) => collapse(textContent(element)));
		expect(facts[facts.indexOf('Corrected') + 1]).toBe('3 February 2026 (what changed)');
		const section = page.byId('corrections');
		const inSection = (node: { parentNode?: unknown } | null | undefined): boolean =>
			node === section ||
			(!!node?.parentNode && inSection(node.parentNode as { parentNode?: unknown }));
		// Block by block: the harness's textContent joins blocks without a space.
		const blocks = page
			.all((element) => ['p', 'blockquote'].includes(element.tagName) && inSection(element))
			.map((element) => collapse(textContent(element)));
		expect(blocks).toEqual([
			'3 February 2026: 1 paragraph added.',
			'3 February 2026: 1 paragraph changed.',
			'Paragraph 1 changed. Before:',
			'North Korea has delivered 1,000 containers to Russia.',
			'After:',
			'North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.',
		]);
	});

	test('dates "last updated" by the newest content change, on the chronology and in chronology.json', async () => {
		const chronology = await readPage(dist, '');
		expect(collapse(textContent(chronology.document))).toContain('last updated 5 November 2026');
		const json = JSON.parse(await readFile(join(dist, 'chronology.json'), 'utf8')) as {
			updated: string;
		};
		expect(json.updated).toBe('2026-11-05');
	});
});

describe('content the collections leave out', () => {
	test('fails the build naming a source page in a subfolder and one saved as .md', async () => {
		const { error } = await buildFixture('stray-source');
		expect(error?.message).toContain(
			'content/sources/2023-10-16-tass.md, content/sources/drafts/2023-10-15-yonhap.mdx: these files are not read by the collection in content/sources, whose files must match "*.mdx"',
		);
		expect(error).toHaveProperty(
			'hint',
			expect.stringMatching(/^Rename or move them so the pattern takes them/),
		);
	}, 300_000);
});
