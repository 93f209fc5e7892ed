import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	eventDateParts,
	formatCalendarDate,
	formatEventDate,
	parseEventDate,
	type CalendarDate,
	type EventDate,
} from '../../../src/lib/dates/index.ts';

function eventDate(text: string): EventDate {
	const date = parseEventDate(text);
	if ('error' in date) throw new Error(date.error);
	return date;
}

/** ICU's en-GB range separator: an en dash between thin spaces (U+2009). */
const DASH = '\u2009–\u2009';

/** Every kind and precision of event date, with the label a reader should see. */
const LABELS = [
	{ edtf: '2023-10-13', label: '13 October 2023' },
	{ edtf: '2023-09', label: 'September 2023' },
	{ edtf: '2023', label: '2023' },
	{ edtf: '2023-09-07/2023-10-01', label: `7 September${DASH}1 October 2023` },
	{ edtf: '2023-10-07/2023-10-12', label: `7${DASH}12 October 2023` },
	{ edtf: '2022-12-30/2023-01-02', label: `30 December 2022${DASH}2 January 2023` },
	{ edtf: '2023-09/2023-10', label: `September${DASH}October 2023` },
	{ edtf: '2022/2023', label: `2022${DASH}2023` },
	{ edtf: '2023-09/2023-10-12', label: `September${DASH}12 October 2023` },
	{ edtf: '2022-09/2023-10-12', label: `September 2022${DASH}12 October 2023` },
	{ edtf: '2023/2023-10', label: `2023${DASH}October 2023` },
	{ edtf: '[..2023-10-13]', label: 'On or before 13 October 2023' },
	{ edtf: '[..2023-09]', label: 'On or before September 2023' },
	{ edtf: '[2023-09..]', label: 'On or after September 2023' },
	{ edtf: '[2023..]', label: 'On or after 2023' },
	{ edtf: '[2023-09..2023-10-12]', label: 'Between September and 12 October 2023' },
	{ edtf: '[2023-09-07..2023-10-01]', label: 'Between 7 September and 1 October 2023' },
	{ edtf: '[2022..2023]', label: 'Between 2022 and 2023' },
];

describe('formatCalendarDate', () => {
	test.each([
		{ date: { year: 2023, month: 10, day: 13, precision: 'day' }, label: '13 October 2023' },
		{ date: { year: 2023, month: 9, precision: 'month' }, label: 'September 2023' },
		{ date: { year: 2023, precision: 'year' }, label: '2023' },
		{ date: { year: 2024, month: 1, day: 1, precision: 'day' }, label: '1 January 2024' },
		{ date: { year: 2023, month: 12, day: 31, precision: 'day' }, label: '31 December 2023' },
	] satisfies { date: CalendarDate; label: string }[])(
		'shows a $date.precision-precision date as $label',
		({ date, label }) => {
			expect(formatCalendarDate(date)).toBe(label);
		},
	);
});

describe('formatEventDate', () => {
	test.each(LABELS)('shows $edtf as $label', ({ edtf, label }) => {
		expect(formatEventDate(eventDate(edtf))).toBe(label);
	});

	test('never shows a day for a month-precision date, or a month for a year-precision one', () => {
		const dates = fc.record({
			year: fc.integer({ min: 1900, max: 2100 }),
			month: fc.integer({ min: 1, max: 12 }),
		});
		fc.assert(
			fc.property(dates, ({ year, month }) => {
				expect(formatCalendarDate({ year, month, precision: 'month' })).toMatch(
					/^[A-Z][a-z]+ \d{4}$/,
				);
				expect(formatCalendarDate({ year, precision: 'year' })).toBe(String(year));
			}),
		);
	});
});

describe('eventDateParts', () => {
	test.each(LABELS)('joins into the same text as the label of $edtf', ({ edtf, label }) => {
		expect(
			eventDateParts(eventDate(edtf))
				.map((part) => part.text)
				.join(''),
		).toBe(label);
	});

	test('gives a point its datetime at its own precision', () => {
		expect(eventDateParts(eventDate('2023-09'))).toEqual([
			{ text: 'September 2023', datetime: '2023-09' },
		]);
		expect(eventDateParts(eventDate('2023'))).toEqual([{ text: '2023', datetime: '2023' }]);
		expect(eventDateParts(eventDate('2023-10-13'))).toEqual([
			{ text: '13 October 2023', datetime: '2023-10-13' },
		]);
	});

	test('gives each end of a period its own datetime, the shared year going with the end', () => {
		expect(eventDateParts(eventDate('2023-09-07/2023-10-01'))).toEqual([
			{ text: '7 September', datetime: '2023-09-07' },
			{ text: DASH },
			{ text: '1 October 2023', datetime: '2023-10-01' },
		]);
	});

	test('keeps each end of a mixed-precision period at its own precision', () => {
		expect(eventDateParts(eventDate('[2023-09..2023-10-12]'))).toEqual([
			{ text: 'Between ' },
			{ text: 'September', datetime: '2023-09' },
			{ text: ' and ' },
			{ text: '12 October 2023', datetime: '2023-10-12' },
		]);
	});

	test('dates only the known bound of an open date', () => {
		expect(eventDateParts(eventDate('[..2023-10-13]'))).toEqual([
			{ text: 'On or before ' },
			{ text: '13 October 2023', datetime: '2023-10-13' },
		]);
		expect(eventDateParts(eventDate('[2023-09..]'))).toEqual([
			{ text: 'On or after ' },
			{ text: 'September 2023', datetime: '2023-09' },
		]);
	});
});

describe('in other time zones', () => {
	const moduleUrl = new URL('../../../src/lib/dates/format-date.ts', import.meta.url).href;
	const parserUrl = new URL('../../../src/lib/dates/event-date.ts', import.meta.url).href;
	/** Runs the formatter in a fresh Node process whose local time zone is `zone`. */
	function labelsIn(zone: string): { offset: number; labels: string[]; parts: unknown[] } {
		const script = `
			const { formatEventDate, eventDateParts } = await import(${JSON.stringify(moduleUrl)});
			const { parseEventDate } = await import(${JSON.stringify(parserUrl)});
			const dates = ${JSON.stringify(LABELS.map(({ edtf }) => edtf))}.map(parseEventDate);
			console.log(JSON.stringify({
				offset: new Date(Date.UTC(2023, 9, 13)).getTimezoneOffset(),
				labels: dates.map(formatEventDate),
				parts: dates.map(eventDateParts),
			}));`;
		const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
			env: { ...process.env, TZ: zone },
			encoding: 'utf8',
		});
		return JSON.parse(output) as { offset: number; labels: string[]; parts: unknown[] };
	}

	test.each([
		{ zone: 'Pacific/Honolulu', offset: 600 },
		{ zone: 'Asia/Seoul', offset: -540 },
		{ zone: 'UTC', offset: 0 },
	])('shows the same calendar days in $zone', ({ zone, offset }) => {
		const result = labelsIn(zone);
		// The zone really is in force in that process: Honolulu is UTC−10, Seoul UTC+9.
		expect(result.offset).toBe(offset);
		expect(result.labels).toEqual(LABELS.map(({ label }) => label));
		expect(result.parts).toEqual(LABELS.map(({ edtf }) => eventDateParts(eventDate(edtf))));
	});
});
