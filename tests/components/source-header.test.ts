import { describe, expect, test } from 'vitest';
import SourceHeader from '../../src/components/SourceHeader.astro';
import { attribute } from '../../harness/html.ts';
import { chronologyOf, EURONEWS } from '../fixtures/chronology.ts';
import { render } from '../helpers/component.ts';

/** The page's source, from a one-source chronology whose frontmatter adds `extra` to the Euronews seed's. */
const sourceWith = (extra: Record<string, unknown> = {}) =>
	chronologyOf([], [{ ...EURONEWS, ...extra }]).sources[0]!;

describe('SourceHeader', () => {
	test('says the title is ours, not the outlet’s headline, unless an editor marks it as the outlet’s', async () => {
		expect((await render(SourceHeader, { props: { source: sourceWith() } })).text).toContain(
			'Our title for this article, not Euronews’s headline.',
		);
		const marked = await render(SourceHeader, {
			props: { source: sourceWith({ headline: 'outlet' }) },
		});
		expect(marked.text).toContain('Euronews’s own headline.');
		expect(marked.text).not.toContain('Our title');
	});

	test('says why the article’s text is reproduced, and that its address is not on record when no editor gave one', async () => {
		const { text, all } = await render(SourceHeader, { props: { source: sourceWith() } });
		expect(text).toMatch(
			/The article’s text is Euronews’s, reproduced as received so that every quote the chronology cites can be checked/,
		);
		expect(text).toContain('Its address on Euronews’s site is not on record.');
		expect(all('a').map((link) => attribute(link, 'rel'))).not.toContain('external noopener');
	});

	test('links the original from that sentence when its address is known', async () => {
		const url = 'https://www.euronews.com/2023/10/14/north-korea-munitions';
		const { text, all } = await render(SourceHeader, { props: { source: sourceWith({ url }) } });
		expect(text).toContain('Read it as published at Euronews.');
		expect(
			all('a')
				.filter((link) => attribute(link, 'href') === url)
				.map((link) => attribute(link, 'rel')),
		).toEqual(['external noopener', 'external noopener']);
	});
});
