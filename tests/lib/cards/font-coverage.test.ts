import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fontCoverage, missingCharacters } from '../../../src/lib/cards/font-coverage.ts';

const FONTS = new URL('../../../src/assets/fonts/', import.meta.url);
const regular = fontCoverage(readFileSync(new URL('NotoSans-Regular.ttf', FONTS)));
const bold = fontCoverage(readFileSync(new URL('NotoSans-Bold.ttf', FONTS)));

describe('fontCoverage', () => {
	// The characters our titles, sources and date labels use, beyond ASCII.
	test.each([
		['right single quotation mark', '’'],
		['left double quotation mark', '“'],
		['right double quotation mark', '”'],
		['en dash', '–'],
		['em dash', '—'],
		['e acute', 'é'],
		['u diaeresis', 'ü'],
		['l with stroke', 'ł'],
		['s caron', 'š'],
		['Cyrillic', 'Ж'],
		['narrow no-break space', '\u202f'],
	])('finds the %s in both shipped weights', (_name, character) => {
		const codePoint = character.codePointAt(0)!;
		expect(regular(codePoint)).toBe(true);
		expect(bold(codePoint)).toBe(true);
	});

	test.each([
		['an emoji', '😀'],
		['a CJK ideograph', '中'],
		['a Hangul syllable', '한'],
	])('reports %s as not covered', (_name, character) => {
		expect(regular(character.codePointAt(0)!)).toBe(false);
		expect(bold(character.codePointAt(0)!)).toBe(false);
	});

	test('refuses data that is not a font', () => {
		expect(() =>
			fontCoverage(new TextEncoder().encode('not a font, just some text long enough')),
		).toThrow(/not a TrueType or OpenType font/i);
	});
});

describe('missingCharacters', () => {
	test('lists each uncovered character once, in order of first appearance, and ignores spaces', () => {
		expect(missingCharacters('Kim’s 中 visit 😀 — 中 again', [regular])).toEqual(['中', '😀']);
	});

	test('finds nothing missing in a title with typographic quotes, dashes and accents', () => {
		expect(
			missingCharacters('North Korea’s “provocation” – Šoigu — Pyongyang’s café', [regular, bold]),
		).toEqual([]);
	});
});
