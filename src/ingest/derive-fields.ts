import type { Paragraph } from './parse-article.ts';

/** Values given on the command line; each wins over what the text suggests. */
export interface FieldOverrides {
	publisher?: string | undefined;
	title?: string | undefined;
}

/** The frontmatter fields read from the text, and where each came from (for the editor). */
export interface DerivedFields {
	/** `--title`, or a provisional title from the first sentence of the body. */
	title: string;
	/** `undefined` when neither the text nor the command line names the publisher. */
	publisher: string | undefined;
	/** The first paragraph, verbatim, when it is a byline ("By Euronews with AP"). */
	byline: string | undefined;
	/** The paragraphs that form the page: all of them except a byline. */
	body: Paragraph[];
	/** One phrase per field saying where its value came from: `publisher: 'derived from the byline'`. */
	origins: Record<string, string>;
}

/**
 * "By Euronews with AP": a short first line naming who wrote the piece. The capital after "By"
 * keeps an opening such as "By the time…" in the text.
 */
const BYLINE = /^By [\p{Lu}\p{N}][^\n]{0,96}[^\n.!?:;,]$/u;
/** "By <newsroom> with <agency>": the one byline form where the publisher is unambiguous. */
const BYLINE_PUBLISHER = /^By (.+?) with \S/;
/** "Source: reports from …; European Pravda": the format's way of naming the publisher. */
const SOURCE_LINE = /^Source: [^\n]*; ?([^;\n]*[^;\s])$/;
const MAX_TITLE_LENGTH = 100;

/**
 * Derives the byline, publisher and a provisional title from the paragraphs, never inventing
 * one: a "By Jane Doe" byline names a person, not a publisher, so it gives none.
 */
export function deriveFields(paragraphs: Paragraph[], overrides: FieldOverrides): DerivedFields {
	const origins: Record<string, string> = {};
	const [first] = paragraphs;
	const byline = first && BYLINE.test(first.text) ? first.text : undefined;
	const body = byline ? paragraphs.slice(1) : paragraphs;
	if (byline) origins['byline'] = 'derived from the first line of the text';

	let publisher = overrides.publisher;
	if (publisher !== undefined) {
		origins['publisher'] = 'given with --publisher';
	} else {
		const fromSource = paragraphs.map((p) => SOURCE_LINE.exec(p.text)?.[1]).find((name) => name !== undefined);
		const fromByline = byline ? BYLINE_PUBLISHER.exec(byline)?.[1] : undefined;
		publisher = fromSource ?? fromByline;
		if (publisher !== undefined) origins['publisher'] = fromSource ? 'derived from the "Source: …; Publisher" paragraph' : 'derived from the byline';
	}

	let title = overrides.title;
	if (title !== undefined) {
		origins['title'] = 'given with --title';
	} else {
		title = provisionalTitle(body[0]?.text ?? '');
		origins['title'] = 'derived from the first sentence: a placeholder until an editor writes the headline';
	}
	return { title, publisher, byline, body, origins };
}

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Lt', 'Col', 'Sgt', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr', 'No', 'vs', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']);
/** End punctuation, closing quotes, then a space and what can start a sentence. */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/**
 * The paragraph's first sentence on one line, without its full stop, cut at a word boundary
 * with "…" when longer than {@link MAX_TITLE_LENGTH}.
 */
export function provisionalTitle(paragraph: string): string {
	let sentence = paragraph.replace(/\s+/g, ' ').trim();
	for (const end of sentence.matchAll(SENTENCE_END)) {
		const before = sentence.slice(0, end.index);
		const word = /(\S+)$/.exec(before)?.[1] ?? '';
		// "U.S." and "J. Kirby" are initials, "Gen." a title; a lone "." has no words to be a title.
		if (/^(?:\p{L}\.)*\p{L}$/u.test(word) || ABBREVIATIONS.has(word) || !/[\p{L}\p{N}]/u.test(before)) continue;
		sentence = sentence.slice(0, end.index + end[0].length);
		break;
	}
	sentence = sentence.replace(/(?<=.)\.$/u, '');
	if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
	// By code points, so a cut never splits a surrogate pair (an emoji) in two.
	const cut = Array.from(sentence).slice(0, MAX_TITLE_LENGTH - 1).join('');
	const atWord = cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
	return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}
