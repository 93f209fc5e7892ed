import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CardContent } from '../../../src/lib/cards/card-layout.ts';
import { createCardPool } from '../../../src/lib/cards/card-pool.ts';
import { MissingGlyphError } from '../../../src/lib/cards/card-renderer.ts';
import { createCardRenderer } from '../../../src/lib/cards/render-card.ts';

const FONTS = new URL('../../../src/assets/fonts/', import.meta.url);
const fonts = [
	{
		data: new Uint8Array(readFileSync(new URL('NotoSans-Regular.ttf', FONTS))),
		weight: 400 as const,
	},
	{ data: new Uint8Array(readFileSync(new URL('NotoSans-Bold.ttf', FONTS))), weight: 700 as const },
];
const worker = new URL('../../../src/lib/cards/card-worker.ts', import.meta.url);

const card = (title: string): CardContent => ({
	kicker: 'September 2023',
	title,
	byline: 'According to the White House',
	footer: 'A chronology',
});

// Workers start and load satori and the fonts: seconds on a busy machine.
describe('createCardPool', { timeout: 60_000 }, () => {
	test('draws on worker threads, for cards asked at once, the same PNGs as in this thread', async () => {
		const pool = createCardPool({ worker, fonts, threads: 2 });
		const titles = [
			'Kim Jong Un meets Vladimir Putin',
			'Containers shipped from Najin to Dunay',
			'A carrier group arrives',
		];
		const pooled = await Promise.all(titles.map((title) => pool.render(card(title))));
		const local = createCardRenderer(fonts);
		for (const [index, title] of titles.entries()) {
			expect(
				Buffer.compare(Buffer.from(pooled[index]!), Buffer.from(await local.render(card(title)))),
				title,
			).toBe(0);
		}
	});

	test('refuses a card its fonts cannot draw with the missing characters, as the renderer does', async () => {
		const pool = createCardPool({ worker, fonts, threads: 1 });
		const error = await pool
			.render(card('Kim Jong Un arrives 😀'))
			.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(MissingGlyphError);
		expect((error as MissingGlyphError).characters).toEqual(['😀']);
	});
});
