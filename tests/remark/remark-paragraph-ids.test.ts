import { describe, expect, test } from 'vitest';
import { renderMdx, renderParagraphs } from '../helpers/render-mdx.ts';

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
		const { paragraphs } = await renderParagraphs(
			'First.\n\n<Credit>\n  Photo : YONHAP News\n</Credit>\n\nSecond.',
		);
		expect(paragraphs.map(({ id, text }) => [id, text])).toEqual([
			['p1', 'First.'],
			[undefined, 'Photo : YONHAP News'],
			['p2', 'Second.'],
		]);
	});

	test('leaves files outside the sources collection without anchors', async () => {
		const { html } = await renderMdx('An event’s own text.', 'events');
		expect(html).toContain('An event’s own text.');
		expect(html).not.toContain('id="p1"');
	});

	test('fails on a component a source may not hold, naming it and its position', async () => {
		const text = 'First paragraph.\n\n<Tweet id="1" />\n\nThird.';
		await expect(renderMdx(text)).rejects.toMatchObject({
			message: expect.stringContaining('<Tweet> is not allowed in a source'),
			loc: expect.objectContaining({ line: 3, column: 1 }),
		});
	});
});
