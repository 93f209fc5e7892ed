import { describe, expect, test } from 'vitest';
import { listParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdx } from '../../src/lib/parse-mdx.ts';
import {
	describeCitationProblems,
	nearestWindow,
	verifyCitations,
	type CitingEvent,
} from '../../src/lib/verify-citations.ts';

/** A small source as the ingest writes one: frontmatter, paragraphs, a social post. */
const SOURCE_MDX = `---
title: "Test"
publisher: European Pravda
published: "2023-10-13"
---

The journalists received information from John Kirby, Coordinator for Strategic Communications.

<SocialPost author="Laura Rozen" handle="lrozen" date="2023-10-13">
  NSC’s Kirby: Now have information North Korea has delivered arms to Russia.
</SocialPost>

"We condemn the DPRK for providing Russia with this military equipment," Kirby said, as quoted by Reuters.

From a storage point in North Korea, weapons were first loaded onto a Russian ship.
`;

const SOURCES = new Map([['2023-10-13-european-pravda', listParagraphs(parseMdx(SOURCE_MDX))]]);
const FILE = 'content/events/white-house-briefing.mdx';

function check(...citations: CitingEvent['citations']) {
	return verifyCitations([{ file: FILE, citations }], SOURCES);
}

describe('verifyCitations', () => {
	test('names each character that differs, with its code point, when the quote looks the same as the source', () => {
		const [typed] = check({
			sourceId: '2023-10-13-european-pravda',
			paragraph: 2,
			quote: "NSC's Kirby: Now have information",
		});
		expect(typed?.message).toContain(
			"    differs: ’ U+2019 RIGHT SINGLE QUOTATION MARK in the source, ' U+0027 APOSTROPHE in the quote\n",
		);
		const [cyrillic] = check({
			sourceId: '2023-10-13-european-pravda',
			quote: 'received information from John Kirby, Сoordinator',
		});
		expect(cyrillic?.message).toContain(
			'differs: C U+0043 LATIN CAPITAL LETTER C in the source, С U+0421 CYRILLIC CAPITAL LETTER ES in the quote',
		);
	});

	test('accepts quotes that are verbatim in the paragraphs they cite, social posts included', () => {
		expect(
			check(
				{
					sourceId: '2023-10-13-european-pravda',
					paragraph: 1,
					quote: 'received information from John Kirby',
				},
				{
					sourceId: '2023-10-13-european-pravda',
					paragraph: 2,
					quote: 'NSC’s Kirby: Now have information',
				},
				{ sourceId: '2023-10-13-european-pravda', paragraph: 3, quote: '"We condemn the DPRK' },
			),
		).toEqual([]);
	});

	test('ignores differences in runs of whitespace only', () => {
		expect(
			check({
				sourceId: '2023-10-13-european-pravda',
				paragraph: 4,
				quote: 'weapons were first\n    loaded  onto a Russian ship.',
			}),
		).toEqual([]);
	});

	test('reports a source that does not exist, suggesting the nearest id', () => {
		const [problem, ...rest] = check({
			sourceId: '2023-10-13-european-pravd',
			paragraph: 1,
			quote: 'Kirby',
		});
		expect(rest).toEqual([]);
		expect(problem?.kind).toBe('unknown-source');
		expect(problem?.message).toBe(
			`${FILE}, citation 1: there is no source "2023-10-13-european-pravd". Did you mean "2023-10-13-european-pravda"? Known sources: "2023-10-13-european-pravda".`,
		);
	});

	test('reports a paragraph past the end of the source, and where the quote really is', () => {
		const [problem] = check({
			sourceId: '2023-10-13-european-pravda',
			paragraph: 7,
			quote: 'as quoted by Reuters',
		});
		expect(problem?.kind).toBe('paragraph-out-of-range');
		expect(problem?.message).toContain(
			`${FILE}, citation 1 (2023-10-13-european-pravda, paragraph 7): that source has 4 paragraphs (1–4)`,
		);
		expect(problem?.message).toContain('found verbatim in paragraph 3');
	});

	test('reports a quote found verbatim in another paragraph of the source', () => {
		const [problem] = check(
			{ sourceId: '2023-10-13-european-pravda', paragraph: 1, quote: 'John Kirby' },
			{ sourceId: '2023-10-13-european-pravda', paragraph: 1, quote: 'loaded onto a Russian ship' },
		);
		expect(problem?.citation).toBe(2);
		expect(problem?.kind).toBe('quote-not-found');
		expect(problem?.message).toContain(
			`${FILE}, citation 2 (2023-10-13-european-pravda, paragraph 1): the quote is not verbatim in that paragraph.`,
		);
		expect(problem?.message).toContain('found verbatim in paragraph 4');
	});

	test('reports a quote whose quotation marks differ, with the nearest text in the paragraph', () => {
		const [problem] = check({
			sourceId: '2023-10-13-european-pravda',
			paragraph: 3,
			quote: '“We condemn the DPRK”',
		});
		expect(problem?.kind).toBe('quote-not-found');
		expect(problem?.message).toContain('quote:   `“We condemn the DPRK”`');
		expect(problem?.message).toContain(
			'nearest: `"We condemn the DPRK` (paragraph 3, 2 characters differ)',
		);
		expect(problem?.message).toContain('not verbatim anywhere in the source: copy it again');
	});

	test('reports a misspelt quote with the passage it was probably copied from', () => {
		const [problem] = check({
			sourceId: '2023-10-13-european-pravda',
			paragraph: 4,
			quote: 'weapons were first loaded onto a Russain ship',
		});
		expect(problem?.message).toContain(
			'nearest: `weapons were first loaded onto a Russian ship.` (paragraph 4, 2 characters differ)',
		);
	});

	test('points to a closer paragraph when the quote is nearly the text of another one', () => {
		const [problem] = check({
			sourceId: '2023-10-13-european-pravda',
			paragraph: 1,
			quote: 'weapons were first loaded onto a Russain ship',
		});
		expect(problem?.message).toContain(
			'the nearest text is in paragraph 4 (2 characters differ): `weapons were first loaded onto a Russian ship.`',
		);
	});

	test('reports an empty quote', () => {
		const [problem] = check({ sourceId: '2023-10-13-european-pravda', paragraph: 1, quote: '   ' });
		expect(problem?.message).toContain('the quote is empty');
	});

	test('reports an event that cites nothing', () => {
		expect(
			verifyCitations([{ file: 'content/events/rumour.mdx', citations: [] }], SOURCES),
		).toEqual([
			{
				file: 'content/events/rumour.mdx',
				kind: 'no-citation',
				message: expect.stringContaining('content/events/rumour.mdx: the event cites no source'),
			},
		]);
	});

	test('reports every problem of every event, in order', () => {
		const problems = verifyCitations(
			[
				{ file: 'content/events/a.mdx', citations: [] },
				{
					file: 'content/events/b.mdx',
					citations: [
						{ sourceId: '2023-10-13-european-pravda', paragraph: 9, quote: 'Kirby' },
						{ sourceId: '2023-10-13-european-pravda', paragraph: 1, quote: 'Kirby' },
						{ sourceId: 'nowhere', paragraph: 1, quote: 'Kirby' },
					],
				},
			],
			SOURCES,
		);
		expect(problems.map(({ file, citation, kind }) => [file, citation, kind])).toEqual([
			['content/events/a.mdx', undefined, 'no-citation'],
			['content/events/b.mdx', 1, 'paragraph-out-of-range'],
			['content/events/b.mdx', 3, 'unknown-source'],
		]);
	});
});

