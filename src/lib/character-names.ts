/**
 * Characters that look alike and differ, named as Unicode names them, so an editor told a quote
 * "is not verbatim" sees which character to change: `’ U+2019 RIGHT SINGLE QUOTATION MARK`.
 * Node has no table of Unicode names; this one holds the characters copied text mixes up
 * (quotation marks, apostrophes, spaces, dashes, and Latin lookalikes in Cyrillic and Greek); any
 * other character is named by its code point and script.
 */

const NAMES: Record<string, string> = {
	'"': 'QUOTATION MARK',
	"'": 'APOSTROPHE',
	'`': 'GRAVE ACCENT',
	'´': 'ACUTE ACCENT',
	'‘': 'LEFT SINGLE QUOTATION MARK',
	'’': 'RIGHT SINGLE QUOTATION MARK',
	'‚': 'SINGLE LOW-9 QUOTATION MARK',
	'‛': 'SINGLE HIGH-REVERSED-9 QUOTATION MARK',
	'“': 'LEFT DOUBLE QUOTATION MARK',
	'”': 'RIGHT DOUBLE QUOTATION MARK',
	'„': 'DOUBLE LOW-9 QUOTATION MARK',
	'«': 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK',
	'»': 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK',
	'‹': 'SINGLE LEFT-POINTING ANGLE QUOTATION MARK',
	'›': 'SINGLE RIGHT-POINTING ANGLE QUOTATION MARK',
	'′': 'PRIME',
	'″': 'DOUBLE PRIME',
	ʼ: 'MODIFIER LETTER APOSTROPHE',
	' ': 'SPACE',
	'\u00A0': 'NO-BREAK SPACE',
	'\u202F': 'NARROW NO-BREAK SPACE',
	'\u2009': 'THIN SPACE',
	'\u2007': 'FIGURE SPACE',
	'\u3000': 'IDEOGRAPHIC SPACE',
	'\u200B': 'ZERO WIDTH SPACE',
	'\u200C': 'ZERO WIDTH NON-JOINER',
	'\u200D': 'ZERO WIDTH JOINER',
	'\u2060': 'WORD JOINER',
	'\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
	'\u00AD': 'SOFT HYPHEN',
	'-': 'HYPHEN-MINUS',
	'‐': 'HYPHEN',
	'‑': 'NON-BREAKING HYPHEN',
	'‒': 'FIGURE DASH',
	'–': 'EN DASH',
	'—': 'EM DASH',
	'―': 'HORIZONTAL BAR',
	'−': 'MINUS SIGN',
	'…': 'HORIZONTAL ELLIPSIS',
	'.': 'FULL STOP',
	',': 'COMMA',
	'،': 'ARABIC COMMA',
	'，': 'FULLWIDTH COMMA',
};

/** Cyrillic and Greek letters that look like Latin ones, by the name of their shape. */
const LOOKALIKES: Record<string, string> = {
	А: 'CYRILLIC CAPITAL LETTER A',
	В: 'CYRILLIC CAPITAL LETTER VE',
	С: 'CYRILLIC CAPITAL LETTER ES',
	Е: 'CYRILLIC CAPITAL LETTER IE',
	Н: 'CYRILLIC CAPITAL LETTER EN',
	І: 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I',
	Ј: 'CYRILLIC CAPITAL LETTER JE',
	К: 'CYRILLIC CAPITAL LETTER KA',
	М: 'CYRILLIC CAPITAL LETTER EM',
	О: 'CYRILLIC CAPITAL LETTER O',
	Р: 'CYRILLIC CAPITAL LETTER ER',
	Ѕ: 'CYRILLIC CAPITAL LETTER DZE',
	Т: 'CYRILLIC CAPITAL LETTER TE',
	Х: 'CYRILLIC CAPITAL LETTER HA',
	У: 'CYRILLIC CAPITAL LETTER U',
	а: 'CYRILLIC SMALL LETTER A',
	с: 'CYRILLIC SMALL LETTER ES',
	е: 'CYRILLIC SMALL LETTER IE',
	і: 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I',
	ј: 'CYRILLIC SMALL LETTER JE',
	о: 'CYRILLIC SMALL LETTER O',
	р: 'CYRILLIC SMALL LETTER ER',
	ѕ: 'CYRILLIC SMALL LETTER DZE',
	х: 'CYRILLIC SMALL LETTER HA',
	у: 'CYRILLIC SMALL LETTER U',
	ԁ: 'CYRILLIC SMALL LETTER KOMI DE',
	Α: 'GREEK CAPITAL LETTER ALPHA',
	Β: 'GREEK CAPITAL LETTER BETA',
	Ε: 'GREEK CAPITAL LETTER EPSILON',
	Ζ: 'GREEK CAPITAL LETTER ZETA',
	Η: 'GREEK CAPITAL LETTER ETA',
	Ι: 'GREEK CAPITAL LETTER IOTA',
	Κ: 'GREEK CAPITAL LETTER KAPPA',
	Μ: 'GREEK CAPITAL LETTER MU',
	Ν: 'GREEK CAPITAL LETTER NU',
	Ο: 'GREEK CAPITAL LETTER OMICRON',
	Ρ: 'GREEK CAPITAL LETTER RHO',
	Τ: 'GREEK CAPITAL LETTER TAU',
	Υ: 'GREEK CAPITAL LETTER UPSILON',
	Χ: 'GREEK CAPITAL LETTER CHI',
	ο: 'GREEK SMALL LETTER OMICRON',
	ν: 'GREEK SMALL LETTER NU',
	α: 'GREEK SMALL LETTER ALPHA',
};

