import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CardContent } from '../../../src/lib/cards/card-layout.ts';
import { MissingGlyphError, type CardRenderer } from '../../../src/lib/cards/card-renderer.ts';
import { createCardRenderer } from '../../../src/lib/cards/render-card.ts';

const FONTS = new URL('../../../src/assets/fonts/', import.meta.url);

const card: CardContent = {
	kicker: '7 September – 1 October 2023',
	title: 'More than 1,000 containers of North Korean munitions shipped to Russia',
	byline: 'According to the White House',
	footer: 'North Korea–Russia munitions chronology',
};

/** Whether the pixel at x, y differs clearly from the card's near-white background. */
function isInk(png: PNG, x: number, y: number): boolean {
	const i = (png.width * y + x) * 4;
	return png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200;
}

function inkIn(
	png: PNG,
	{ x0, x1, y0, y1 }: { x0: number; x1: number; y0: number; y1: number },
): number {
	let ink = 0;
	for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (isInk(png, x, y)) ink++;
	return ink;
}

describe('createCardRenderer', () => {
	let renderer: CardRenderer;
	beforeAll(() => {
		renderer = createCardRenderer([
			{ data: readFileSync(new URL('NotoSans-Regular.ttf', FONTS)), weight: 400 },
			{ data: readFileSync(new URL('NotoSans-Bold.ttf', FONTS)), weight: 700 },
		]);
	});

	test('draws a 1200×630 PNG with text on it', async () => {
		const png = PNG.sync.read(Buffer.from(await renderer.render(card)));
		expect([png.width, png.height]).toEqual([1200, 630]);
		expect(inkIn(png, { x0: 0, x1: 1200, y0: 40, y1: 630 })).toBeGreaterThan(5000);
	});

	test('draws different pixels for a different title', async () => {
		const a = PNG.sync.read(Buffer.from(await renderer.render(card)));
		const b = PNG.sync.read(
			Buffer.from(
				await renderer.render({
					...card,
					title: 'A US aircraft carrier battle group arrives in South Korea',
				}),
			),
		);
		expect(Buffer.compare(a.data, b.data)).not.toBe(0);
	});

	test('keeps a very long title inside the card’s margins and the site name at its foot', async () => {
		const title = `${'North Korea’s state news agency calls the US carrier’s arrival a provocation '.repeat(2)}and threatens a nuclear response`;
		const png = PNG.sync.read(Buffer.from(await renderer.render({ ...card, title })));
		// Nothing drawn in the right-hand margin, below the accent rule at the top.
		expect(inkIn(png, { x0: 1140, x1: 1200, y0: 20, y1: 630 })).toBe(0);
		// The footer's text is still there, in the card's bottom 80 pixels.
		expect(inkIn(png, { x0: 60, x1: 700, y0: 550, y1: 620 })).toBeGreaterThan(500);
	});

	test.each([
		['an emoji in the title', { title: 'Kim Jong Un arrives 😀' }, '“😀” (U+1F600)'],
		['a CJK character in the attribution', { byline: 'According to 中央通信' }, '“中” (U+4E2D)'],
	])('refuses %s, naming the character and its code point', async (_name, change, named) => {
		const error = await renderer.render({ ...card, ...change }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(MissingGlyphError);
		expect((error as Error).message).toContain(named);
	});
});
