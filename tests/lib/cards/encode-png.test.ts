import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng } from '../../../src/lib/cards/encode-png.ts';

/** An opaque `width × height` RGBA image whose pixel at x, y is `colour(x, y)`. */
function image(
	width: number,
	height: number,
	colour: (x: number, y: number) => [number, number, number],
): Uint8Array {
	const rgba = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) rgba.set([...colour(x, y), 255], (y * width + x) * 4);
	}
	return rgba;
}

describe('encodeOpaquePng', () => {
	test.each([
		// Its first rows alike, as a card's margin is: each a copy of the row above.
		[
			'a few colours, as a card has (indexed)',
			(x: number, y: number): [number, number, number] =>
				y < 10 || x < 20 ? [253, 253, 251] : [29, 79, 145 + (y % 3)],
		],
		[
			'more than 256 colours (RGB)',
			(x: number, y: number): [number, number, number] => [x, y, (x * y) % 256],
		],
	])('writes a PNG that decodes to exactly the same pixels: %s', (_name, colour) => {
		const rgba = image(300, 40, colour);
		const decoded = PNG.sync.read(Buffer.from(encodeOpaquePng(rgba, 300, 40)));
		expect([decoded.width, decoded.height]).toEqual([300, 40]);
		expect(Buffer.compare(decoded.data, Buffer.from(rgba))).toBe(0);
	});

	test('writes a card of few colours as an indexed PNG, smaller than as RGB', () => {
		const few = encodeOpaquePng(
			image(300, 40, (x) => (x % 7 === 0 ? [27, 27, 27] : [253, 253, 251])),
			300,
			40,
		);
		// Byte 25 of a PNG is its colour type: 3 indexed, 2 RGB.
		expect(few[25]).toBe(3);
		expect(
			encodeOpaquePng(
				image(300, 40, (x, y) => [x % 256, y, 7]),
				300,
				40,
			)[25],
		).toBe(2);
	});
});
