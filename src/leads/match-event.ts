import type { LeadEvent } from './read-content.ts';

/** A word or name of an event that a passage names, and what it counts for. */
export interface Match {
	/** The event's own term: an actor, place or tag, or a word of its title or summary. */
	term: string;
	/** The words as the passage has them ("U.S." for "United States"). */
	as: string;
	/** 1/n when n events have the term. */
	weight: number;
}

/**
 * Other names for an event's actors and places, read as naming them. A passage's alias counts for
 * the name, never the other way round (an event in "Pyongyang" is not named by "North Korea").
 * Chosen because news copy uses them for exactly that name: the common abbreviations and the
 * adjective of the country ("American officials", "Russian ship"), the German and French names, and
 * a capital standing for its government where the capital means nothing else in this news
 * (Pyongyang, Moscow, the Kremlin, Seoul, Kyiv). "Washington" is left out: it is also a US state, a
 * newspaper and a surname; "the North" too: it needs the sentence before to mean North Korea.
 */
const ALIASES: Record<string, string[]> = {
	'United States': [
		'US',
		'U.S.',
		'USA',
		'U.S.A.',
		'American',
		'Americans',
		'Vereinigten Staaten',
		'Vereinigte Staaten',
		'États-Unis',
		'Etats-Unis',
		'américain',
		'américaine',
		'américains',
		'amerikanische',
		'amerikanischen',
	],
	'North Korea': [
		'N. Korea',
		'N Korea',
		'DPRK',
		'D.P.R.K.',
		'North Korean',
		'North Koreans',
		'Pyongyang',
		'Nordkorea',
		'nordkoreanische',
		'nordkoreanischen',
		'Corée du Nord',
		'nord-coréen',
		'nord-coréenne',
	],
	'South Korea': [
		'S. Korea',
		'S Korea',
		'ROK',
		'South Korean',
		'South Koreans',
		'Seoul',
		'Südkorea',
		'Corée du Sud',
		'sud-coréen',
		'sud-coréenne',
	],
	Russia: [
		'Russian',
		'Russians',
		'Russian Federation',
		'Moscow',
		'Kremlin',
		'Russland',
		'russische',
		'russischen',
		'Russie',
		'russe',
		'russes',
	],
	Ukraine: [
		'Ukrainian',
		'Ukrainians',
		'Kyiv',
		'Kiev',
		'ukrainische',
		'ukrainischen',
		'ukrainien',
		'ukrainienne',
	],
	'White House': ['Weißen Haus', 'Weißen Hauses', 'Weiße Haus', 'Maison Blanche', 'Maison-Blanche'],
	'Kim Jong Un': ['Kim Jong-un', 'Kim Jong-Un'],
	'Vladimir Putin': ['Wladimir Putin', 'Vladimir Poutine'],
	'Korean Central News Agency': ['KCNA'],
};

/** Words too common in news copy to single out an event, and dates, which the date test handles. */
const STOPWORDS = new Set(
	`a about after again against all also an and any are as at be been before being between both but by can could did do does during each
	few for from had has have having he her here him his how i if in into is it its itself just more most no nor not now of off on once only
	or other our out over own same she should so some such than that the their them then there these they this those through to too under
	until up very was we were what when where which while who whom why will with would you your said says say according including
	than more less over under amid among within without since ago earlier later first last next new now year years month months week weeks
	day days january february march april may june july august september october november december monday tuesday wednesday thursday
	friday saturday sunday`.split(/\s+/),
);

/** Every alias keyed by the name it stands for, in lower case. */
const ALIASES_OF = new Map(
	Object.entries(ALIASES).map(([name, aliases]) => [name.toLowerCase(), aliases]),
);

