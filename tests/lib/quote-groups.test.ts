import { describe, expect, test } from 'vitest';
import { groupSimilarQuotes, normaliseQuote, quoteSimilarity } from '../../src/lib/quote-groups.ts';

const ROZEN =
	'NSC’s Kirby: Now have information North Korea has delivered arms to Russia for use in Ukraine. North Korea has provided Russia with more than 1000 containers of military equipment and munitions.';
const RELAYED =
	'Quote: "Now [we] have information North Korea has delivered arms to Russia for use in Ukraine. North Korea has provided Russia with more than 1,000 containers of military equipment and munitions," journalist Laura Rozen quotes Kirby.';
const CONDEMN_AP =
	'"We condemn the DPRK for providing Russia with this military equipment, which will be used to attack Ukrainian cities and kill Ukrainian civilians and further Russia’s illegitimate war," Kirby said';
const CONDEMN_REUTERS =
	'"We condemn the DPRK for providing Russia with this military equipment, which will be used to attack Ukrainian cities, kill Ukrainian civilians, and further Russia\'s illegitimate war," Kirby said, as quoted by Reuters.';
const SEEKING =
	'North Korea is seeking fighter aircraft, surface-to-air missiles, armored vehicles and other capabilities from Russia, NSC spokesperson Kirby said.';
const SCHEDULE =
	'The Reuters news agency also published brief news that the White House has published schedules of North Korea’s arms deliveries to Russia.';

describe('normaliseQuote', () => {
	test('reads curly and straight apostrophes alike, drops thousands separators, punctuation and brackets', () => {
		expect(normaliseQuote('Russia’s war: “1,000 [more]” containers')).toEqual(
			normaliseQuote('Russia\'s war: "1000 more" containers'),
		);
		expect(normaliseQuote('Russia’s war: “1,000 [more]” containers')).toEqual([
			"russia's",
			'war',
			'1000',
			'more',
			'containers',
		]);
	});
});

describe('quoteSimilarity', () => {
	test('scores one statement relayed with other punctuation and attribution near 1', () => {
		expect(quoteSimilarity(CONDEMN_AP, CONDEMN_REUTERS)).toBeGreaterThan(0.85);
		expect(quoteSimilarity(ROZEN, RELAYED)).toBeGreaterThan(0.85);
	});

	test('scores two passages about the same countries but in other words low', () => {
		expect(quoteSimilarity(SEEKING, SCHEDULE)).toBeLessThan(0.2);
		expect(quoteSimilarity(ROZEN, CONDEMN_AP)).toBeLessThan(0.2);
	});

	test('is symmetric, and 0 for an empty quote', () => {
		expect(quoteSimilarity(ROZEN, RELAYED)).toBe(quoteSimilarity(RELAYED, ROZEN));
		expect(quoteSimilarity('', ROZEN)).toBe(0);
	});
});

describe('groupSimilarQuotes', () => {
	const quotes = [ROZEN, CONDEMN_AP, SEEKING, RELAYED, SCHEDULE, CONDEMN_REUTERS].map(
		(quote, index) => ({ number: index + 1, quote }),
	);
	const numbers = (groups: { number: number }[][]) =>
		groups.map((group) => group.map(({ number }) => number));

	test('puts near-identical quotes together under the first of them, groups in the order of their first quote', () => {
		expect(numbers(groupSimilarQuotes(quotes))).toEqual([[1, 4], [2, 6], [3], [5]]);
	});

	test('keeps every quote once, and each alone when none is alike', () => {
		const unlike = [SEEKING, SCHEDULE, CONDEMN_AP].map((quote, index) => ({
			number: index + 1,
			quote,
		}));
		expect(numbers(groupSimilarQuotes(unlike))).toEqual([[1], [2], [3]]);
		expect(groupSimilarQuotes(quotes).flat()).toHaveLength(quotes.length);
	});

	test('joins a chain of similar quotes into one group even when its ends differ more', () => {
		const chain = ['a b c d e f', 'c d e f g h', 'e f g h i j'].map((quote, index) => ({
			number: index + 1,
			quote,
		}));
		expect(numbers(groupSimilarQuotes(chain, 0.6))).toEqual([[1, 2, 3]]);
	});
});
