import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import { renderParagraphs } from '../helpers/render-like-astro.ts';
import { remarkParagraphIds } from '../../src/remark/remark-paragraph-ids.ts';

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
		const output = String(
			await compile({ value: 'First.\n\n<Credit>\n  Photo : YONHAP News\n</Credit>\n\nSecond.', path: SOURCE_PATH }, { remarkPlugins: [[remarkParagraphIds, { pathIncludes: '/content/sources/' }]] }),
		);
		expect(output).toContain('"p2"');
		expect(output).not.toContain('"p3"');
		expect(output).toMatch(/_components\.p, \{\s*id: "p1"[\s\S]*Credit[\s\S]*_components\.p, \{\s*id: "p2"/);
	});

	test('leaves files outside the sources collection without anchors', async () => {
		const output = await compile({ value: 'An event’s own text.', path: '/site/content/events/summit.mdx' }, {
			remarkPlugins: [[remarkParagraphIds, { pathIncludes: '/content/sources/' }]],
		});
		expect(String(output)).not.toContain('"p1"');
	});

	test('fails on a component a source may not hold, naming it and its position', async () => {
		const text = 'First paragraph.\n\n<Tweet id="1" />\n\nThird.';
		await expect(
			compile({ value: text, path: SOURCE_PATH }, { remarkPlugins: [[remarkParagraphIds, { pathIncludes: '/content/sources/' }]] }),
		).rejects.toMatchObject({
			reason: expect.stringContaining('<Tweet> is not allowed in a source'),
			line: 3,
			column: 1,
		});
	});
});
