import { parseCalendarDate, type CalendarDate } from '../lib/dates/index.ts';
import { IngestError } from './ingest-error.ts';

/** One paragraph of a received article, with the line it starts on (for messages). */
export interface Paragraph {
	text: string;
	/** 1-based line of the input file where the paragraph starts. */
	line: number;
}

/**
 * How the file separates paragraphs: `blank-lines` (the agency format: a blank line ends a
 * paragraph, a single line break stays inside it) or `lines` (a file with no blank line between
 * two lines of text: every line is a paragraph, as much copied web text is).
 */
export type ParagraphBreaks = 'blank-lines' | 'lines';

/** A received article as the seed format gives it: a publication date and paragraphs. */
export interface Article {
	/** From the ` date YYYY[-MM[-DD]]` line, at the precision it is written with. */
	published: CalendarDate;
	/** Every paragraph, in order, including a byline or "Source:" line (fields are derived later). */
	paragraphs: Paragraph[];
	/** Which rule split the paragraphs. */
	breaks: ParagraphBreaks;
	/**
	 * Whether the first paragraph is a line on its own, so may be a headline: line 1's text (after
	 * the date) followed by a blank line, or, when every line is a paragraph, the first line of text.
	 */
	firstLineAlone: boolean;
}

/** ` date 2023-10-14 First paragraph…`: the leading space is the format's; we also accept none or a tab. */
const DATE_LINE = /^[ \t]*date[ \t]+(\S+)(?:[ \t]+(.*))?$/;
/** A line of only spaces and tabs separates paragraphs, as in Markdown. */
const BLANK_LINE = /^[ \t]*$/;
/**
 * C0 and C1 control characters other than tab and line feed. NUL cannot survive Markdown (it
 * becomes U+FFFD) and the others are invisible in HTML; C1 characters in UTF-8 usually mean
 * Windows-1252 text was mis-converted. Refusing beats publishing a silently different text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * Splits the text of a received article into its date and paragraphs. Line endings are
 * normalised to `\n` (CRLF and lone CR). A file with a blank line after its first line of text
 * and before its last is split at blank lines; a file without one has a paragraph per line
 * (see {@link ParagraphBreaks}). Spaces and tabs at the ends of each line, and all
 * whitespace at the ends of each paragraph, are dropped (HTML would not show them, and Markdown
 * would read some as hard breaks or indentation); everything else is kept exactly.
 * @param file the name used in messages.
 * @throws IngestError for a missing or impossible date, a control character, or no text.
 */
export function parseArticle(text: string, file: string): Article {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	lines.forEach((line, index) => rejectControlCharacters(line, index + 1, file));

	const first = lines[0] ?? '';
	const match = DATE_LINE.exec(first);
	if (!match) {
		const found = first.trim() === '' ? 'it is empty' : `it starts "${first.slice(0, 40)}"`;
		throw new IngestError(
			file,
			1,
			`the first line must be " date YYYY-MM-DD" followed by the first paragraph, but ${found}`,
			'Put the publication date at the start of line 1, e.g. " date 2023-10-14 First paragraph…"',
		);
	}
	const [, dateText = '', rest = ''] = match;
	const published = parseCalendarDate(dateText);
	if ('error' in published) {
		throw new IngestError(
			file,
			1,
			`the date line is not a valid date: ${published.error}`,
			'Correct the date at the start of line 1 (YYYY, YYYY-MM or YYYY-MM-DD) and run the ingest again',
		);
	}

	const breaks = hasInnerBlankLine(lines) ? 'blank-lines' : 'lines';
	lines[0] = rest;
	const paragraphs = breaks === 'lines' ? lineParagraphs(lines) : splitParagraphs(lines);
	if (paragraphs.length === 0) {
		throw new IngestError(
			file,
			1,
			'has no article text after the date',
			'Add the paragraphs after the date on line 1, separated by blank lines',
		);
	}
	const firstLineAlone =
		breaks === 'lines' || (paragraphs[0]?.line === 1 && BLANK_LINE.test(lines[1] ?? ''));
	return { published, paragraphs, breaks, firstLineAlone };
}

/**
 * Whether a blank line stands between two lines of the file (the date line counts as one, so
 * " date 2023-10-14" alone, then a blank line, is the agency format); blank lines at the end of
 * the file do not count.
 */
function hasInnerBlankLine(lines: string[]): boolean {
	let last = lines.length - 1;
	while (last > 0 && BLANK_LINE.test(lines[last]!)) last--;
	return lines.slice(1, last).some((line) => BLANK_LINE.test(line));
}

/** One paragraph per line of text, with its ends trimmed as in {@link splitParagraphs}. */
function lineParagraphs(lines: string[]): Paragraph[] {
	return lines.flatMap((line, index) => {
		const text = line.trim();
		return text === '' ? [] : [{ text, line: index + 1 }];
	});
}

function rejectControlCharacters(line: string, number: number, file: string): void {
	const found = CONTROL_CHARACTER.exec(line);
	if (!found) return;
	const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
	throw new IngestError(
		file,
		number,
		`contains the control character U+${code} at column ${found.index + 1}, which is not article text`,
		'Remove it (or re-export the article as plain UTF-8 text) and run the ingest again',
	);
}

function splitParagraphs(lines: string[]): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let current: string[] = [];
	let start = 1;
	const flush = () => {
		const text = current
			.map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
			.join('\n')
			.trim();
		if (text !== '') paragraphs.push({ text, line: start });
		current = [];
	};
	lines.forEach((line, index) => {
		if (BLANK_LINE.test(line)) return flush();
		if (current.length === 0) start = index + 1;
		current.push(line);
	});
	flush();
	return paragraphs;
}
