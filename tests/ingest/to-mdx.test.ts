import { describe, expect, test } from 'vitest';
import type { SourceFrontmatter } from '../../src/ingest/frontmatter.ts';
import { toMdx } from '../../src/ingest/to-mdx.ts';
import { renderParagraphs } from '../helpers/render-mdx.ts';

const frontmatter: SourceFrontmatter = {
	title: 'A "quoted" title: with a colon',
	publisher: 'Euronews',
	byline: 'By Euronews with AP',
	published: '2023-10-14',
	language: 'en',
	received: '000_ba37072a07615a46.txt',
	sha256: '0123456789'.repeat(6).slice(0, 64),
};
const origins = { title: 'derived from the first sentence', language: 'the default' };

describe('toMdx', () => {
	test('opens the frontmatter with comments on what was derived and on --force, then the fields in order', () => {
		const mdx = toMdx({ frontmatter, origins, paragraphs: ['One.'] });
		expect(mdx).toBe(`---
# Written by \`npm run ingest\` from the received file 000_ba37072a07615a46.txt.
# Where the fields came from (check and correct what was derived):
#   title: derived from the first sentence
#   language: the default
# Add \`url:\` when the article's address is known; the ingest never guesses one.
# Edit freely: a rerun keeps an edited file, and a corrected article (--write) keeps this frontmatter.
title: "A \\"quoted\\" title: with a colon"
publisher: Euronews
byline: By Euronews with AP
published: "2023-10-14"
language: en
received: 000_ba37072a07615a46.txt
sha256: "${frontmatter.sha256}"
---

One.
`);
	});

	test('leaves byline out when the article has none', () => {
		expect(
			toMdx({ frontmatter: { ...frontmatter, byline: undefined }, origins, paragraphs: ['One.'] }),
		).not.toContain('byline');
	});

	test('writes an embedded post as a SocialPost element with its text as the child paragraph', () => {
		const mdx = toMdx({
			frontmatter,
			origins,
			paragraphs: [
				'Kirby: now. pic.twitter.com/LxHwji4sjD — Laura Rozen (@lrozen) October 13, 2023',
			],
		});
		expect(mdx).toContain(
			'<SocialPost author="Laura Rozen" handle="lrozen" date="2023-10-13">\n  Kirby: now. pic.twitter.com/LxHwji4sjD\n</SocialPost>\n',
		);
	});

	// Each of these once came back different, or is a construct a careless writer would emit as syntax.
	test.each([
		['MDX braces and tags', 'Hello {name} <b>bold</b> </SocialPost> {/* c */}'],
		['ESM-looking lines', 'import x from "y"\nexport const a = 1'],
		['list markers on consecutive lines', '1.\n1. item\n- a\n-\n+ b\n* c'],
		['a setext underline', 'Heading?\n===\nOr this\n---'],
		['a blockquote, heading and fence at line starts', '> quote\n# heading\n```js\n~~~'],
		['GFM strikethrough, table and footnote', 'a ~b~ ~~c~~\n| x | y |\n|-|-|\n[^1]: note'],
		['an HTML comment', '<!-- not a comment -->'],
		['character references that must stay literal', '&amp; &#123; &copy; &nbsp'],
		['backslashes, including one before a line ending', 'a \\* b \\\\\nc\\'],
		['emphasis and links', '*a* _b_ **c** [d](e) ![f](g) <https://h.i>'],
		['autolink literals', 'www.example.com, https://example.com/a?b=c&d and a@b.co'],
		['right-to-left text and emoji', 'مرحبا \u200F שלום 👩‍👩‍👧 🇺🇦'],
	])('keeps %s as text', async (_, paragraph) => {
		const { paragraphs } = await renderParagraphs(
			toMdx({ frontmatter, origins, paragraphs: [paragraph, 'After.'] }),
		);
		expect(paragraphs).toEqual([
			{ id: 'p1', text: paragraph },
			{ id: 'p2', text: 'After.' },
		]);
	});

	test('writes an ampersand in a post attribute so it reads back as itself', async () => {
		const { paragraphs } = await renderParagraphs(
			toMdx({
				frontmatter,
				origins,
				paragraphs: ['Text — A &#123; "B" &amp; C (@abc) October 13, 2023'],
			}),
		);
		expect(paragraphs).toEqual([
			{
				id: 'p1',
				text: 'Text',
				caption: '— A &#123; "B" &amp; C (@abc) October 13, 2023',
				datetime: '2023-10-13',
			},
		]);
	});
});
