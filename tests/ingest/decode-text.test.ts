import { describe, expect, test } from 'vitest';
import { decodeUtf8 } from '../../src/ingest/decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
	test('decodes UTF-8, typographic quotes and all', () => {
		expect(decodeUtf8(utf8(' date 2023 “Russia’s”'), 'a.txt')).toBe(' date 2023 “Russia’s”');
	});

	test('drops a byte-order mark so the date line still starts the text', () => {
		expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(' date 2023 x')), 'a.txt')).toBe(
			' date 2023 x',
		);
	});

	test.each([
		[
			'Windows-1252 curly quotes on line 3',
			Uint8Array.of(...utf8(' date 2023 a\n\n'), 0x93, 0x78, 0x94),
			3,
		],
		['a UTF-16 file', Uint8Array.of(0xff, 0xfe, 0x20, 0x00, 0x64, 0x00), 1],
		['a sequence cut short at the end', Uint8Array.of(...utf8(' date 2023 a\nb'), 0xe2, 0x80), 2],
	])('refuses %s, naming the file and line', (_, bytes, line) => {
		expect(() => decodeUtf8(bytes, 'latin.txt')).toThrow(
			`latin.txt:${line}: is not UTF-8 text. Convert the file to UTF-8`,
		);
	});
});
