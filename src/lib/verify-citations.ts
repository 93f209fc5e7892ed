import { describeDifferences } from './character-names.ts';
import { locateQuote, type QuotePlace } from './locate-quote.ts';
import type { SourceParagraph } from './paragraphs.ts';

/** One citation of an event, as written in its frontmatter. */
export interface CitationToCheck {
	sourceId: string;
	/** The paragraph the editor named, if any: the quote must then be in it. */
	paragraph?: number | undefined;
	quote: string;
}

/** An event to check: where it is written, and what it cites. */
export interface CitingEvent {
	/** The event's file, as the editor should open it: `content/events/kim-putin-summit.mdx`. */
	file: string;
	citations: readonly CitationToCheck[];
}

/** The numbered paragraphs of each source, as {@link listParagraphs} gives them, by source id. */
export type SourceParagraphs = ReadonlyMap<
	string,
	readonly Pick<SourceParagraph, 'number' | 'text'>[]
>;

/** Something wrong with an event's citations, in a sentence that says where and what. */
export interface CitationProblem {
	file: string;
	/** 1-based position of the citation in the event's list; absent when the event has none. */
	citation?: number;
	kind:
		| 'no-citation'
		| 'unknown-source'
		| 'paragraph-out-of-range'
		| 'quote-not-found'
		| 'ambiguous-quote'
		| 'crossing-quotes';
	message: string;
}

/** Whitespace is the only thing a quote may differ in: line breaks and runs of spaces collapse. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A citation found in its source, for the check of quotes that cross. */
interface Located {
	file: string;
	citation: number;
	sourceId: string;
	quote: string;
	place: QuotePlace;
}

/**
 * Checks that every event cites at least one source passage and that each citation's quote is,
 * verbatim, in its source exactly once (with {@link locateQuote}): once in the paragraph the
 * citation names, or once in the whole source when it names none. Only runs of whitespace are
 * ignored: letters, punctuation and the kind of quotation mark (" or “ ”, ' or ’) must match the
 * source exactly. Two quotes of one paragraph may be apart or one inside the other, never cross:
 * each is marked on the source page as one element holding exactly its words.
 * @returns every problem found, in event order; empty when all citations hold.
 */
export function verifyCitations(
	events: readonly CitingEvent[],
	sources: SourceParagraphs,
): CitationProblem[] {
	const problems: CitationProblem[] = [];
	const located: Located[] = [];
	for (const event of events) {
		if (event.citations.length === 0) {
			problems.push({
				file: event.file,
				kind: 'no-citation',
				message: `${event.file}: the event cites no source; add at least one citation (source and quote)`,
			});
		}
		event.citations.forEach((citation, index) => {
			const result = checkCitation(event.file, index + 1, citation, sources);
			if ('kind' in result) problems.push(result);
			else
				located.push({
					file: event.file,
					citation: index + 1,
					sourceId: citation.sourceId,
					quote: citation.quote,
					place: result,
				});
		});
	}
	return [...problems, ...crossingQuotes(located)];
}

