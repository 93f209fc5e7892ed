import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSource } from '../../src/ingest/build-source.ts';
import { listParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdx } from '../../src/lib/parse-mdx.ts';

/** The seeds as received, kept in the repository as the record. */
const seed = (name: string) => {
	const bytes = readFileSync(new URL(`../../content/received/${name}`, import.meta.url));
	return { bytes, source: buildSource(bytes, { file: name, receivedName: name }) };
};

/** The article's paragraphs, read independently of the ingest: the seeds have no stray whitespace. */
function paragraphsOf(bytes: Buffer): string[] {
	return bytes
		.toString('utf8')
		.replace(/^ date \S+ /, '')
		.split('\n\n')
		.map((p) => p.trim())
		.filter(Boolean);
}

const dateFormat = new Intl.DateTimeFormat('en-US', {
	month: 'long',
	day: 'numeric',
	year: 'numeric',
	timeZone: 'UTC',
});

/** The paragraphs of the page, parsed (remark-parse + remark-mdx) and numbered as the site does, a post rebuilt as the article printed it. */
function pageParagraphs(mdx: string): string[] {
	return listParagraphs(parseMdx(mdx)).map(({ node, text }) => {
		if (node.type !== 'mdxJsxFlowElement') return text;
		const attrs = Object.fromEntries(
			node.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', a.value]),
		);
		const [y, m, d] = String(attrs['date']).split('-').map(Number);
		return `${text} — ${String(attrs['author'])} (@${String(attrs['handle'])}) ${dateFormat.format(Date.UTC(y!, m! - 1, d))}`;
	});
}

function socialPosts(mdx: string) {
	return parseMdx(mdx).children.flatMap((node) =>
		node.type === 'mdxJsxFlowElement'
			? [
					Object.fromEntries(
						node.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', a.value]),
					),
				]
			: [],
	);
}

describe('the Euronews seed', () => {
	const { bytes, source } = seed('000_ba37072a07615a46.txt');

	test('derives slug, publisher and byline from "By Euronews with AP", and the date from the date line', () => {
		expect(source.slug).toBe('2023-10-14-euronews');
		expect(source.frontmatter).toMatchObject({
			publisher: 'Euronews',
			byline: 'By Euronews with AP',
			published: '2023-10-14',
			language: 'en',
			received: '000_ba37072a07615a46.txt',
			sha256: createHash('sha256').update(bytes).digest('hex'),
		});
	});

	test('derives a provisional title from the first sentence of the body, not the byline', () => {
		expect(source.frontmatter.title).toMatch(
			/^The US believes Pyongyang wants sophisticated Russian weapons technologies in return for the…$/,
		);
	});

	test('keeps every paragraph after the byline verbatim and in order', () => {
		const [byline, ...body] = paragraphsOf(bytes);
		expect(byline).toBe('By Euronews with AP');
		expect(body).toHaveLength(11);
		expect(pageParagraphs(source.mdx)).toEqual(body);
	});

	test('never invents a URL', () => {
		expect(source.mdx).not.toMatch(/^url:/m);
	});
});

describe('the European Pravda seed', () => {
	const { bytes, source } = seed('001_4ae81bf74ec58c4c.txt');

	test('derives the publisher from the "Source: …; European Pravda" paragraph and has no byline', () => {
		expect(source.slug).toBe('2023-10-13-european-pravda');
		expect(source.frontmatter).toMatchObject({
			publisher: 'European Pravda',
			published: '2023-10-13',
			received: '001_4ae81bf74ec58c4c.txt',
		});
		expect(source.frontmatter.byline).toBeUndefined();
		expect(source.frontmatter.title).toBe(
			'The United States has information that North Korea has transferred a thousand containers of…',
		);
	});

	test('keeps every paragraph verbatim and in order, the Source line and the three posts included', () => {
		const expected = paragraphsOf(bytes);
		expect(expected).toHaveLength(13);
		expect(pageParagraphs(source.mdx)).toEqual(expected);
	});

	test("turns the three journalists' posts into SocialPost elements with ISO dates", () => {
		expect(socialPosts(source.mdx)).toEqual([
			{ author: 'Laura Rozen', handle: 'lrozen', date: '2023-10-13' },
			{ author: 'Patsy Widakuswara', handle: 'pwidakuswara', date: '2023-10-13' },
			{ author: 'Ryo Nakamura', handle: 'NikkeiDC_Ryo', date: '2023-10-13' },
		]);
		expect(source.mdx).toContain('pic.twitter.com/LxHwji4sjD\n</SocialPost>');
	});
});
