import { describe, expect, test } from 'vitest';
import { deriveFields, provisionalTitle } from '../../src/ingest/derive-fields.ts';

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ text, line: i * 2 + 1 }));

describe('deriveFields', () => {
	test('takes a "By …" first paragraph as the byline, out of the body, and the newsroom before "with" as publisher', () => {
		const fields = deriveFields(
			paragraphs('By Euronews with AP', 'The US believes Pyongyang wants weapons.'),
			{},
		);
		expect(fields).toMatchObject({
			byline: 'By Euronews with AP',
			publisher: 'Euronews',
			title: 'The US believes Pyongyang wants weapons',
		});
		expect(fields.body.map((p) => p.text)).toEqual(['The US believes Pyongyang wants weapons.']);
	});

	test('takes the publisher from a "Source: …; Publisher" paragraph, which stays in the body', () => {
		const fields = deriveFields(
			paragraphs(
				'The United States has information.',
				'Source: reports from journalists; European Pravda',
			),
			{},
		);
		expect(fields.publisher).toBe('European Pravda');
		expect(fields.byline).toBeUndefined();
		expect(fields.body).toHaveLength(2);
	});

	test('prefers the "Source:" paragraph to the byline, which may name a wire service', () => {
		expect(
			deriveFields(paragraphs('By Staff with Reuters', 'Text.', 'Source: agencies; Kyiv Post'), {})
				.publisher,
		).toBe('Kyiv Post');
	});

	test('does not take a person in a byline for the publisher', () => {
		const fields = deriveFields(paragraphs('By Jane Doe', 'Text.'), {});
		expect(fields.byline).toBe('By Jane Doe');
		expect(fields.publisher).toBeUndefined();
	});

	test.each([
		['a sentence that begins with "By"', 'By the time the ship docked, the containers were gone.'],
		['a lowercase word after "By"', 'By train and ship'],
		['a long paragraph', `By ${'Very Long Name '.repeat(10)}`],
	])('does not take %s for a byline', (_, text) => {
		expect(deriveFields(paragraphs(text, 'More.'), {}).byline).toBeUndefined();
	});

	test('lets --publisher and --title win over the text', () => {
		const fields = deriveFields(paragraphs('By Euronews with AP', 'Text.'), {
			publisher: 'Euronews English',
			title: 'Kirby briefing',
		});
		expect(fields).toMatchObject({
			publisher: 'Euronews English',
			title: 'Kirby briefing',
			byline: 'By Euronews with AP',
		});
		expect(fields.origins).toMatchObject({
			publisher: 'given with --publisher',
			title: 'given with --title',
		});
	});

	test('says where each derived field came from', () => {
		expect(deriveFields(paragraphs('By Euronews with AP', 'Text.'), {}).origins).toEqual({
			byline: 'derived from the first line of the text',
			publisher: 'derived from the byline',
			title: 'derived from the first sentence: a placeholder until an editor writes the headline',
		});
	});
});

describe('deriveFields on real copy', () => {
	const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

	test('takes a headline alone on line 1 for the title, out of the body, and the "By" line after it for the byline', () => {
		const fields = deriveFields(
			lines(
				'N. Korea shipped 1,000 containers of arms to Russia, U.S. says',
				'By Park Ji-won',
				'The White House said Friday…',
			),
			{},
			{ firstLineAlone: true },
		);
		expect(fields).toMatchObject({
			title: 'N. Korea shipped 1,000 containers of arms to Russia, U.S. says',
			byline: 'By Park Ji-won',
			publisher: undefined,
		});
		expect(fields.body.map((p) => p.text)).toEqual(['The White House said Friday…']);
		expect(fields.origins).toMatchObject({
			title: 'the headline, from the first line of the text',
			byline: 'derived from line 2 of the text',
		});
	});

	test('says which line a headline on line 2 came from', () => {
		const fields = deriveFields(
			[
				{ text: 'Kim seeks Russian fighter jets, U.S. says', line: 2 },
				{ text: 'Text.', line: 3 },
			],
			{},
			{ firstLineAlone: true },
		);
		expect(fields.title).toBe('Kim seeks Russian fighter jets, U.S. says');
		expect(fields.origins['title']).toBe('the headline, from line 2 of the text');
	});

	test('finds the byline after credit lines, and keeps the credits in the body, marked', () => {
		const fields = deriveFields(
			lines('Headline about the containers', 'Photo : YONHAP News', 'By Park Ji-won', 'Text.'),
			{},
			{ firstLineAlone: true },
		);
		expect(fields.byline).toBe('By Park Ji-won');
		expect(fields.body.map(({ text, credit }) => [text, credit])).toEqual([
			['Photo : YONHAP News', true],
			['Text.', false],
		]);
	});

	test.each([
		['ends with a full stop', 'North Korea delivered arms to Russia.'],
		['has fewer than three words', 'Exclusive report'],
		['is longer than 160 characters', `North Korea ${'shipped containers '.repeat(10)}to Russia`],
	])('keeps a first line that %s in the body', (_, text) => {
		const fields = deriveFields(lines(text, 'Second.'), {}, { firstLineAlone: true });
		expect(fields.body.map((p) => p.text)).toEqual([text, 'Second.']);
	});

	test('keeps line 1 in the body when it is not alone on its line, or when nothing follows', () => {
		expect(
			deriveFields(lines('A headline-like first line', 'Second.'), {}, { firstLineAlone: false })
				.body,
		).toHaveLength(2);
		expect(
			deriveFields(lines('A headline-like first line'), {}, { firstLineAlone: true }).body,
		).toHaveLength(1);
	});

	test('lets a given title win over the headline, saying where it was given', () => {
		const fields = deriveFields(
			lines('A headline on line one', 'Text.'),
			{ title: 'The editor’s title', givenIn: { title: 'given in manifest.yaml:3' } },
			{ firstLineAlone: true },
		);
		expect(fields.title).toBe('The editor’s title');
		expect(fields.origins['title']).toBe('given in manifest.yaml:3');
	});
});

describe('provisionalTitle', () => {
	test.each([
		[
			'ends at the first full stop followed by a new sentence',
			'North Korea delivered arms. Kirby said so.',
			'North Korea delivered arms',
		],
		['keeps a question mark', 'Is this the end? Nobody knows.', 'Is this the end?'],
		[
			'does not stop at initials',
			'The U.S. says J. Kirby spoke. Then more.',
			'The U.S. says J. Kirby spoke',
		],
		['does not stop at a title', 'Gen. Smith arrived. Then more.', 'Gen. Smith arrived'],
		['includes a closing quote', '“We condemn it.” Kirby said.', '“We condemn it.”'],
		['puts a multi-line paragraph on one line', 'One\nline', 'One line'],
		['keeps a paragraph with no letters', '…', '…'],
	])('%s', (_, paragraph, title) => {
		expect(provisionalTitle(paragraph)).toBe(title);
	});

	test('cuts a long sentence without spaces between characters, never inside an emoji', () => {
		const title = provisionalTitle('😀'.repeat(150));
		expect(title).toBe(`${'😀'.repeat(99)}…`);
	});

	test('shortens a long first sentence at a word boundary, marked with an ellipsis', () => {
		const sentence =
			'The United States has information that North Korea has transferred a thousand containers of "military equipment" to Russia, and in exchange expects to receive heavy weapons.';
		const title = provisionalTitle(sentence);
		expect(title).toBe(
			'The United States has information that North Korea has transferred a thousand containers of…',
		);
		expect(title.length).toBeLessThanOrEqual(100);
	});
});