describe('nearestWindow', () => {
	test('finds the closest stretch of a paragraph and widens it to whole words', () => {
		expect(
			nearestWindow(
				'militray equipment',
				'more than 1000 containers of military equipment and munitions',
			),
		).toEqual({
			text: 'military equipment',
			distance: 2,
		});
	});

	test('finds an exact match at distance 0', () => {
		expect(nearestWindow('containers', 'more than 1000 containers of')).toEqual({
			text: 'containers',
			distance: 0,
		});
	});
});

describe('describeCitationProblems', () => {
	test('lists every problem under one count, with a hint on how to cite', () => {
		const problems = verifyCitations(
			[
				{ file: 'content/events/a.mdx', citations: [] },
				{
					file: 'content/events/b.mdx',
					citations: [{ sourceId: 'nowhere', paragraph: 1, quote: 'Kirby' }],
				},
			],
			SOURCES,
		);
		const { message, hint } = describeCitationProblems(problems);
		expect(message.split('\n')).toEqual([
			'2 citation problems in 2 events:',
			expect.stringMatching(/^- content\/events\/a\.mdx: /),
			expect.stringMatching(/^- content\/events\/b\.mdx, citation 1: /),
		]);
		expect(hint).toMatch(/paragraph number/);
		expect(hint).toMatch(/quotation marks/);
	});
});

