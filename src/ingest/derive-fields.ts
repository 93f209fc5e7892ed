import { isCreditLine } from './credit-line.ts';
import { furnitureKind, type FurnitureKind } from './furniture-line.ts';
import type { Paragraph } from './parse-article.ts';

/** Values given on the command line or in a manifest; each wins over what the text suggests. */
export interface FieldOverrides {
	publisher?: string | undefined;
	title?: string | undefined;
	/** Where each given value came from, for the frontmatter's comments (default "given with --<field>"). */
	givenIn?: Partial<Record<'publisher' | 'title', string>> | undefined;
}

/** What the text's layout says about its first paragraph. */
export interface Layout {
	/** The first paragraph is a line on its own (`Article.firstLineAlone`), so it may be a headline. */
	firstLineAlone?: boolean | undefined;
}

/** A paragraph of the page: citable text, or a credit line shown apart. */
export interface BodyParagraph extends Paragraph {
	/** A credit or caption line ("Photo : YONHAP News"): shown as a credit, never numbered or cited. */
	credit: boolean;
}

/** A line of page furniture ("Advertisement", "3 hours ago"): kept verbatim, never a title or a paragraph. */
export interface FurnitureLine extends Paragraph {
	kind: FurnitureKind;
}

/** The frontmatter fields read from the text, and where each came from (for the editor). */
export interface DerivedFields {
	/** `--title`, else the headline (line 1, when it reads as one), else a provisional title from the first sentence of the body. */
	title: string;
	/** `undefined` when neither the text nor the command line names the publisher. */
	publisher: string | undefined;
	/** The byline, verbatim ("By Euronews with AP"), when one of the first paragraphs is one. */
	byline: string | undefined;
	/** The headline, verbatim, when line 1 reads as one (it becomes the title unless one is given). */
	headline: string | undefined;
	/** The paragraphs that form the page: all of them except a headline, a byline and page furniture. */
	body: BodyParagraph[];
	/** Page furniture ({@link furnitureKind}), in the order of the text. */
	furniture: FurnitureLine[];
	/** Why a title the text gave (not one given) may be wrong, for "check the title: …"; `undefined` when it reads as a headline. */
	titleDoubt: string | undefined;
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
/** A headline is short, has a few words, and does not end like a sentence or a clause. */
const MAX_HEADLINE_LENGTH = 160;
const MIN_HEADLINE_WORDS = 3;
const CLAUSE_END = /[.,;:…]["'”’)\]]*$/u;

/**
 * Whether line 1's text reads as a headline: one line of at most {@link MAX_HEADLINE_LENGTH}
 * characters and {@link MIN_HEADLINE_WORDS} words or more, not ending in `.`, `,`, `;`, `:` or `…`
 * (a closing quote or bracket after them included). A question or exclamation mark may end one.
 */
export function isHeadline(text: string): boolean {
	return (
		!text.includes('\n') &&
		text.length <= MAX_HEADLINE_LENGTH &&
		text.split(/\s+/u).length >= MIN_HEADLINE_WORDS &&
		!CLAUSE_END.test(text)
	);
}

/**
 * Reads the head of the article and derives the byline, publisher and title, never inventing
 * one: a "By Jane Doe" byline names a person, not a publisher, so it gives none.
 *
 * The head: the first line of text is the headline when it is alone on its line, reads as one
 * ({@link isHeadline}), is not a byline or credit, and text follows. The byline is the first
 * paragraph after the headline and any credit lines, when it reads "By <Name>…". Credit lines
 * ({@link isCreditLine}) anywhere stay in the body, marked as credits.
 */
export function deriveFields(
	paragraphs: Paragraph[],
	overrides: FieldOverrides,
	layout: Layout = {},
): DerivedFields {
	const origins: Record<string, string> = {};
	const furniture: FurnitureLine[] = [];
	const text: Paragraph[] = [];
	for (const paragraph of paragraphs) {
		const kind = furnitureKind(paragraph.text);
		if (kind) furniture.push({ ...paragraph, kind });
		else text.push(paragraph);
	}
	const marked = text.map((paragraph) => ({ ...paragraph, credit: isCreditLine(paragraph.text) }));
	const [first] = marked;
	// After furniture at the top, the first line of text is alone when nothing shares its paragraph.
	const alone =
		first === undefined
			? false
			: first.line === paragraphs[0]?.line
				? layout.firstLineAlone
				: !first.text.includes('\n');
	const headline =
		alone &&
		first &&
		marked.length > 1 &&
		!first.credit &&
		!BYLINE.test(first.text) &&
		isHeadline(first.text)
			? first
			: undefined;
	const afterHeadline = headline ? marked.slice(1) : marked;
	const candidate = afterHeadline.find((paragraph) => !paragraph.credit);
	const bylineAt = candidate && BYLINE.test(candidate.text) ? candidate : undefined;
	const byline = bylineAt?.text;
	const body = afterHeadline.filter((paragraph) => paragraph !== bylineAt);
	if (bylineAt)
		origins['byline'] =
			bylineAt.line === 1
				? 'derived from the first line of the text'
				: `derived from line ${bylineAt.line} of the text`;

	const given = (field: 'publisher' | 'title') =>
		overrides.givenIn?.[field] ?? `given with --${field}`;
	let publisher = overrides.publisher;
	if (publisher !== undefined) {
		origins['publisher'] = given('publisher');
	} else {
		const fromSource = paragraphs
			.map((p) => SOURCE_LINE.exec(p.text)?.[1])
			.find((name) => name !== undefined);
		const fromByline = byline ? BYLINE_PUBLISHER.exec(byline)?.[1] : undefined;
		publisher = fromSource ?? fromByline;
		if (publisher !== undefined)
			origins['publisher'] = fromSource
				? 'derived from the "Source: …; Publisher" paragraph'
				: 'derived from the byline';
	}

	let title = overrides.title;
	let titleDoubt: string | undefined;
	if (title !== undefined) {
		origins['title'] = given('title');
	} else if (headline) {
		title = headline.text;
		origins['title'] =
			headline.line === 1
				? 'the headline, from the first line of the text'
				: `the headline, from line ${headline.line} of the text`;
		// A kicker or promotion above a headline may carry another story's headline; a notice ("Listen…") does not.
		titleDoubt = headlineDoubt(
			headline.text,
			furniture.filter(
				(line) =>
					line.line < headline.line && (line.kind === 'kicker' || line.kind === 'promotion'),
			),
		);
	} else {
		title = provisionalTitle(body.find((paragraph) => !paragraph.credit)?.text ?? '');
		origins['title'] =
			'derived from the first sentence: a placeholder until an editor writes the headline';
		titleDoubt = 'taken from the first sentence, as the text has no headline line';
	}
	return {
		title,
		publisher,
		byline,
		headline: headline?.text,
		body,
		furniture,
		titleDoubt,
		origins,
	};
}

/** Words a headline has at the least before it reads as a label rather than a headline. */
const FEW_WORDS = 4;

/**
 * Why a headline may be a page's label, a kicker or another story's headline rather than this
 * article's: capitals only, a handful of words, a site's separator, or page furniture above it.
 */
function headlineDoubt(text: string, furnitureAbove: readonly FurnitureLine[]): string | undefined {
	if (furnitureAbove.length > 0)
		return `the line follows page furniture (${furnitureAbove.map((line) => `"${line.text}", ${line.kind}`).join('; ')})`;
	if (/\p{L}/u.test(text) && !/\p{Ll}/u.test(text))
		return 'the line is in capitals only, as kickers and section labels are';
	if (text.split(/\s+/u).length <= FEW_WORDS)
		return `the line has only ${text.split(/\s+/u).length} words`;
	if (/\s[|•·]\s|\s[–—-]\s[^\s]+(?:\s[^\s]+)?$/u.test(text))
		return 'the line ends with a separator and a name, as pages add their site or section';
	return undefined;
}

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
	'Mr',
	'Mrs',
	'Ms',
	'Dr',
	'St',
	'Gen',
	'Lt',
	'Col',
	'Sgt',
	'Sen',
	'Rep',
	'Gov',
	'Jr',
	'Sr',
	'No',
	'vs',
	'Jan',
	'Feb',
	'Aug',
	'Sept',
	'Oct',
	'Nov',
	'Dec',
]);
/** End punctuation, closing quotes, then a space and what can start a sentence. */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

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
		if (
			/^(?:\p{L}\.)*\p{L}$/u.test(word) ||
			ABBREVIATIONS.has(word) ||
			!/[\p{L}\p{N}]/u.test(before)
		)
			continue;
		sentence = sentence.slice(0, end.index + end[0].length);
		break;
	}
	sentence = sentence.replace(/(?<=.)\.$/u, '');
	if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
	// By code points, so a cut never splits a surrogate pair (an emoji) in two.
	const cut = Array.from(sentence)
		.slice(0, MAX_TITLE_LENGTH - 1)
		.join('');
	const atWord = cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
	return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}