function checkCitation(
	file: string,
	number: number,
	citation: CitationToCheck,
	sources: SourceParagraphs,
): CitationProblem | QuotePlace {
	const { sourceId, paragraph, quote } = citation;
	const paragraphs = sources.get(sourceId);
	if (!paragraphs) {
		const known = [...sources.keys()].sort();
		const guess = closestId(sourceId, known);
		return {
			file,
			citation: number,
			kind: 'unknown-source',
			message:
				`${file}, citation ${number}: there is no source "${sourceId}".` +
				(guess ? ` Did you mean "${guess}"?` : '') +
				` Known sources: ${known.length ? known.map((id) => `"${id}"`).join(', ') : 'none'}.`,
		};
	}
	const place = `${file}, citation ${number} (${sourceId}${paragraph === undefined ? '' : `, paragraph ${paragraph}`})`;
	const wanted = collapseWhitespace(quote);
	const lookup = locateQuote(paragraphs, quote, paragraph);
	if (lookup.status === 'found') return lookup.place;
	if (lookup.status === 'empty') {
		return {
			file,
			citation: number,
			kind: 'quote-not-found',
			message: `${place}: the quote is empty; copy the supporting passage from the source`,
		};
	}
	const verbatimIn = [...new Set(lookup.places.map((found) => found.paragraph))];
	if (lookup.status === 'ambiguous') {
		return {
			file,
			citation: number,
			kind: 'ambiguous-quote',
			message: `${place}: ${ambiguity(lookup.places)}`,
		};
	}
	if (paragraph === undefined) {
		return {
			file,
			citation: number,
			kind: 'quote-not-found',
			message: `${place}: ${elsewhere(wanted, [], paragraphs)}`,
		};
	}
	const cited = paragraphs.find((candidate) => candidate.number === paragraph);
	if (!cited) {
		return {
			file,
			citation: number,
			kind: 'paragraph-out-of-range',
			message:
				`${place}: that source has ${paragraphs.length} paragraphs (1–${paragraphs.length}), so paragraph ${paragraph} does not exist. ` +
				elsewhere(wanted, verbatimIn, paragraphs),
		};
	}
	const nearest = nearestWindow(wanted, collapseWhitespace(cited.text));
	const others = paragraphs.filter((candidate) => candidate.number !== paragraph);
	return {
		file,
		citation: number,
		kind: 'quote-not-found',
		message:
			`${place}: the quote is not verbatim in that paragraph.\n` +
			`    quote:   \`${wanted}\`\n` +
			`    nearest: \`${nearest.text}\` (paragraph ${paragraph}, ${differences(nearest.distance)})\n` +
			differingLines(wanted, nearest) +
			'    ' +
			elsewhere(wanted, verbatimIn, others, nearest.distance),
	};
}

/** Why a quote found more than once cannot be placed, and what the editor should do. */
function ambiguity(places: readonly QuotePlace[]): string {
	const numbers = [...new Set(places.map((found) => found.paragraph))];
	if (numbers.length === 1) {
		return `the quote occurs ${places.length} times in paragraph ${numbers[0]}; quote more of the passage you mean, so that its words occur once.`;
	}
	const list = `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
	return (
		`the quote occurs in paragraphs ${list}; add \`paragraph:\` with the one you mean (${numbers.join(' or ')}), ` +
		'or quote more of the passage so that its words occur once.'
	);
}

/**
 * Quotes of one paragraph that overlap without one containing the other (the page could not mark
 * both as elements holding exactly their words), and the same words cited at two places of one
 * source (they would share one anchor). One problem per pair, on the later citation.
 */
function crossingQuotes(located: readonly Located[]): CitationProblem[] {
	const problems: CitationProblem[] = [];
	located.forEach((b, index) => {
		for (const a of located.slice(0, index)) {
			if (a.sourceId !== b.sourceId) continue;
			if (
				collapseWhitespace(a.quote) === collapseWhitespace(b.quote) &&
				(a.place.paragraph !== b.place.paragraph || a.place.start !== b.place.start)
			) {
				problems.push({
					file: b.file,
					citation: b.citation,
					kind: 'crossing-quotes',
					message:
						`${b.file}, citation ${b.citation} (${b.sourceId}, paragraph ${b.place.paragraph}): citation ${a.citation} of ${a.file} quotes the same words ` +
						`in paragraph ${a.place.paragraph}, and a quote's anchor comes from its words. Quote more of one passage so the two differ.`,
				});
				continue;
			}
			if (a.place.paragraph !== b.place.paragraph) continue;
			const [first, second] =
				a.place.start <= b.place.start ? [a.place, b.place] : [b.place, a.place];
			if (!(second.start < first.end && second.end > first.end && second.start > first.start))
				continue;
			problems.push({
				file: b.file,
				citation: b.citation,
				kind: 'crossing-quotes',
				message:
					`${b.file}, citation ${b.citation} (${b.sourceId}, paragraph ${b.place.paragraph}): its quote overlaps citation ${a.citation} of ${a.file} ` +
					`without either containing the other, so the source page cannot mark both. Quote the whole of the shared passage in one of them, or shorten one so they no longer overlap.`,
			});
		}
	});
	return problems;
}

