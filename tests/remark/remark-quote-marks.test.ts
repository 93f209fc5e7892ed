import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { quoteAnchor } from '../../src/lib/quote-anchor.ts';
import { compileMdx } from '../helpers/site-markdown.ts';

/** A source beside `content/events/briefing.mdx`, whose citations name it. */
const SOURCE_PATH = fileURLToPath(
	new URL('./fixtures/quote-marks/content/sources/2023-10-14-wire.mdx', import.meta.url),
);

const SOURCE = [
	'The White House said North Korea *delivered more than 1,000 containers* of munitions.',
	'Second paragraph, cited by no event of this source.',
	'<SocialPost author="Laura Rozen" handle="lrozen" date="2023-10-13">\n  Posted text, quoted.\n</SocialPost>',
].join('\n\n');

describe('remarkQuoteMarks', () => {
	test('marks each cited quote in place, across inline markup, and links back after the paragraph’s words', async () => {
		const output = await compileMdx(SOURCE, SOURCE_PATH);
		const anchor = quoteAnchor('delivered more than 1,000 containers');
		// The mark holds the emphasis that holds the words; the links come after the paragraph's last words.
		expect(output).toMatch(
			new RegExp(
				`_components\\.mark, \\{\\s*id: "${anchor}"[\\s\\S]*?_components\\.em[\\s\\S]*?of munitions\\."[\\s\\S]*?QuoteLinks, \\{\\s*source: "2023-10-14-wire",\\s*anchors: "${anchor}"`,
			),
		);
		// The paragraph keeps its anchor.
		expect(output).toMatch(/id: "p1"/);
	});

	test('marks a quote inside a social post, inside the quotation', async () => {
		const output = await compileMdx(SOURCE, SOURCE_PATH);
		expect(output).toMatch(
			new RegExp(
				`SocialPost, \\{[\\s\\S]*?id: "p3"[\\s\\S]*?_components\\.mark, \\{\\s*id: "${quoteAnchor('Posted text')}"`,
			),
		);
	});

	test('marks nothing that another source’s citation quotes', async () => {
		const output = await compileMdx(SOURCE, SOURCE_PATH);
		expect(output).not.toContain(quoteAnchor('Second paragraph'));
		expect(output.match(/QuoteLinks, \{/g)).toHaveLength(2);
	});
});
