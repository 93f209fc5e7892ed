import { describe, expect, test } from 'vitest';
import { parseSocialPost } from '../../src/ingest/social-post.ts';

describe('parseSocialPost', () => {
	test('reads author, handle, ISO date and text from a post signed "— Name (@handle) Month D, YYYY"', () => {
		expect(
			parseSocialPost(
				'NSC’s Kirby: Now have information. pic.twitter.com/LxHwji4sjD — Laura Rozen (@lrozen) October 13, 2023',
			),
		).toEqual({
			author: 'Laura Rozen',
			handle: 'lrozen',
			date: '2023-10-13',
			text: 'NSC’s Kirby: Now have information. pic.twitter.com/LxHwji4sjD',
		});
	});

	test('splits at the last em dash, so dashes in the post stay in its text', () => {
		expect(
			parseSocialPost(
				'NEW: arms — more soon - John Kirby, NSC — Patsy Widakuswara (@pwidakuswara) March 1, 2024',
			),
		).toMatchObject({
			author: 'Patsy Widakuswara',
			date: '2024-03-01',
			text: 'NEW: arms — more soon - John Kirby, NSC',
		});
	});

	test('keeps the lines of a post that spans several', () => {
		expect(
			parseSocialPost('Line one\nline two — Ryo Nakamura (@NikkeiDC_Ryo) October 13, 2023')?.text,
		).toBe('Line one\nline two');
	});

	test.each([
		[
			'an ordinary paragraph',
			'Kirby said on Friday that the US believes Kim is seeking technology.',
		],
		['a day that does not exist', 'Text — Name (@name) February 30, 2023'],
		[
			'a zero-padded day, which could not be written back as it was',
			'Text — Name (@name) October 03, 2023',
		],
		['an abbreviated month', 'Text — Name (@name) Oct 13, 2023'],
		['a handle longer than 15 characters', 'Text — Name (@abcdefghijklmnopq) October 13, 2023'],
		['a hyphen instead of an em dash', 'Text - Name (@name) October 13, 2023'],
		['a signature on its own line', 'Text\n— Name (@name) October 13, 2023'],
		['text after the date', 'Text — Name (@name) October 13, 2023.'],
	])('leaves %s as a paragraph', (_, paragraph) => {
		expect(parseSocialPost(paragraph)).toBeUndefined();
	});
});
