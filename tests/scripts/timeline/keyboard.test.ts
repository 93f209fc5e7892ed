import { describe, expect, test } from 'vitest';
import { targetIndex } from '../../../src/scripts/timeline/keyboard.ts';

describe('targetIndex', () => {
	test.each([
		['ArrowRight', 3, 4],
		['ArrowDown', 3, 4],
		['ArrowLeft', 3, 2],
		['ArrowUp', 3, 2],
		['Home', 3, 0],
		['End', 3, 6],
	])('moves %s from item 3 of 7 to item %i', (key, from, to) => {
		expect(targetIndex(key, from, 7)).toBe(to);
	});

	test('stops at the ends instead of wrapping around the chronology', () => {
		expect(targetIndex('ArrowRight', 6, 7)).toBe(6);
		expect(targetIndex('ArrowLeft', 0, 7)).toBe(0);
	});

	test('leaves other keys (Tab, Enter, letters) to the browser', () => {
		for (const key of ['Tab', 'Enter', ' ', 'a']) expect(targetIndex(key, 3, 7)).toBeUndefined();
	});
});