/** Where else in the source the quote is, verbatim or nearly, as a sentence. */
function elsewhere(
	wanted: string,
	verbatimIn: readonly number[],
	paragraphs: readonly Pick<SourceParagraph, 'number' | 'text'>[],
	toBeat = Infinity,
): string {
	if (verbatimIn.length > 0) {
		const list = verbatimIn.join(' and ');
		return `The quote is found verbatim in paragraph ${list}: cite ${verbatimIn.length > 1 ? 'one of those' : 'that paragraph'}.`;
	}
	let best: { number: number; text: string; distance: number } | undefined;
	for (const candidate of paragraphs) {
		const window = nearestWindow(wanted, collapseWhitespace(candidate.text));
		if (!best || window.distance < best.distance) best = { number: candidate.number, ...window };
	}
	if (best && best.distance < toBeat) {
		return `The quote is not verbatim anywhere in the source; the nearest text is in paragraph ${best.number} (${differences(best.distance)}): \`${best.text}\`.\n${differingLines(wanted, best).trimEnd()}`.trimEnd();
	}
	return 'The quote is not verbatim anywhere in the source: copy it again from the source file.';
}

/** The characters that differ, named (`’ U+2019 RIGHT SINGLE QUOTATION MARK in the source, …`), one line each, when few do. */
function differingLines(wanted: string, nearest: { text: string; distance: number }): string {
	if (nearest.distance > MAX_NAMED_DIFFERENCES) return '';
	return describeDifferences(wanted, nearest.text)
		.map((line) => `    differs: ${line}\n`)
		.join('');
}

/** Past this many differing characters the quote is another text, not a mistyped one: no names. */
const MAX_NAMED_DIFFERENCES = 5;

function differences(distance: number): string {
	return distance === 1 ? '1 character differs' : `${distance} characters differ`;
}

/**
 * The stretch of `text` closest to `wanted` by edit distance (approximate substring matching:
 * the match may start and end anywhere in `text`), widened to whole words so a reader can find it.
 */
export function nearestWindow(wanted: string, text: string): { text: string; distance: number } {
	const m = wanted.length;
	const n = text.length;
	// cost[j]: edit distance of wanted[0..i) against the best text window ending at j; start[j]: where that window starts.
	let cost = Array.from({ length: n + 1 }, () => 0);
	let start = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= m; i++) {
		const nextCost = [i];
		const nextStart = [0];
		for (let j = 1; j <= n; j++) {
			const substitute = cost[j - 1]! + (wanted[i - 1] === text[j - 1] ? 0 : 1);
			const skipWanted = cost[j]! + 1;
			const skipText = nextCost[j - 1]! + 1;
			if (substitute <= skipWanted && substitute <= skipText) {
				nextCost.push(substitute);
				nextStart.push(start[j - 1]!);
			} else if (skipWanted <= skipText) {
				nextCost.push(skipWanted);
				nextStart.push(start[j]!);
			} else {
				nextCost.push(skipText);
				nextStart.push(nextStart[j - 1]!);
			}
		}
		cost = nextCost;
		start = nextStart;
	}
	let end = 0;
	for (let j = 1; j <= n; j++) if (cost[j]! < cost[end]!) end = j;
	let from = start[end]!;
	let to = end;
	while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
	while (to < n && !/\s/.test(text[to]!)) to++;
	return { text: text.slice(from, to), distance: cost[end]! };
}

/** The known id nearest to a mistyped one, if it is near enough to be a likely typo. */
function closestId(id: string, known: readonly string[]): string | undefined {
	let best: { id: string; distance: number } | undefined;
	for (const candidate of known) {
		const distance = editDistance(id, candidate);
		if (!best || distance < best.distance) best = { id: candidate, distance };
	}
	return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) {
			next.push(
				Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1),
			);
		}
		row = next;
	}
	return row[b.length]!;
}

/**
 * All problems as one message for the build to fail with, and a hint saying how to fix them.
 * The caller throws it as Astro's error type; this module stays free of Astro.
 */
export function describeCitationProblems(problems: readonly CitationProblem[]): {
	message: string;
	hint: string;
} {
	const files = new Set(problems.map((problem) => problem.file)).size;
	const count =
		problems.length === 1 ? '1 citation problem' : `${problems.length} citation problems`;
	return {
		message:
			`${count} in ${files === 1 ? '1 event' : `${files} events`}:\n` +
			problems.map((problem) => `- ${problem.message}`).join('\n'),
		hint:
			'Each citation names a source by its file name in content/sources/ (without .mdx) and a quote copied exactly ' +
			'from it, found wherever it is in the source. Only runs of whitespace may differ; quotation marks (" or “ ”, \' or ’) ' +
			'must match. A paragraph number (`paragraph:`; paragraphs and <SocialPost> elements counted from 1, the #pN anchors ' +
			'on the source page) is needed only when the words occur in more than one paragraph; when given, the quote must be in it.',
	};
}
