import { describe, expect, test } from 'vitest';
import { parseEventDate, toEdtf } from '../../../src/lib/dates/index.ts';

describe('parseEventDate', () => {
	test.each([
		{
			text: '2023-10-13',
			expected: { kind: 'point', date: { year: 2023, month: 10, day: 13, precision: 'day' } },
		},
		{
			text: '2023-09',
			expected: { kind: 'point', date: { year: 2023, month: 9, precision: 'month' } },
		},
		{ text: '2023', expected: { kind: 'point', date: { year: 2023, precision: 'year' } } },
		{
			text: '2023-09-07/2023-10-01',
			expected: {
				kind: 'interval',
				start: { year: 2023, month: 9, day: 7, precision: 'day' },
				end: { year: 2023, month: 10, day: 1, precision: 'day' },
			},
		},
		{
			text: '2023-09/2023-10-12',
			expected: {
				kind: 'interval',
				start: { year: 2023, month: 9, precision: 'month' },
				end: { year: 2023, month: 10, day: 12, precision: 'day' },
			},
		},
		{
			text: '[..2023-10-13]',
			expected: { kind: 'uncertain', latest: { year: 2023, month: 10, day: 13, precision: 'day' } },
		},
		{
			text: '[2023-09..]',
			expected: { kind: 'uncertain', earliest: { year: 2023, month: 9, precision: 'month' } },
		},
		{
			text: '[2023-09..2023-10-12]',
			expected: {
				kind: 'uncertain',
				earliest: { year: 2023, month: 9, precision: 'month' },
				latest: { year: 2023, month: 10, day: 12, precision: 'day' },
			},
		},
	])('reads $text at the precision it is written with', ({ text, expected }) => {
		expect(parseEventDate(text)).toEqual(expected);
	});

	test.each([
		{
			text: '2023-9',
			error:
				/"2023-9" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; an event date is written "2023-10-13"/,
		},
		{ text: '13 October 2023', error: /is not a date of the form/ },
		{ text: ' 2023-10-13', error: /is not a date of the form/ },
		{ text: '2023-02-29', error: /"2023-02-29" has no day 29: that month has 28 days/ },
		{
			text: '2023-10-13/2023-10-01',
			error:
				/"2023-10-13\/2023-10-01" is impossible: its start 2023-10-13 is after its end 2023-10-01/,
		},
		{ text: '2023-10/2023-09', error: /its start 2023-10 is after its end 2023-09/ },
		{
			text: '2023-09-07/2023-13-01',
			error: /"2023-09-07\/2023-13-01": its end "2023-13-01" has no month 13/,
		},
		{
			text: '2023-09-07/2023-09-07',
			error: /starts and ends on the same date: write it as the single date "2023-09-07"/,
		},
		{ text: '2023-09-07/', error: /is not an interval of the form START\/END/ },
		{ text: '/2023-10-01', error: /is not an interval of the form START\/END/ },
		{ text: '2023/2024/2025', error: /is not an interval of the form START\/END/ },
		{ text: '[..]', error: /"\[\.\.\]" gives no bound/ },
		{
			text: '[2023-10..2023-09]',
			error: /is impossible: its earliest bound 2023-10 is after its latest bound 2023-09/,
		},
		{ text: '[..2023-13]', error: /its latest bound "2023-13" has no month 13/ },
		{ text: '[2023-09..2023-09]', error: /has the same date on both sides/ },
		{ text: '../2023-10-13', error: /is not an interval of the form START\/END|is not a date/ },
	])('refuses $text with a sentence saying what is wrong', ({ text, error }) => {
		const result = parseEventDate(text);
		expect(result).toHaveProperty('error', expect.stringMatching(error));
	});

	test('accepts a period that starts in a month and ends on a day of that month', () => {
		expect(parseEventDate('2023-09/2023-09-15')).toHaveProperty('kind', 'interval');
	});
});

describe('toEdtf', () => {
	test.each([
		'2023-10-13',
		'2023-09',
		'2023',
		'2023-09-07/2023-10-01',
		'[..2023-10-13]',
		'[2023-09..]',
		'[2023-09..2023-10-12]',
	])('writes "%s" back exactly as it was read', (text) => {
		const date = parseEventDate(text);
		if ('error' in date) throw new Error(date.error);
		expect(toEdtf(date)).toBe(text);
	});
});
