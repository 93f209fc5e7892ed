import { describe, expect, test } from 'vitest';
import { chunkStrip } from '../../../src/lib/timeline/chunks.ts';
import { layoutStrip } from '../../../src/lib/timeline/layout.ts';
import { manyEvents, SEED_EVENTS } from './fixtures/timeline-events.ts';

describe('chunkStrip', () => {
	test('keeps a strip that fits in one piece whole, unchanged', () => {
		const layout = layoutStrip(SEED_EVENTS);
		const [only, ...rest] = chunkStrip({ ...layout, clusters: [] }, 1000);
		expect(rest).toEqual([]);
		expect(only!.widthEm).toBe(layout.widthEm);
		expect(only!.items).toEqual(layout.items);
		expect(only!.items.map((item) => item.order)).toEqual(SEED_EVENTS.map((_, order) => order));
		expect(only!.ticks).toEqual(layout.ticks);
	});

	describe('a strip years wide', () => {
		const events = manyEvents(2000, 1);
		const layout = layoutStrip(events);
		const chunks = chunkStrip({ ...layout, clusters: [] }, 100);

		test('cuts it into pieces of equal width no wider than asked, adding up to the whole', () => {
			expect(chunks.length).toBe(Math.ceil(layout.widthEm / 100));
			for (const chunk of chunks) expect(chunk.widthEm).toBeLessThanOrEqual(100);
			expect(chunks.reduce((sum, chunk) => sum + chunk.widthEm, 0)).toBeCloseTo(layout.widthEm, 1);
		});

		test('puts every event in exactly one piece, where its mark starts, keeping its place in the chronology', () => {
			const placed = chunks.flatMap((chunk, piece) => chunk.items.map((item) => ({ piece, item })));
			expect(placed.map(({ item }) => item.order).sort((a, b) => a - b)).toEqual(
				events.map((_, index) => index),
			);
			for (const { piece, item } of placed) {
				const original = layout.items[item.order]!;
				expect(item.slug).toBe(original.slug);
				// Back to percent of the whole strip, the mark is where the layout put it.
				const whole =
					(piece * chunks[0]!.widthEm + (item.x / 100) * chunks[0]!.widthEm) / layout.widthEm;
				expect(whole * 100).toBeCloseTo(original.x, 1);
				expect(item.x).toBeGreaterThanOrEqual(0);
				expect(item.x).toBeLessThan(100);
			}
		});

		test('moves each month tick into its piece', () => {
			expect(chunks.reduce((sum, chunk) => sum + chunk.ticks.length, 0)).toBe(layout.ticks.length);
			for (const chunk of chunks)
				for (const tick of chunk.ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
		});
	});
});
