import { describe, expect, test } from 'vitest';
import { barHeight, closeUpRows, DENSITY_ROWS } from '../../../src/lib/timeline/bars.ts';

describe('closeUpRows', () => {
	test('moves the rows left onto the first rows’ places, in order, and leaves the rest alone', () => {
		expect(closeUpRows([1.75, 5.35, 8.95, 12.55], [false, true, false, true])).toEqual([
			0, -3.6, 0, -7.2,
		]);
	});

	test('moves nothing when every row is shown', () => {
		expect(closeUpRows([1.75, 5.35, 8.95], [true, true, true])).toEqual([0, 0, 0]);
	});
});

describe('barHeight', () => {
	test('draws the busiest bar full height and a bar of one event no lower than the least height', () => {
		expect(barHeight(12, 12)).toBe(DENSITY_ROWS.barsEm);
		expect(barHeight(6, 12)).toBe(DENSITY_ROWS.barsEm / 2);
		expect(barHeight(1, 500)).toBe(DENSITY_ROWS.minBarEm);
	});
});
