import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/ingest/parse-article.ts';

describe('parseArticle', () => {
	test.each([
		[' date 2023-10-14 First.', { year: 2023, month: 10, day: 14, precision: 'day' }],
		[' date 2023-10 First.', { year: 2023, month: 10, precision: 'month' }],
		[' date 2023 First.', { year: 2023, precision: 'year' }],
	])('reads the publication date with its precision from %j', (text, published) => {
		expect(parseArticle(text, 'a.txt').published).toEqual(published);
	});

	test('takes the rest of the date line as the first paragraph and splits the others at blank lines', () => {
		const article = parseArticle(
			' date 2023-10-14 By Euronews with AP\n\nSecond paragraph.\n\n\n\nThird, after several blank lines.\n',
			'a.txt',
		);
		expect(article.paragraphs).toEqual([
			{ text: 'By Euronews with AP', line: 1 },
			{ text: 'Second paragraph.', line: 3 },
			{ text: 'Third, after several blank lines.', line: 7 },
		]);
	});

	test('starts with the next paragraph when the date line holds only the date', () => {
		expect(parseArticle(' date 2023-10-14\n\nFirst.', 'a.txt').paragraphs).toEqual([
			{ text: 'First.', line: 3 },
		]);
	});

	test('reads CRLF and lone CR line endings like LF', () => {
		const article = parseArticle(' date 2023-10-14 One\r\n\r\nTwo\rstill two\r\rThree', 'a.txt');
		expect(article.paragraphs.map((p) => p.text)).toEqual(['One', 'Two\nstill two', 'Three']);
	});

	test('keeps straight and typographic quotes and every other character inside a paragraph', () => {
		const text = `"We condemn," Kirby said. “In return” — it’s {not} <markup> *or* \\escaped & stays.`;
		expect(parseArticle(` date 2023-10-14 ${text}`, 'a.txt').paragraphs[0]?.text).toBe(text);
	});

	test('drops spaces and tabs at the ends of lines and whitespace at the ends of paragraphs, nothing inside', () => {
		const article = parseArticle(
			' date 2023-10-14\n\n \t first  line \t\n\tsecond\u00A0line  \n   \n\u00A0third\u3000 ',
			'a.txt',
		);
		expect(article.paragraphs.map((p) => p.text)).toEqual([
			'first  line\nsecond\u00A0line',
			'third',
		]);
	});

	test('treats a line of spaces and tabs as a blank line', () => {
		expect(
			parseArticle(' date 2023 One\n \t \nTwo', 'a.txt').paragraphs.map((p) => p.text),
		).toEqual(['One', 'Two']);
	});

	test('takes every line for a paragraph in a file with no blank line, trailing blank lines aside', () => {
		const article = parseArticle(
			' date 2023-10-14 Headline of the piece\nBy Park Ji-won\n  First paragraph.  \nSecond paragraph.\n\n\n',
			'a.txt',
		);
		expect(article.breaks).toBe('lines');
		expect(article.paragraphs).toEqual([
			{ text: 'Headline of the piece', line: 1 },
			{ text: 'By Park Ji-won', line: 2 },
			{ text: 'First paragraph.', line: 3 },
			{ text: 'Second paragraph.', line: 4 },
		]);
		expect(article.firstLineAlone).toBe(true);
	});

	test('splits at blank lines only, once the file has one between two lines of text', () => {
		const article = parseArticle(
			' date 2023-10-14 Headline\n\nOne line\nsame paragraph\n\nNext.',
			'a.txt',
		);
		expect(article.breaks).toBe('blank-lines');
		expect(article.paragraphs.map((p) => p.text)).toEqual([
			'Headline',
			'One line\nsame paragraph',
			'Next.',
		]);
		expect(article.firstLineAlone).toBe(true);
	});

	test('counts the date line as a line of text: a date alone, a blank line, then lines is one paragraph', () => {
		expect(
			parseArticle(' date 2023-10-14\n\nOne\nTwo', 'a.txt').paragraphs.map((p) => p.text),
		).toEqual(['One\nTwo']);
	});

	test('calls the first line of text alone when the date stands alone in a file of one paragraph per line', () => {
		const article = parseArticle(
			' date 2023-10-14\nHeadline of the piece\nFirst paragraph.',
			'a.txt',
		);
		expect(article.paragraphs).toEqual([
			{ text: 'Headline of the piece', line: 2 },
			{ text: 'First paragraph.', line: 3 },
		]);
		expect(article.firstLineAlone).toBe(true);
	});

	test('does not call line 1 alone when the next line continues its paragraph', () => {
		expect(parseArticle(' date 2023-10-14 One\nstill one\n\nTwo', 'a.txt').firstLineAlone).toBe(
			false,
		);
	});

	describe('refuses', () => {
		test.each([
			[
				'a file without a date line',
				'First paragraph.\n\nSecond.',
				/^no-date\.txt:1: the first line must be " date YYYY-MM-DD" followed by the first paragraph, but it starts "First paragraph\."\. Put the publication date at the start of line 1/,
			],
			[
				'an empty file',
				'',
				/^no-date\.txt:1: the first line must be " date YYYY-MM-DD" followed by the first paragraph, but it is empty\. Put the publication date/,
			],
			[
				'a date line that is not a date',
				' date yesterday Text.',
				/^no-date\.txt:1: the date line is not a valid date: "yesterday" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD\. Correct the date at the start of line 1/,
			],
			[
				'a day that does not exist',
				' date 2023-02-30 Text.',
				/^no-date\.txt:1: the date line is not a valid date: "2023-02-30" has no day 30: that month has 28 days\. Correct the date/,
			],
			[
				'a month that does not exist',
				' date 2023-13 Text.',
				/^no-date\.txt:1: the date line is not a valid date: "2023-13" has no month 13/,
			],
			[
				'a date with nothing after it',
				' date 2023-10-14\n\n  \n',
				/^no-date\.txt:1: has no article text after the date\. Add the paragraphs after the date on line 1/,
			],
			[
				'a control character',
				' date 2023-10-14 One\n\nTw\u0000o',
				/^no-date\.txt:3: contains the control character U\+0000 at column 3, which is not article text\. Remove it/,
			],
			[
				'a C1 control character from mis-converted Windows-1252',
				' date 2023-10-14 One\n\u0093Quote\u0094',
				/^no-date\.txt:2: contains the control character U\+0093 at column 1/,
			],
		])('%s, naming the file and line', (_, text, message) => {
			expect(() => parseArticle(text, 'no-date.txt')).toThrow(message);
		});
	});
});