describe('verifyCitations, finding quotes by their words', () => {
	const REPEATED = new Map([
		[
			'wire',
			listParagraphs(
				parseMdx(`---
title: "Test"
---

The containers were shipped by sea.

Kirby said the containers were shipped by sea, then by rail.

Kirby said it twice: by rail, by rail.
`),
			),
		],
	]);
	const checkWire = (...citations: CitingEvent['citations']) =>
		verifyCitations([{ file: FILE, citations }], REPEATED);

	test('accepts a citation without a paragraph when its words occur once in the source', () => {
		expect(checkWire({ sourceId: 'wire', quote: 'then by rail.' })).toEqual([]);
	});

	test('asks for the paragraph when the quote occurs in two, naming both', () => {
		const [problem, ...rest] = checkWire({
			sourceId: 'wire',
			quote: 'containers were shipped by sea',
		});
		expect(rest).toEqual([]);
		expect(problem?.kind).toBe('ambiguous-quote');
		expect(problem?.message).toBe(
			`${FILE}, citation 1 (wire): the quote occurs in paragraphs 1 and 2; add \`paragraph:\` with the one you mean (1 or 2), or quote more of the passage so that its words occur once.`,
		);
	});

	test('accepts a repeated quote once the paragraph is given, and refuses it in a paragraph without it', () => {
		expect(
			checkWire({ sourceId: 'wire', paragraph: 2, quote: 'containers were shipped by sea' }),
		).toEqual([]);
		expect(
			checkWire({ sourceId: 'wire', paragraph: 3, quote: 'containers were shipped by sea' })[0]
				?.message,
		).toContain('found verbatim in paragraph 1 and 2');
	});

	test('asks for more words when the quote occurs twice in the paragraph given', () => {
		expect(checkWire({ sourceId: 'wire', paragraph: 3, quote: 'by rail' })[0]?.message).toBe(
			`${FILE}, citation 1 (wire, paragraph 3): the quote occurs 2 times in paragraph 3; quote more of the passage you mean, so that its words occur once.`,
		);
	});

	test('refuses two quotes of one paragraph that overlap without one holding the other, and accepts nested ones', () => {
		expect(
			checkWire(
				{ sourceId: 'wire', quote: 'Kirby said the containers' },
				{ sourceId: 'wire', quote: 'said the' },
			),
		).toEqual([]);
		const [problem] = checkWire(
			{ sourceId: 'wire', quote: 'Kirby said the containers' },
			{ sourceId: 'wire', quote: 'the containers were shipped by sea, then' },
		);
		expect(problem).toMatchObject({ kind: 'crossing-quotes', citation: 2 });
		expect(problem?.message).toContain(
			`${FILE}, citation 2 (wire, paragraph 2): its quote overlaps citation 1 of ${FILE}`,
		);
	});

	test('refuses the same words cited at two places of one source, which would share one anchor', () => {
		const [problem] = checkWire(
			{ sourceId: 'wire', paragraph: 1, quote: 'containers were shipped by sea' },
			{ sourceId: 'wire', paragraph: 2, quote: 'containers were shipped by sea' },
		);
		expect(problem?.message).toContain('quotes the same words in paragraph 1');
	});
});
