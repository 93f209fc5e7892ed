/**
 * fast-check generators for article text: lines built from the characters and constructs that
 * mean something to Markdown, MDX, GFM, YAML or HTML, mixed with arbitrary Unicode.
 */
import fc from 'fast-check';

/** Tokens chosen because each one is syntax somewhere in the pipeline, or hard text. */
const SYNTAX = [
	'{',
	'}',
	'{x}',
	'{/* c */}',
	'<',
	'>',
	'</',
	'<b>',
	'<SocialPost>',
	'</SocialPost>',
	'<!--',
	'-->',
	'<x />',
	'<http://a.b>',
	'*',
	'**',
	'_',
	'__',
	'#',
	'##',
	'[',
	']',
	'[a](b)',
	'![a](b)',
	'[^1]',
	'[^1]:',
	'[a]: b',
	'|',
	'||',
	'~',
	'~~',
	'`',
	'``',
	'```',
	'~~~',
	'\\',
	'\\\\',
	'\\*',
	'\\{',
	'&',
	'&amp;',
	'&lt;',
	'&#123;',
	'&#x7B;',
	'&nbsp;',
	'&copy',
	'!',
	'(',
	')',
	':',
	';',
	'-',
	'- ',
	'--',
	'---',
	'+',
	'+ ',
	'=',
	'===',
	'1.',
	'1. ',
	'2)',
	'99999.',
	'>',
	'> ',
	'***',
	'___',
	'- [ ]',
	'- [x]',
	'import ',
	'export ',
	'import{a}from"b"',
	'export default 1',
	'import',
	'exports',
	'$',
	'$$',
	'"',
	'“',
	'”',
	'‘',
	'’',
	"'",
	'«',
	'»',
	'...',
	'—',
	'–',
	' — ',
	'\t',
	' ',
	'  ',
	'    ',
	'\u00A0',
	'\u2028',
	'\u2029',
	'\u200B',
	'\uFEFF',
	'\u200F',
	'\u202E',
	'\u061C',
	'😀',
	'👩‍👩‍👧',
	'🇺🇦',
	'é',
	'e\u0301',
	'مرحبا بالعالم',
	'שלום',
	'Привіт',
	'北朝鮮',
	'한국',
	'www.example.com',
	'https://a.b/c?d=e&f',
	'a@b.co',
	'pic.twitter.com/LxHwji4sjD',
	'By ',
	'Source: ',
	'date ',
];

/** Characters the ingest refuses (control characters) or normalises away (CR): never in valid input. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const NOT_TEXT = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

const token = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...SYNTAX) },
	{
		weight: 1,
		arbitrary: fc.string({ unit: 'binary', maxLength: 6 }).map((s) => s.replace(NOT_TEXT, '')),
	},
	{
		weight: 1,
		arbitrary: fc
			.string({ unit: 'grapheme-ascii', maxLength: 6 })
			.map((s) => s.replace(NOT_TEXT, '')),
	},
);

/**
 * One line of a paragraph in the ingest's normal form: no spaces or tabs at its ends (HTML and
 * Markdown drop them; the ingest removes them, tested separately) and not blank.
 */
export const line = fc
	.array(token, { minLength: 1, maxLength: 8 })
	.map((tokens) => tokens.join('').replace(/^[ \t]+|[ \t]+$/g, ''))
	.filter((text) => text !== '');

/** A paragraph in normal form: lines joined by `\n`, no whitespace at its ends. */
export const paragraph = fc
	.array(line, { minLength: 1, maxLength: 3 })
	.map((lines) => lines.join('\n').trim())
	.filter(
		(text) =>
			text !== '' &&
			!/\n[ \t]*\n/.test(text) &&
			!text.split('\n').some((l) => l !== l.replace(/^[ \t]+|[ \t]+$/g, '')),
	);

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** An embedded post, with the parts the page must show. */
export interface GeneratedPost {
	paragraph: string;
	text: string;
	author: string;
	handle: string;
	iso: string;
	/** The date as the post printed it: "October 13, 2023". */
	printed: string;
}

/** A paragraph signed like an embedded social-media post: "… — Name (@handle) October 13, 2023". */
export const socialPost: fc.Arbitrary<GeneratedPost> = fc
	.record({
		text: paragraph,
		author: line.map((name) => name.trim()).filter((name) => name !== ''),
		handle: fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/),
		date: fc.date({
			min: new Date(Date.UTC(2000, 0, 1)),
			max: new Date(Date.UTC(2030, 11, 31)),
			noInvalidDate: true,
		}),
	})
	// The format splits the signature at the last " — ", so the name must not create a later one.
	.filter(({ text, author }) => `${text} — ${author}`.lastIndexOf(' — ') === text.length)
	.map(({ text, author, handle, date }) => {
		const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
		const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
		const printed = `${MONTHS[m - 1]} ${d}, ${y}`;
		return {
			paragraph: `${text} — ${author} (@${handle}) ${printed}`,
			text,
			author,
			handle,
			iso,
			printed,
		};
	});
