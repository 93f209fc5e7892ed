import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCardCache } from '../../../src/lib/cards/card-cache.ts';
import { createCardImages } from '../../../src/lib/cards/card-images.ts';
import type { CardContent } from '../../../src/lib/cards/card-layout.ts';
import { MissingGlyphError, type CardRenderer } from '../../../src/lib/cards/card-renderer.ts';

const card = (title: string): CardContent => ({
	kicker: 'September 2023',
	title,
	footer: 'A chronology',
});
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A renderer that records what it was asked to draw, and when it started each. */
function recorder() {
	const started: string[] = [];
	const renderer: CardRenderer = {
		async render(content) {
			started.push(content.title);
			if (content.title.includes('😀')) throw new MissingGlyphError(['😀']);
			return new TextEncoder().encode(`card of ${content.title}`);
		},
	};
	return { renderer, started };
}

describe('createCardImages', () => {
	test('starts every card of the list before any page asks, and draws each once', async () => {
		const { renderer, started } = recorder();
		const images = createCardImages(
			createCardCache(await mkdtemp(join(tmpdir(), 'card-images-'))),
			renderer,
		);
		images.prefetch([card('A'), card('B'), card('A')]);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(started.sort()).toEqual(['A', 'B']);
		expect(text(await images.png(card('B')))).toBe('card of B');
		expect(started).toHaveLength(2);
	});

	test('reads a card drawn by an earlier build from the cache instead of drawing it', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'card-images-'));
		await createCardImages(createCardCache(folder), recorder().renderer).png(card('A'));
		const later = recorder();
		const png = await createCardImages(createCardCache(folder), later.renderer).png(card('A'));
		expect(text(png)).toBe('card of A');
		expect(later.started).toEqual([]);
	});

	test('gives a card that cannot be drawn its error when its page asks, not before', async () => {
		const { renderer } = recorder();
		const images = createCardImages(
			createCardCache(await mkdtemp(join(tmpdir(), 'card-images-'))),
			renderer,
		);
		images.prefetch([card('Arrives 😀')]);
		await expect(images.png(card('Arrives 😀'))).rejects.toBeInstanceOf(MissingGlyphError);
	});
});
