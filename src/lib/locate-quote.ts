/** A paragraph to search: its number on the source's page and its text as a reader sees it. */
export interface QuotedParagraph {
	number: number;
	text: string;
}

/** Where a quote's words are: the paragraph, and the stretch of its text (`text.slice(start, end)`). */
export interface QuotePlace {
	paragraph: number;
	start: number;
	end: number;
}

/**
 * What {@link locateQuote} found. `found`: the one place the citation means. Otherwise why not, with
 * every place the words are (so a message can name them):
 * - `empty`: the quote has no words;
 * - `not-found`: the words are nowhere in the source;
 * - `not-in-paragraph`: the paragraph given does not hold them (`places` says where they are, if anywhere);
 * - `ambiguous`: they occur more than once (in the paragraph given, or in the source when none is given).
 */
export type QuoteLookup =
	| { status: 'found'; place: QuotePlace }
	| { status: 'empty' | 'not-found' | 'not-in-paragraph' | 'ambiguous'; places: QuotePlace[] };

/**
 * Finds a citation's passage by its words: every occurrence of `quote` in the paragraphs, runs of
 * whitespace counting as one space and nothing else ignored (quotation marks, case and punctuation
 * must match). The quote must occur exactly once in the source, or exactly once in `paragraph` when
 * the citation names one. Pure, so the citation check, the pages and a re-ingest all resolve a
 * citation the same way.
 */
export function locateQuote(
	paragraphs: readonly QuotedParagraph[],
	quote: string,
	paragraph?: number,
): QuoteLookup {
	const wanted = quote.replace(/\s+/g, ' ').trim();
	if (wanted === '') return { status: 'empty', places: [] };
	const places = paragraphs.flatMap((candidate) => occurrences(candidate, wanted));
	const inScope =
		paragraph === undefined ? places : places.filter((place) => place.paragraph === paragraph);
	if (inScope.length === 1) return { status: 'found', place: inScope[0]! };
	if (inScope.length > 1) return { status: 'ambiguous', places: inScope };
	return { status: paragraph === undefined ? 'not-found' : 'not-in-paragraph', places };
}

/** Every place `wanted` (whitespace collapsed) occurs in the paragraph, overlapping ones included. */
function occurrences({ number, text }: QuotedParagraph, wanted: string): QuotePlace[] {
	// Most paragraphs of a source do not hold the quote: tell so without mapping each character.
	if (!text.replace(/\s+/g, ' ').includes(wanted)) return [];
	// The paragraph with each run of whitespace as one space, and where each of its characters was.
	let collapsed = '';
	const from: number[] = [];
	for (let index = 0; index < text.length; index++) {
		if (/\s/.test(text[index]!)) {
			if (collapsed.endsWith(' ') || collapsed === '') continue;
			collapsed += ' ';
		} else {
			collapsed += text[index];
		}
		from.push(index);
	}
	const places: QuotePlace[] = [];
	for (let at = collapsed.indexOf(wanted); at !== -1; at = collapsed.indexOf(wanted, at + 1)) {
		places.push({ paragraph: number, start: from[at]!, end: from[at + wanted.length - 1]! + 1 });
	}
	return places;
}
