/**
 * Sentences and clauses of a paragraph, for quoting the words around a date and for deciding which
 * names a date belongs to.
 */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
	let found = segmenters.get(language);
	if (!found) {
		found = new Intl.Segmenter(
			Intl.Segmenter.supportedLocalesOf([language]).length > 0 ? language : 'en',
			{ granularity: 'sentence' },
		);
		segmenters.set(language, found);
	}
	return found;
}

/**
 * Where a sentence ends with no space before the next ("…to Russia.The White House…"), as pasted
 * copy often does: a full stop, ? or ! (and a closing quote or bracket) after a lower-case letter or a
 * digit, then a capital. "U.S." (a capital before the stop) and "2.5" (a digit after) do not end one.
 */
const GLUED_END = /(?<=[\p{Ll}\p{N}][.!?]["”’)\]]?)(?=["“‘(]?\p{Lu})/gu;

/** A sentence of a paragraph: its text untrimmed and where it starts. */
export interface Span {
	text: string;
	index: number;
}

/** The sentences of `text`, by the language's sentence rules and at stops with no space after them. */
export function splitSentences(text: string, language = 'en'): Span[] {
	const spans: Span[] = [];
	for (const { segment, index } of segmenter(language).segment(text)) {
		let start = 0;
		for (const match of segment.matchAll(GLUED_END)) {
			spans.push({ text: segment.slice(start, match.index), index: index + start });
			start = match.index;
		}
		spans.push({ text: segment.slice(start), index: index + start });
	}
	// ICU ends a sentence after an initial ("N. Korea", "John F. Kennedy"): an initial ends none.
	for (let i = 0; i + 1 < spans.length; i++) {
		if (!/(?:^|[\s(])(?:\p{Lu}\.)+\s*$/u.test(spans[i]!.text)) continue;
		spans.splice(i, 2, { text: spans[i]!.text + spans[i + 1]!.text, index: spans[i]!.index });
		i--;
	}
	// ICU ends a sentence after an opening quote glued to it (`left.“We`): the quote opens the next one.
	for (let i = 0; i + 1 < spans.length; i++) {
		const opener = /[“‘(]+$/u.exec(spans[i]!.text);
		if (!opener) continue;
		spans[i] = { text: spans[i]!.text.slice(0, opener.index), index: spans[i]!.index };
		spans[i + 1] = {
			text: opener[0] + spans[i + 1]!.text,
			index: spans[i + 1]!.index - opener[0].length,
		};
	}
	return spans;
}

/**
 * The sentence of `text` that holds the words at `[index, index + length)`, trimmed; the sentences,
 * joined, when the words straddle a boundary the rules drew inside a date ("am 13. September").
 */
export function sentenceAt(text: string, index: number, language = 'en', length = 1): string {
	const spans = splitSentences(text, language).filter(
		(s) => s.index < index + Math.max(length, 1) && index < s.index + s.text.length,
	);
	if (spans.length === 0) return text.trim();
	const last = spans.at(-1)!;
	return text.slice(spans[0]!.index, last.index + last.text.length).trim();
}

/**
 * Where one clause of a sentence gives way to another whose subject may differ: a semicolon, a dash,
 * or a comma before a conjunction ("…on 10 September, while the containers were shipped…"); and
 * "since", whose date is the start of a time or another event ("rail traffic rose since the summit
 * in mid-September"), never the day of what the clause before it tells.
 */
const CLAUSE_BREAK =
	/\s*(?:;|\s[—–]\s|\s(?=(?:since|seit|depuis)\s)|,\s+(?=(?:and|but|while|whereas|when|as|after|before|until|since|which|who|days?|weeks?|months?|während|als|nachdem|bevor|und|aber|alors|tandis|lorsque|quand|avant|après|et|mais)\b))\s*/giu;

/**
 * A verb of saying, then "that": the date before "that" dates the saying, not what was said ("Kirby
 * said on Friday that the US believes…"). The clause ends before "that".
 */
const SPEECH_THEN_THAT =
	/\b(?:said|says|told|announced|stated|added|reported|confirmed|claimed|warned|sagte|erklärte|a\s+déclaré|a\s+dit)\b[^,;]*?(?=\s(?:that|dass|que|qu’|qu')\s)/giu;

/**
 * The clause of `sentence` around `[start, end)`: the words a date expression most likely belongs to.
 * A clause that is little more than the expression ("On Wednesday, Kim met Putin") reaches into the next.
 */
export function clauseAround(sentence: string, start: number, end: number): string {
	const found = [
		...[...sentence.matchAll(CLAUSE_BREAK)].map((m): [number, number] => [
			m.index,
			m.index + m[0].length,
		]),
		...[...sentence.matchAll(SPEECH_THEN_THAT)].map((m): [number, number] => [
			m.index + m[0].length,
			m.index + m[0].length + 1,
		]),
	].sort((a, b) => a[0] - b[0]);
	const breaks = [0, ...found.flat(), sentence.length];
	const clauses: [number, number][] = [];
	for (let i = 0; i < breaks.length; i += 2) clauses.push([breaks[i]!, breaks[i + 1]!]);
	let at = clauses.findIndex(([from, to]) => start >= from && start < to);
	if (at === -1) return sentence;
	let [from, to] = clauses[at]!;
	while (
		at + 1 < clauses.length &&
		words(sentence.slice(from, to)) - words(sentence.slice(start, end)) < 2
	) {
		to = clauses[++at]![1];
	}
	return sentence.slice(from, Math.max(to, end));
}

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
