import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { buildFixture, REPO_ROOT } from '../helpers/build.ts';
import {
	attribute,
	elements,
	readPage,
	textContent,
	type HtmlElement,
} from '../../harness/html.ts';

/**
 * An article whose paragraphs are single lines, with a caption and a credit line, ingested and
 * built with the real site (config, plugins, pages): its credits must show as credits.
 */
const ARTICLE = join(REPO_ROOT, 'tests/ingest/fixtures/corpus/seoul-daily-wire-carrier.txt');
const SLUG = '2023-10-14-seoul-daily-wire';

/** An element's text less the links back to citing events that end a paragraph with marked quotes. */
function articleText(node: HtmlElement): string {
	return node.childNodes
		.map((child) =>
			'tagName' in child
				? attribute(child, 'class') === 'quote-backlink'
					? ''
					: articleText(child)
				: textContent(child),
		)
		.join('');
}

describe('an ingested article with credit lines, on its source page', () => {
	let page: Awaited<ReturnType<typeof readPage>>;
	beforeAll(async () => {
		const root = await mkdtemp(join(inject('buildDir'), 'ingested-credits-'));
		await mkdir(join(root, 'content/events'), { recursive: true });
		await symlink(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
		const result = await ingestFile(ARTICLE, {
			publisher: 'Seoul Daily Wire',
			url: 'https://seouldailywire.example/news/2023/10/14/n-korea-carrier-busan',
			force: false,
			sourcesDir: join(root, 'content/sources'),
			receivedDir: join(root, 'content/received'),
		});
		expect(result.slug).toBe(SLUG);
		await writeFile(
			join(root, 'content/events/kcna-carrier.mdx'),
			`---\ntitle: North Korea calls the carrier's arrival a provocation\nsummary: KCNA denounces the USS Ronald Reagan's arrival in Busan.\ndate: "2023-10-13"\nattribution: North Korea (KCNA)\ncitations:\n  - source: ${SLUG}\n    paragraph: 3\n    quote: "proved the United States was preparing to attack the North"\n---\n\nKCNA called the visit preparation for an attack.\n`,
		);
		const built = await buildFixture(root);
		if (built.error) throw built.error;
		page = await readPage(built.dist, `sources/${SLUG}/`);
	});

	test("numbers only the article's paragraphs, p1 to p4, one per line of the received text", () => {
		// The paragraph's text as the article has it: without its number, and without the links back to the events citing it.
		const numbered = [1, 2, 3, 4].map((n) => articleText(page.byId(`p${n}`)).replace(/^\d+/, ''));
		expect(numbered).toEqual([
			'North Korea on Friday denounced the arrival of a U.S. aircraft carrier strike group in South Korea as "an undisguised military provocation" and warned it could respond in line with its nuclear doctrine.',
			'The statement, carried by the Korean Central News Agency, came hours before Washington said the North had shipped more than 1,000 containers of munitions to Russia.',
			"The KCNA commentary said the carrier's visit proved the United States was preparing to attack the North, and it repeated that Pyongyang's nuclear doctrine allows a preemptive strike.",
			"South Korea's defense ministry said the carrier's stay in Busan was a routine port call planned with the allies' joint drills in mind.",
		]);
		expect(page.all((element) => attribute(element, 'id') === 'p5')).toEqual([]);
	});

	test('shows the caption and the credit line verbatim as credits: a note named "Credit", without an anchor or paragraph number', () => {
		const credits = page.all((element) =>
			(attribute(element, 'class') ?? '').split(/\s+/).includes('credit'),
		);
		expect(
			credits.map((credit: HtmlElement) => ({
				role: attribute(credit, 'role'),
				label: attribute(credit, 'aria-label'),
				text: textContent(credit).trim(),
			})),
		).toEqual([
			{
				role: 'note',
				label: 'Credit',
				text: 'The USS Ronald Reagan aircraft carrier arrives at a naval base in Busan, 320 kilometers southeast of Seoul, on Oct. 12, 2023. (Yonhap)',
			},
			{ role: 'note', label: 'Credit', text: 'Photo : YONHAP News' },
		]);
		for (const credit of credits) {
			const anchored = [...elements(credit)].filter(
				(element) =>
					attribute(element, 'id') !== undefined || attribute(element, 'href') !== undefined,
			);
			expect(anchored).toEqual([]);
		}
	});

	test('shows the byline and the manifest-style url in the page header', () => {
		expect(page.all((element) => element.tagName === 'dd').map((dd) => textContent(dd))).toEqual(
			expect.arrayContaining(['By Lee Hyun-soo', 'Read the original']),
		);
		const original = page.all(
			(element) => element.tagName === 'a' && textContent(element) === 'Read the original',
		);
		expect(original.map((link) => attribute(link, 'href'))).toEqual([
			'https://seouldailywire.example/news/2023/10/14/n-korea-carrier-busan',
		]);
	});
});
