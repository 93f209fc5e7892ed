import { describe, expect, test } from 'vitest';
import { furnitureKind } from '../../src/ingest/furniture-line.ts';

describe('page furniture', () => {
	test.each([
		['Advertisement', 'advertisement'],
		['Story continues below advertisement', 'advertisement'],
		['Anzeige', 'advertisement'],
		['Listen to this article', 'audio or AI notice'],
		['Listen (4 min)', 'audio or AI notice'],
		[
			'This article was translated with the help of AI and reviewed by our editors.',
			'audio or AI notice',
		],
		['Voice is AI-generated.', 'audio or AI notice'],
		['Breaking news: Floods hit southern Spain as rivers burst their banks', 'kicker'],
		['BREAKING', 'kicker'],
		['속보', 'kicker'],
		['Share this article', 'share or subscribe prompt'],
		['Sign up for our Asia newsletter, delivered every weekday', 'share or subscribe prompt'],
		['Read more: Kim Jong Un arrives in Vladivostok', 'share or subscribe prompt'],
		['Lesen Sie auch', 'share or subscribe prompt'],
		['3 hours ago', 'timestamp'],
		['Updated 2 hours ago', 'timestamp'],
		['vor 5 Stunden', 'timestamp'],
		['2 часа назад', 'timestamp'],
		['3시간 전', 'timestamp'],
		['Updated: 14 October 2023, 10:42 GMT', 'timestamp'],
		['For the latest news, follow us on Telegram', 'promotion'],
		['Most read', 'promotion'],
		['Читайте также: Ким Чен Ын посетил космодром Восточный', 'share or subscribe prompt'],
		['4 min read', 'timestamp'],
		['Listen to this article\n4 min', 'audio or AI notice'],
	])('reads "%s" as %s', (line, kind) => {
		expect(furnitureKind(line)).toBe(kind);
	});

	test.each([
		'The White House said on Friday that North Korea had delivered more than 1,000 containers.',
		'Published figures show 1,000 containers crossed the border.',
		'Breaking with precedent, the White House released satellite images.',
		'Share prices in Seoul fell 2% on the news.',
		'Related tensions have risen since the summit.',
		'Advertisement revenue is not the subject here.',
		'Watching the port, analysts counted 1,000 containers.',
		'Listen, Kirby told reporters, this is a serious matter.',
		'Live ammunition drills followed.',
		'Advertisement\nThe White House said on Friday that North Korea had delivered munitions.',
	])('keeps article text as text: "%s"', (line) => {
		expect(furnitureKind(line)).toBeUndefined();
	});

	test('never takes a line longer than a furniture line can be', () => {
		expect(
			furnitureKind(`Breaking news: ${'the White House said more '.repeat(10)}`),
		).toBeUndefined();
	});
});
