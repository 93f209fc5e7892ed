import { describe, expect, test } from 'vitest';
import { describeCharacter, describeDifferences } from '../../src/lib/character-names.ts';

describe('naming the characters a quote gets wrong', () => {
	test.each([
		['’', '’ U+2019 RIGHT SINGLE QUOTATION MARK'],
		["'", "' U+0027 APOSTROPHE"],
		['С', 'С U+0421 CYRILLIC CAPITAL LETTER ES'],
		['C', 'C U+0043 LATIN CAPITAL LETTER C'],
		['\u00A0', 'U+00A0 NO-BREAK SPACE'],
		['–', '– U+2013 EN DASH'],
		['북', '북 U+BD81 a Hangul character'],
	])('describes %s as %s', (character, described) => {
		expect(describeCharacter(character)).toBe(described);
	});

	test.each([
		[
			'an apostrophe for a typographic one',
			'the North’s official',
			"the North's official",
			["’ U+2019 RIGHT SINGLE QUOTATION MARK in the source, ' U+0027 APOSTROPHE in the quote"],
		],
		[
			'a Latin C for a Cyrillic С',
			'Сполучені Штати',
			'Cполучені Штати',
			[
				'С U+0421 CYRILLIC CAPITAL LETTER ES in the source, C U+0043 LATIN CAPITAL LETTER C in the quote',
			],
		],
		[
			'a hyphen for an en dash',
			'the Kim–Putin summit',
			'the Kim-Putin summit',
			['– U+2013 EN DASH in the source, - U+002D HYPHEN-MINUS in the quote'],
		],
		[
			'a zero-width space copied along',
			'Kirby said',
			'Kir\u200Bby said',
			['nothing in the source, U+200B ZERO WIDTH SPACE in the quote'],
		],
	])('names %s, ignoring the text around the quote', (_, source, quote, lines) => {
		expect(describeDifferences(quote, `and ${source}, he said`)).toEqual(lines);
	});
});
