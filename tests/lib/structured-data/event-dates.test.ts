import { describe, expect, test } from 'vitest';
import { parseEventDate, type EventDate } from '../../../src/lib/dates/index.ts';
import { highwireDate, temporalCoverage } from '../../../src/lib/structured-data/index.ts';

function date(edtf: string): EventDate {
	const parsed = parseEventDate(edtf);
	if ('error' in parsed) throw new Error(parsed.error);
	return parsed;
}

describe('temporalCoverage', () => {
	test.each([
		['a day', '2023-10-13', '2023-10-13'],
		['a month alone', '2023-09', '2023-09'],
		['a period', '2023-09-07/2023-10-01', '2023-09-07/2023-10-01'],
		['an undated day on or before a day, open at the start', '[..2023-10-13]', '../2023-10-13'],
		['an undated day on or after a month, open at the end', '[2023-09..]', '2023-09/..'],
		[
			'an undated day between a month and a day, each at its own precision',
			'[2023-09..2023-10-13]',
			'2023-09/2023-10-13',
		],
	])(
		'writes %s as an ISO 8601 date or interval no more precise than the sources',
		(_, edtf, coverage) => {
			expect(temporalCoverage(date(edtf))).toBe(coverage);
		},
	);
});

describe('highwireDate', () => {
	test.each([
		['a day', '2023-10-13', '2023/10/13'],
		['a month as the month', '2023-09', '2023/09'],
		['a period inside one year as the year', '2023-09-07/2023-10-01', '2023'],
		['a period inside one month as the month', '2023-09-07/2023-09-20', '2023/09'],
		['an undated day between two bounds of one year as the year', '[2023-09..2023-10-13]', '2023'],
	])('gives %s', (_, edtf, expected) => {
		expect(highwireDate(date(edtf))).toBe(expected);
	});

	test.each([
		['a side is open', '[..2023-10-13]'],
		['a period spans two years', '2022-12-20/2023-01-10'],
	])('gives no date when %s, rather than invent one', (_, edtf) => {
		expect(highwireDate(date(edtf))).toBeUndefined();
	});
});