/** A word's key: lower case, without a possessive or a plural "s" ("containers" → "container"). */
function wordKey(word: string): string {
	const lower = word.toLowerCase().replace(/['’]s$/, '');
	return lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss')
		? lower.slice(0, -1)
		: lower;
}

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** "North American", "Latin American": not the United States. */
const NOT_THE_US = /(?:North|South|Latin|Central)\s$/;

/**
 * Where `text` names `pattern` as whole words, case-insensitively, any space matching any space;
 * "US" (capitals and stops only) only as written, so "us" is never the country. Plain string search:
 * at 500 events a regular expression per name costs seconds to compile.
 */
function occurrences(text: string, pattern: string): [number, number][] {
	const exact = /^[A-Z.]{2,5}$/.test(pattern);
	const fold = (value: string) => (exact ? value : value.toLowerCase()).replace(/\s/g, ' ');
	const haystack = fold(text);
	// Lower-casing changed a length ("İ"): positions would not be the text's, so nothing is claimed.
	if (haystack.length !== text.length) return [];
	const needle = fold(pattern).replace(/ +/g, ' ');
	const found: [number, number][] = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
		const end = at + needle.length;
		if (LETTER_OR_DIGIT.test(text[at - 1] ?? '') || LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
		if (/^americans?$/i.test(pattern) && NOT_THE_US.test(text.slice(Math.max(0, at - 9), at)))
			continue;
		found.push([at, end]);
	}
	return found;
}

/** A name some event lists (or an alias stands for), found in a text. */
interface Found {
	/** The name in lower case. */
	name: string;
	range: [number, number];
}

/**
 * The names of `vocabulary` that `text` holds, as written or by an alias, longest first and never
 * overlapping: "Kim Jong Un" is one name, not also a "Kim".
 */
function findNames(text: string, vocabulary: ReadonlyMap<string, string>): Found[] {
	const index = indexOf(vocabulary);
	const candidates: Found[] = [];
	// Only the names whose first word the text has are looked for: at 500 events there are thousands.
	for (const token of new Set(text.toLowerCase().match(TOKEN))) {
		for (const { name, pattern } of index.get(token) ?? []) {
			for (const range of occurrences(text, pattern)) candidates.push({ name, range });
		}
	}
	candidates.sort(
		(a, b) => b.range[1] - b.range[0] - (a.range[1] - a.range[0]) || a.range[0] - b.range[0],
	);
	const kept: Found[] = [];
	for (const candidate of candidates) {
		const [from, to] = candidate.range;
		if (kept.every(({ range: [a, b] }) => to <= a || from >= b)) kept.push(candidate);
	}
	return kept;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const indexes = new WeakMap<
	ReadonlyMap<string, string>,
	Map<string, { name: string; pattern: string }[]>
>();

/** The names of a vocabulary and their aliases, by the first letters-and-digits run of each, in lower case. */
function indexOf(
	vocabulary: ReadonlyMap<string, string>,
): Map<string, { name: string; pattern: string }[]> {
	let index = indexes.get(vocabulary);
	if (index) return index;
	index = new Map();
	for (const name of vocabulary.keys()) {
		for (const pattern of [name, ...(ALIASES_OF.get(name) ?? [])]) {
			const first = pattern.toLowerCase().match(TOKEN)?.[0];
			if (first === undefined) continue;
			index.set(first, [...(index.get(first) ?? []), { name, pattern }]);
		}
	}
	indexes.set(vocabulary, index);
	return index;
}

/** The words of `text` outside the names found in it, by key. */
function wordsOutside(text: string, names: readonly Found[]): { key: string; as: string }[] {
	const words: { key: string; as: string }[] = [];
	for (const match of text.matchAll(WORD)) {
		const [from, to] = [match.index, match.index + match[0].length];
		if (names.some(({ range: [a, b] }) => from < b && to > a)) continue;
		const key = wordKey(match[0]);
		if (key.length >= 3 && !STOPWORDS.has(key)) words.push({ key, as: match[0] });
	}
	return words;
}

/** A word of a title or summary counts half as much as a name: "met" or "leader" says less than "Kim Jong Un". */
const WORD_WEIGHT = 0.5;

/**
 * A scorer of passages against events. An event's terms are its actors, places and tags (hyphens
 * read as spaces), the names any event lists (or their aliases) that its title and summary use, and
 * the other words of its title and summary. Each term counts 1/n when n events have it (rarer terms
 * say more), a word half that: "Kim Jong Un", an actor of one event, counts 1; "North Korea", named
 * by seven, 1/7. Names are found first, longest first, so "Kim" inside "Kim Jong Un" is no word.
 */
export function eventMatcher(
	events: readonly LeadEvent[],
): (passage: string, event: LeadEvent) => Match[] {
	const vocabulary = new Map<string, string>();
	const own = (event: LeadEvent) => [
		...event.actors,
		...event.places,
		...event.tags.map((tag) => tag.replaceAll('-', ' ')),
	];
	for (const event of events)
		for (const name of own(event))
			if (!vocabulary.has(name.toLowerCase())) vocabulary.set(name.toLowerCase(), name);
	for (const name of Object.keys(ALIASES))
		if (!vocabulary.has(name.toLowerCase())) vocabulary.set(name.toLowerCase(), name);
	const terms = new Map(
		events.map((event) => {
			const prose = `${event.title} ${event.summary}`;
			const names = findNames(prose, vocabulary);
			const keys = new Set([
				...own(event).map((name) => `name:${name.toLowerCase()}`),
				...names.map((found) => `name:${found.name}`),
			]);
			for (const word of wordsOutside(prose, names)) keys.add(`word:${word.key}`);
			return [event, keys];
		}),
	);
	const counts = new Map<string, number>();
	for (const keys of terms.values())
		for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	// One passage is matched against every event in turn: find its names once.
	let last: { passage: string; names: Found[] } | undefined;
	return (passage, event) => {
		const keys = terms.get(event)!;
		const matches = new Map<string, Match>();
		if (last?.passage !== passage) last = { passage, names: findNames(passage, vocabulary) };
		const names = last.names;
		for (const { name, range } of names) {
			const key = `name:${name}`;
			if (keys.has(key) && !matches.has(key))
				matches.set(key, {
					term: vocabulary.get(name)!,
					as: passage.slice(...range),
					weight: 1 / counts.get(key)!,
				});
		}
		for (const { key: word, as } of wordsOutside(passage, names)) {
			const key = `word:${word}`;
			if (keys.has(key) && !matches.has(key))
				matches.set(key, { term: word, as, weight: WORD_WEIGHT / counts.get(key)! });
		}
		return [...matches.values()].sort((a, b) => b.weight - a.weight);
	};
}

/** The sum of the matches' weights: a passage must reach 1 to single out an event. */
export function score(matches: readonly Match[]): number {
	return matches.reduce((sum, match) => sum + match.weight, 0);
}
