import { describe, expect, test } from 'vitest';
import Citations from '../../src/components/Citations.astro';
import { quoteAnchor } from '../../src/lib/quote-anchor.ts';
import { BRIEFING, chronologyOf, EURONEWS, PRAVDA } from '../fixtures/chronology.ts';
import { accessibleName, children, collapse, render } from '../helpers/component.ts';
import { attribute, textContent } from '../../harness/html.ts';

const [event] = chronologyOf([BRIEFING], [EURONEWS, PRAVDA]).events;
if (!event) throw new Error('buildChronology returned no event');

/** What a reader finds in each item of the rendered list. */
async function renderItems() {
	const rendered = await render(Citations, {
		props: { slug: event!.slug, citations: event!.citations },
	});
	const [list] = rendered.all('ol');
	if (!list) throw new Error(`No <ol> in:\n${rendered.html}`);
	return children(list).map((item) => {
		const [blockquote] = children(item).filter((child) => child.tagName === 'blockquote');
		const [source] = children(item).filter((child) => child.tagName === 'p');
		const find = (tagName: string) =>
			source ? children(source).filter((child) => child.tagName === tagName) : [];
		return {
			tagName: item.tagName,
			quote: blockquote && textContent(blockquote).trim(),
			cite: blockquote && attribute(blockquote, 'cite'),
			publisher: find('cite').map((cite) => textContent(cite)),
			published: find('time').map((time) => [attribute(time, 'datetime'), textContent(time)]),
			id: attribute(item, 'id'),
			links: find('a').map((link) => ({
				href: attribute(link, 'href'),
				name: accessibleName(link),
			})),
			printed: find('a').map((link) => attribute(link, 'data-href-absolute')),
			line: source && collapse(textContent(source)),
		};
	});
}

describe('Citations', () => {
	test('lists the citations in a numbered list, in the order the event gives them', async () => {
		const items = await renderItems();
		expect(items.map((item) => item.tagName)).toEqual(['li', 'li', 'li']);
		expect(items.map((item) => item.quote)).toEqual(
			BRIEFING.citations.map((citation) => citation.quote),
		);
	});

	test('quotes each passage verbatim, markup characters and curly quotes included, as text', async () => {
		const [, pravda] = await renderItems();
		expect(pravda?.quote).toBe('NSC’s Kirby: “over 1,000 containers” <moved> by ship & rail');
	});

	test('points each quotation’s cite at its quote’s mark on the source page', async () => {
		const items = await renderItems();
		const [euronews, pravda, lede] = BRIEFING.citations.map((citation) =>
			quoteAnchor(citation.quote),
		);
		expect(items.map((item) => item.cite)).toEqual([
			`/sources/2023-10-14-euronews/#${euronews}`,
			`/sources/2023-10-13-european-pravda/#${pravda}`,
			`/sources/2023-10-14-euronews/#${lede}`,
		]);
	});

	test('names the publisher and its date, and links the quote with the source’s title in the link’s name', async () => {
		const [first] = await renderItems();
		expect(first?.publisher).toEqual(['Euronews']);
		expect(first?.published).toEqual([['2023-10-14', '14 October 2023']]);
		expect(first?.links).toEqual([
			{
				href: `/sources/2023-10-14-euronews/#${quoteAnchor(BRIEFING.citations[0]!.quote)}`,
				name: 'see the quote in “North Korea has delivered munitions to Russia, White House says”',
			},
		]);
		expect(first?.line).toBe(
			'— Euronews, 14 October 2023: see the quote in “North Korea has delivered munitions to Russia, White House says”',
		);
	});

	test('offers "Read the original" and "Archived copy" only for a source with those addresses', async () => {
		const original = {
			...EURONEWS,
			url: 'https://www.euronews.com/2023/10/14/nk',
			archiveUrl: 'https://web.archive.org/web/2023/nk',
		};
		const [withOriginal] = chronologyOf([BRIEFING], [original, PRAVDA]).events;
		const rendered = await render(Citations, { props: { citations: withOriginal!.citations } });
		const names = rendered.all('a').map((link) => [attribute(link, 'href'), accessibleName(link)]);
		expect(names).toContainEqual([
			'https://www.euronews.com/2023/10/14/nk#:~:text=North%20Korea%20has%20delivered,and%20munitions%20to%20Russia',
			'Read the original at Euronews',
		]);
		expect(names).toContainEqual([
			'https://web.archive.org/web/2023/nk',
			'Archived copy of “North Korea has delivered munitions to Russia, White House says”',
		]);
		const plain = (await renderItems()).flatMap((item) => item.links.map((link) => link.name));
		expect(plain.filter((name) => /original|archived/i.test(name ?? ''))).toEqual([]);
		// Both for each of the two Euronews citations; neither for the Pravda one, whose source has no address.
		expect(names.filter(([href]) => href?.startsWith('https://')).length).toBe(4);
	});

	test('anchors each citation under its event’s slug and number, so a link can reach it in the chronology', async () => {
		const items = await renderItems();
		expect(items.map((item) => item.id)).toEqual([
			`${event!.slug}-q1`,
			`${event!.slug}-q2`,
			`${event!.slug}-q3`,
		]);
	});

	test('gives each quote link its absolute address, for print', async () => {
		const items = await renderItems();
		const site = import.meta.env.SITE;
		// Each link's own target, on the site: what a reader of the printed page can type in.
		expect(items.map((item) => item.printed)).toEqual(
			items.map((item) => item.links.map(({ href }) => href && new URL(href, site).href)),
		);
		expect(items.map((item) => item.printed[0])).toEqual([
			expect.stringMatching(/^https?:\/\/[^/]+\/sources\/2023-10-14-euronews\/#./),
			expect.stringMatching(/^https?:\/\/[^/]+\/sources\/2023-10-13-european-pravda\/#./),
			expect.stringMatching(/^https?:\/\/[^/]+\/sources\/2023-10-14-euronews\/#./),
		]);
	});
});
