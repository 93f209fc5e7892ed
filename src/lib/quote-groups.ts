/**
 * Groups an event's quotes that say the same thing in (nearly) the same words: one statement
 * relayed by several outlets, or quoted twice by one, reads once with "also quoted in …" after it.
 * Similarity is measured on normalised text, so typography never splits a group and a shared
 * subject ("North Korea", "Russia") never joins one: see {@link quoteSimilarity}.
 */

/** Quotes at least this similar are one group: a relayed statement with its attribution around it. */
const SIMILAR_QUOTES = 0.5;

/**
 * The words of a quote as compared: lower case, curly and straight quotes and apostrophes alike,
 * thousands separators dropped ("1,000" is "1000"), punctuation and brackets gone.
 */
export function normaliseQuote(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[‘’ʼ`]/g, "'")
		.replace(/(\d)[,\u202f\u00a0](?=\d{3}\b)/g, '$1')
		.replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
		.replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** The word pairs of a text: order matters, so two lists of the same nouns do not look alike. */
function wordPairs(words: readonly string[]): Set<string> {
	const pairs = new Set<string>();
	for (let index = 1; index < words.length; index += 1)
		pairs.add(`${words[index - 1]} ${words[index]}`);
	if (words.length === 1) pairs.add(words[0]!);
	return pairs;
}

/**
 * How much of the shorter quote's wording is in the longer one, from 0 to 1: the share of its word
 * pairs the other has (the overlap coefficient). A statement quoted whole inside a longer passage
 * ("…," Kirby said, as quoted by Reuters) scores near 1.
 */
export function quoteSimilarity(a: string, b: string): number {
	const [left, right] = [wordPairs(normaliseQuote(a)), wordPairs(normaliseQuote(b))];
	const smaller = Math.min(left.size, right.size);
	if (smaller === 0) return 0;
	let shared = 0;
	for (const pair of left) if (right.has(pair)) shared += 1;
	return shared / smaller;
}

/**
 * The items in groups of similar quotes, each group led by its first item, groups in the order of
 * their leaders and items in their own order. A quote joins a group when it is similar to any of
 * its members (so A–B and B–C make one group).
 */
export function groupSimilarQuotes<Item extends { quote: string }>(
	items: readonly Item[],
	threshold = SIMILAR_QUOTES,
): Item[][] {
	const groupOf = items.map((_, index) => index);
	const root = (index: number): number =>
		groupOf[index] === index ? index : (groupOf[index] = root(groupOf[index]!));
	for (let later = 1; later < items.length; later += 1) {
		for (let earlier = 0; earlier < later; earlier += 1) {
			if (quoteSimilarity(items[earlier]!.quote, items[later]!.quote) < threshold) continue;
			const [a, b] = [root(earlier), root(later)];
			groupOf[Math.max(a, b)] = Math.min(a, b);
		}
	}
	const groups = new Map<number, Item[]>();
	items.forEach((item, index) => {
		const key = root(index);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	});
	return [...groups.values()];
}
