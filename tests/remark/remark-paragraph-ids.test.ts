import { describe, expect, test } from 'vitest';
import { renderParagraphs } from '../helpers/render-like-astro.ts';
import { compileMdx } from '../helpers/site-markdown.ts';

const SOURCE_PATH = '/site/content/sources/2023-10-13-example.mdx';

describe('remarkParagraphIds', () => {
	test('numbers every paragraph and social post of a source in reading order', async () => {
		const { paragraphs } = await renderParagraphs(
			[
				'First paragraph.',
				'<SocialPost author="Laura Rozen" handle="lrozen" date="2023-10-13">\n  Posted text.\n</SocialPost>',
				'Third paragraph.',
			].join('\n\n'),
		);
		expect(paragraphs.map(({ id, text }) => [id, text])).toEqual([
			['p1', 'First paragraph.'],
			['p2', 'Posted text.'],
			['p3', 'Third paragraph.'],
		]);
	});

	test('does not number a credit line, and accepts it in a source', async () => {
		const output = await compileMdx('First.\n\n<Credit>\n  Photo : YONHAP News\n</Credit>\n\nSecond.', SOURCE_PATH);
		expect(output).toContain('"p2"');
		expect(output).not.toContain('"p3"');
		expect(output).toMatch(/_components\.p, \{\s*id: "p1"[\s\S]*Credit[\s\S]*_components\.p, \{\s*id: "p2"/);
	});

	test('keeps the quote marks of a paragraph exactly as written', async () => {
		const output = await compileMdx('He said "straight" and “curly” and it’s so.', SOURCE_PATH);
		expect(output).toContain(String.raw`He said \"straight\" and “curly” and it’s so.`);
	});

	test('leaves files outside the sources collection without anchors', async () => {
		const output = await compileMdx('An event’s own text.', '/site/content/events/summit.mdx');
		expect(output).not.toContain('"p1"');
	});

	test('fails on a component a source may not hold, naming it and its position', async () => {
		const text = 'First paragraph.\n\n<Tweet id="1" />\n\nThird.';
		await expect(compileMdx(text, SOURCE_PATH)).rejects.toMatchObject({
			reason: expect.stringContaining('<Tweet> is not allowed in a source'),
			line: 3,
			column: 1,
		});
	});
});
