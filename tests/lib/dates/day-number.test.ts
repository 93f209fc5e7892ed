import { describe, expect, test } from 'vitest';
import {
	dayNumberToIso,
	fromDayNumber,
	lastDayNumber,
	toDayNumber,
} from '../../../src/lib/dates/index.ts';

// 13 October 2023, counted by hand: 1 January 2023 is 53 × 365 + 13 leap days = 19358, plus 285 days.
const OCT_13 = 19643;

describe('fromDayNumber', () => {
	test('turns a day number back into its calendar day', () => {
		expect(fromDayNumber(OCT_13)).toEqual({ year: 2023, month: 10, day: 13, precision: 'day' });
		expect(fromDayNumber(0)).toEqual({ year: 1970, month: 1, day: 1, precision: 'day' });
	});
});

describe('toDayNumber', () => {
	test('counts days the same way whatever the time zone of the machine', () => {
		const day = toDayNumber({ year: 2023, month: 10, day: 13, precision: 'day' });
		expect(day - toDayNumber({ year: 2023, month: 9, day: 7, precision: 'day' })).toBe(36);
		expect(day).toBe(OCT_13);
	});

	test('gives a month its first day, and lastDayNumber its last', () => {
		expect(toDayNumber({ year: 2023, month: 10, precision: 'month' })).toBe(OCT_13 - 12);
		expect(lastDayNumber({ year: 2023, month: 10, precision: 'month' })).toBe(OCT_13 + 18);
	});
});

describe('dayNumberToIso', () => {
	test('writes a day number as its ISO day', () => {
		expect(dayNumberToIso(OCT_13)).toBe('2023-10-13');
		expect(dayNumberToIso(-1)).toBe('1969-12-31');
	});
});
