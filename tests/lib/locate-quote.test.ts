import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { locateQuote } from '../../src/lib/locate-quote.ts';

const PARAGRAPHS = [
	{
		number: 1,
		text: 'North Korea has delivered more than 1,000 containers, according to the White House.',
	},
	{
		number: 2,
		text: '"We condemn the DPRK," Kirby said.\nThe containers were\n  shipped in September.',
	},
	{ number: 3, text: 'The containers were shipped by rail. The containers were counted.' },
];

describe('locateQuote', () => {
	test('finds a quote that occurs once, without a paragraph, and gives the exact stretch of text', () => {
		const lookup = locateQuote(PARAGRAPHS, 'according to the White House');
		expect(lookup).toEqual({ status: 'found', place: { paragraph: 1, start: 54, end: 82 } });
		expect(PARAGRAPHS[0]!.text.slice(54, 82)).toBe('according to the White House');
	});

	test('matches across runs of whitespace and gives the stretch as written in the paragraph', () => {
		const lookup = locateQuote(PARAGRAPHS, 'were shipped  in\nSeptember.');
		expect(lookup.status).toBe('found');
		if (lookup.status !== 'found') return;
		expect(PARAGRAPHS[1]!.text.slice(lookup.place.start, lookup.place.end)).toBe(
			'were\n  shipped in September.',
		);
	});

	test('does not match a quote whose quotation marks differ from the source', () => {
		expect(locateQuote(PARAGRAPHS, '“We condemn the DPRK,”')).toEqual({
			status: 'not-found',
			places: [],
		});
	});

	test('asks for the paragraph when the quote occurs in more than one, naming each place', () => {
		const lookup = locateQuote(PARAGRAPHS, 'The containers were');
		expect(lookup.status).toBe('ambiguous');
		expect(lookup.status !== 'found' && lookup.places.map((place) => place.paragraph)).toEqual([
			2, 3, 3,
		]);
	});

	test('resolves a repeated quote within the paragraph given', () => {
		expect(locateQuote(PARAGRAPHS, 'The containers were', 2)).toMatchObject({
			status: 'found',
			place: { paragraph: 2 },
		});
	});

	test('is still ambiguous when the quote occurs twice in the paragraph given', () => {
		expect(locateQuote(PARAGRAPHS, 'The containers were', 3)).toMatchObject({
			status: 'ambiguous',
			places: [{ paragraph: 3 }, { paragraph: 3 }],
		});
	});

	test('says the paragraph given does not hold the quote, and where it is', () => {
		expect(locateQuote(PARAGRAPHS, 'Kirby said', 1)).toMatchObject({
			status: 'not-in-paragraph',
			places: [{ paragraph: 2 }],
		});
	});

	test('refuses an empty quote', () => {
		expect(locateQuote(PARAGRAPHS, ' \n ')).toEqual({ status: 'empty', places: [] });
	});
});

describe('locateQuote on any paragraph', () => {
	/** Words joined by runs of any whitespace (spaces, tabs, line breaks, no-break spaces), maybe at either end. */
	const gap = fc.constantFrom(' ', '  ', '\n', '\t ', '\u00a0', ' \n  ');
	const paragraph = fc
		.tuple(
			fc.array(
				fc.tuple(fc.constantFrom('Kim', 'Putin', 'ships', '1,000', '“shells”', 'Najin.'), gap),
				{
					minLength: 1,
					maxLength: 12,
				},
			),
			fc.option(gap),
		)
		.map(([words, lead]) => `${lead ?? ''}${words.map(([word, space]) => word + space).join('')}`);

	test('finds every run of its words, whatever whitespace parts them, at text that reads as the quote', () => {
		fc.assert(
			fc.property(paragraph, fc.nat(), fc.nat(), (text, a, b) => {
				const words = text.trim().split(/\s+/);
				const from = a % words.length;
				const to = from + 1 + (b % (words.length - from));
				const quote = words.slice(from, to).join(' ');
				const lookup = locateQuote([{ number: 1, text }], quote);
				const places = lookup.status === 'found' ? [lookup.place] : lookup.places;
				expect(places.length).toBeGreaterThan(0);
				for (const place of places)
					expect(text.slice(place.start, place.end).replace(/\s+/g, ' ')).toBe(quote);
			}),
		);
	});
});
