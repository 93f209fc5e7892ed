import { describe, expect, test } from 'vitest';
import { firstDay, lastDay, parseCalendarDate, toIsoString } from '../../../src/lib/dates/index.ts';

describe('parseCalendarDate', () => {
	test.each([
		['2023-10-13', { year: 2023, month: 10, day: 13, precision: 'day' }],
		['2023-09', { year: 2023, month: 9, precision: 'month' }],
		['2023', { year: 2023, precision: 'year' }],
		['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
	])('reads %s at the precision it is written in', (text, expected) => {
		expect(parseCalendarDate(text)).toEqual(expected);
	});

	test.each([
		['2024-13-45', 'no month 13'],
		['2023-02-29', 'no day 29: that month has 28 days'],
		['2023-04-31', 'no day 31: that month has 30 days'],
		['1900-02-29', 'no day 29'],
		['2023-00', 'no month 00'],
		['13/10/2023', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
		['2023-10-13T00:00:00Z', 'is not a date of the form'],
		['', 'is not a date of the form'],
	])('refuses %j instead of rolling it over', (text, message) => {
		const parsed = parseCalendarDate(text);
		expect(parsed).toHaveProperty('error');
		expect((parsed as { error: string }).error).toContain(message);
	});
});

describe('calendar arithmetic', () => {
	test('writes a date back at its own precision, never inventing a day', () => {
		for (const text of ['2023', '2023-09', '2023-10-13', '0999-01-05']) {
			const parsed = parseCalendarDate(text);
			if ('error' in parsed) throw new Error(parsed.error);
			expect(toIsoString(parsed)).toBe(text);
		}
	});

	test('gives the first and last day a month-precision date covers', () => {
		const september = { year: 2023, month: 9, precision: 'month' } as const;
		expect(toIsoString(firstDay(september))).toBe('2023-09-01');
		expect(toIsoString(lastDay(september))).toBe('2023-09-30');
		expect(toIsoString(lastDay({ year: 2024, month: 2, precision: 'month' }))).toBe('2024-02-29');
		expect(toIsoString(lastDay({ year: 2023, precision: 'year' }))).toBe('2023-12-31');
	});
});
