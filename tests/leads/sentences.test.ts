import { describe, expect, test } from 'vitest';
import { clauseAround, sentenceAt, splitSentences } from '../../src/leads/sentences.ts';

const sentences = (text: string) => splitSentences(text).map((s) => s.text.trim());

describe('sentences', () => {
	test('splits sentences with no space after the full stop', () => {
		expect(
			sentences(
				'North Korea shipped 1,000 containers to Russia.The White House released images.Officials said so.',
			),
		).toEqual([
			'North Korea shipped 1,000 containers to Russia.',
			'The White House released images.',
			'Officials said so.',
		]);
	});

	test('keeps "U.S." and decimals inside their sentence', () => {
		expect(
			sentences('The U.S. said traffic rose 2.5 times.Officials in the U.S.A. agreed.'),
		).toEqual(['The U.S. said traffic rose 2.5 times.', 'Officials in the U.S.A. agreed.']);
	});

	test('keeps "N. Korea" and "John F. Kennedy" inside their sentence', () => {
		expect(sentences('N. Korea sent shells. The John F. Kennedy sailed.')).toEqual([
			'N. Korea sent shells.',
			'The John F. Kennedy sailed.',
		]);
	});

	test('splits after a closing quote with no space, and before an opening one', () => {
		expect(
			sentences('He called it “a provocation.”The ship left.“We condemn it,” he said.'),
		).toEqual(['He called it “a provocation.”', 'The ship left.', '“We condemn it,” he said.']);
	});

	test('keeps web addresses whole ("pic.twitter.com")', () => {
		expect(sentences('Imagery is here pic.twitter.com/LxHwji4sjD today.')).toEqual([
			'Imagery is here pic.twitter.com/LxHwji4sjD today.',
		]);
	});

	test('quotes only the sentence holding a position, verbatim', () => {
		const text = 'Tensions rose.Kim met Putin on Wednesday.Talks lasted hours.';
		expect(sentenceAt(text, text.indexOf('Wednesday'))).toBe('Kim met Putin on Wednesday.');
	});
});

describe('the sentence around a date', () => {
	test('keeps a German date whole when the sentence rules break after its day ("am 13. September")', () => {
		const text =
			'Vorher war es ruhig. Kim Jong Un traf Wladimir Putin am 13. September im Kosmodrom.';
		const at = text.indexOf('am 13. September');
		expect(sentenceAt(text, at, 'de', 'am 13. September'.length)).toBe(
			'Kim Jong Un traf Wladimir Putin am 13. September im Kosmodrom.',
		);
	});
});

describe('the clause a date belongs to', () => {
	const clause = (sentence: string, words: string) =>
		clauseAround(sentence, sentence.indexOf(words), sentence.indexOf(words) + words.length);

	test.each([
		[
			'Kim left for Russia on 10 September, while the containers were shipped from Najin.',
			'on 10 September',
			'Kim left for Russia on 10 September',
		],
		[
			'The ship docked on Friday; Kim met Putin in September.',
			'on Friday',
			'The ship docked on Friday',
		],
		[
			'Kirby said on Friday that the US believes Kim seeks weapons.',
			'on Friday',
			'Kirby said on Friday',
		],
		[
			'On Wednesday, Kim met Putin at the cosmodrome.',
			'On Wednesday',
			'On Wednesday, Kim met Putin at the cosmodrome.',
		],
		[
			'The think tank said traffic rose since the Kim-Putin meeting in September.',
			'September',
			'since the Kim-Putin meeting in September.',
		],
	])('in "%s", "%s" belongs to "%s"', (sentence, words, expected) => {
		expect(clause(sentence, words)).toBe(expected);
	});
});