const SCRIPTS = [
	'Latin',
	'Cyrillic',
	'Greek',
	'Hangul',
	'Han',
	'Hiragana',
	'Katakana',
	'Arabic',
	'Hebrew',
] as const;

/** The code point of `character` as Unicode writes it: `U+2019`. */
export function codePoint(character: string): string {
	return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The Unicode name of `character`, or its script when it is not one the desk mixes up. */
export function characterName(character: string): string {
	const known = NAMES[character] ?? LOOKALIKES[character];
	if (known) return known;
	if (/^[A-Z]$/.test(character)) return `LATIN CAPITAL LETTER ${character}`;
	if (/^[a-z]$/.test(character)) return `LATIN SMALL LETTER ${character.toUpperCase()}`;
	if (/^[0-9]$/.test(character))
		return `DIGIT ${['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'][Number(character)]}`;
	const script = SCRIPTS.find((name) => new RegExp(`^\\p{Script=${name}}$`, 'u').test(character));
	return script ? `a ${script} character` : 'a character';
}

/** `’ U+2019 RIGHT SINGLE QUOTATION MARK`; an invisible character is shown by its code point alone. */
export function describeCharacter(character: string): string {
	const visible = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character);
	return `${visible ? `${character} ` : ''}${codePoint(character)} ${characterName(character)}`;
}

/**
 * The characters in which `quote` and `source` (the nearest text found) differ, aligned by edit
 * distance with `quote` placed anywhere inside `source` (text around it is not a difference):
 * each substitution, and each character one side has and the other lacks, once per pair.
 * @returns at most `limit` pairs, in the order of the text.
 */
export function differingCharacters(
	quote: string,
	source: string,
	limit = 5,
): { quote: string | undefined; source: string | undefined }[] {
	const a = Array.from(quote);
	const b = Array.from(source);
	const cost = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, () => i),
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			cost[i]![j] = Math.min(
				cost[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
				cost[i - 1]![j]! + 1,
				cost[i]![j - 1]! + 1,
			);
		}
	}
	const pairs: { quote: string | undefined; source: string | undefined }[] = [];
	let i = a.length;
	let j = b.length;
	for (let end = 0; end <= b.length; end++) if (cost[i]![end]! < cost[i]![j]!) j = end;
	while (i > 0) {
		if (i > 0 && j > 0 && cost[i]![j] === cost[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
			if (a[i - 1] !== b[j - 1]) pairs.push({ quote: a[i - 1], source: b[j - 1] });
			i--;
			j--;
		} else if (i > 0 && cost[i]![j] === cost[i - 1]![j]! + 1) {
			pairs.push({ quote: a[i - 1], source: undefined });
			i--;
		} else {
			pairs.push({ quote: undefined, source: b[j - 1] });
			j--;
		}
	}
	// What is left of the source before the quote's first character is not a difference.
	const seen = new Set<string>();
	return pairs
		.reverse()
		.filter((pair) => {
			const key = `${pair.quote ?? ''}\0${pair.source ?? ''}`;
			return !seen.has(key) && seen.add(key);
		})
		.slice(0, limit);
}

/**
 * The differing characters as an editor reads them: `’ U+2019 RIGHT SINGLE QUOTATION MARK in the
 * source, ' U+0027 APOSTROPHE in the quote`, one pair a line.
 */
export function describeDifferences(quote: string, source: string): string[] {
	return differingCharacters(quote, source).map((pair) => {
		const inSource =
			pair.source === undefined
				? 'nothing in the source'
				: `${describeCharacter(pair.source)} in the source`;
		const inQuote =
			pair.quote === undefined
				? 'nothing in the quote'
				: `${describeCharacter(pair.quote)} in the quote`;
		return `${inSource}, ${inQuote}`;
	});
}
