import { describe, expect, test } from 'vitest';
import { textFragmentUrl } from '../../src/lib/text-fragment.ts';

const URL = 'https://www.euronews.com/2023/10/14/north-korea';

describe('textFragmentUrl', () => {
	test('percent-encodes the quote, the directive’s own characters (- , &) included', () => {
		expect(textFragmentUrl(URL, 'a Russian-flagged ship, 1,000 & more')).toBe(
			`${URL}#:~:text=a%20Russian%2Dflagged%20ship%2C%201%2C000%20%26%20more`,
		);
	});

	test('encodes typographic quotes and apostrophes as UTF-8', () => {
		expect(textFragmentUrl(URL, '“an undisguised military provocation”')).toBe(
			`${URL}#:~:text=%E2%80%9Can%20undisguised%20military%20provocation%E2%80%9D`,
		);
		expect(textFragmentUrl(URL, "Russia's war")).toBe(`${URL}#:~:text=Russia%27s%20war`);
	});

	test('links a long quote by its first and last words', () => {
		const quote =
			'The containers were shipped between 7 September and 1 October, from Najin in North Korea to Dunay in Russia.';
		expect(textFragmentUrl(URL, quote)).toBe(
			`${URL}#:~:text=The%20containers%20were%20shipped,to%20Dunay%20in%20Russia.`,
		);
	});

	test('adds a prefix and a suffix to tell a short or repeated quote apart', () => {
		expect(textFragmentUrl(URL, 'on Friday', { prefix: 'said', suffix: 'that the' })).toBe(
			`${URL}#:~:text=said-,on%20Friday,-that%20the`,
		);
	});

	test('replaces a fragment the address already has', () => {
		expect(textFragmentUrl(`${URL}#top`, 'Kirby')).toBe(`${URL}#:~:text=Kirby`);
	});
});
