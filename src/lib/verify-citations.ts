import type { SourceParagraph } from './paragraphs.ts';

/** One citation of an event, as written in its frontmatter. */
export interface CitationToCheck {
	sourceId: string;
	paragraph: number;
	quote: string;
}

/** An event to check: where it is written, and what it cites. */
export interface CitingEvent {
	/** The event's file, as the editor should open it: `content/events/kim-putin-summit.mdx`. */
	file: string;
	citations: readonly CitationToCheck[];
}

/** The numbered paragraphs of each source, as {@link listParagraphs} gives them, by source id. */
export type SourceParagraphs = ReadonlyMap<string, readonly Pick<SourceParagraph, 'number' | 'text'>[]>;

/** Something wrong with an event's citations, in a sentence that says where and what. */
export interface CitationProblem {
	file: string;
	/** 1-based position of the citation in the event's list; absent when the event has none. */
	citation?: number;
	kind: 'no-citation' | 'unknown-source' | 'paragraph-out-of-range' | 'quote-not-found';
	message: string;
}

/** Whitespace is the only thing a quote may differ in: line breaks and runs of spaces collapse. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Checks that every event cites at least one source passage and that each citation's quote is,
 * verbatim, in the paragraph it names. Only runs of whitespace are ignored: letters, punctuation
 * and the kind of quotation mark (" or “ ”, ' or ’) must match the source exactly.
 * @returns every problem found, in event order; empty when all citations hold.
 */
export function verifyCitations(events: readonly CitingEvent[], sources: SourceParagraphs): CitationProblem[] {
	const problems: CitationProblem[] = [];
	for (const event of events) {
		if (event.citations.length === 0) {
			problems.push({
				file: event.file,
				kind: 'no-citation',
				message: `${event.file}: the event cites no source; add at least one citation (source, paragraph, quote)`,
			});
		}
		event.citations.forEach((citation, index) => {
			const problem = checkCitation(event.file, index + 1, citation, sources);
			if (problem) problems.push(problem);
		});
	}
	return problems;
}

function checkCitation(file: string, number: number, citation: CitationToCheck, sources: SourceParagraphs): CitationProblem | undefined {
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
	const place = `${file}, citation ${number} (${sourceId}, paragraph ${paragraph})`;
	const wanted = collapseWhitespace(quote);
	if (wanted === '') {
		return { file, citation: number, kind: 'quote-not-found', message: `${place}: the quote is empty; copy the supporting passage from the source` };
	}
	const verbatimIn = paragraphs.filter((candidate) => collapseWhitespace(candidate.text).includes(wanted)).map((candidate) => candidate.number);
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
	if (verbatimIn.includes(paragraph)) return undefined;
	const nearest = nearestWindow(wanted, collapseWhitespace(cited.text));
	const others = paragraphs.filter((candidate) => candidate.number !== paragraph);
	return {
		file,
		citation: number,
		kind: 'quote-not-found',
		message:
			`${place}: the quote is not verbatim in that paragraph.\n` +
			`    quote:   \`${wanted}\`\n` +
			`    nearest: \`${nearest.text}\` (paragraph ${paragraph}, ${differences(nearest.distance)})\n    ` +
			elsewhere(wanted, verbatimIn, others, nearest.distance),
	};
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
		return `The quote is not verbatim anywhere in the source; the nearest text is in paragraph ${best.number} (${differences(best.distance)}): \`${best.text}\`.`;
	}
	return 'The quote is not verbatim anywhere in the source: copy it again from the source file.';
}

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
			next.push(Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1));
		}
		row = next;
	}
	return row[b.length]!;
}

/**
 * All problems as one message for the build to fail with, and a hint saying how to fix them.
 * The caller throws it as Astro's error type; this module stays free of Astro.
 */
export function describeCitationProblems(problems: readonly CitationProblem[]): { message: string; hint: string } {
	const files = new Set(problems.map((problem) => problem.file)).size;
	const count = problems.length === 1 ? '1 citation problem' : `${problems.length} citation problems`;
	return {
		message: `${count} in ${files === 1 ? '1 event' : `${files} events`}:\n` + problems.map((problem) => `- ${problem.message}`).join('\n'),
		hint:
			'Each citation names a source by its file name in content/sources/ (without .mdx), a paragraph number ' +
			'(paragraphs and <SocialPost> elements counted from 1, the #pN anchors on the source page) and a quote copied ' +
			'exactly from that paragraph. Only runs of whitespace may differ; quotation marks (" or “ ”, \' or ’) must match.',
	};
}
