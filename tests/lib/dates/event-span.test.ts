import { describe, expect, test } from 'vitest';
import { eventSpan, parseEventDate } from '../../../src/lib/dates/index.ts';

// Day numbers (days since 1970-01-01), counted by hand: 1 January 2023 is 53 × 365 + 13 leap days = 19358.
const SEP_1 = 19601;
const SEP_7 = 19607;
const SEP_30 = 19630;
const OCT_1 = 19631;
const OCT_13 = 19643;

function event(slug: string, edtf: string) {
	const date = parseEventDate(edtf);
	if ('error' in date) throw new Error(date.error);
	return { slug, edtf, span: eventSpan(date) };
}

describe('eventSpan', () => {
	test.each([
		{ edtf: '2023-10-13', span: { first: OCT_13, last: OCT_13, openStart: false, openEnd: false } },
		{ edtf: '2023-09', span: { first: SEP_1, last: SEP_30, openStart: false, openEnd: false } },
		{ edtf: '2023', span: { first: 19358, last: 19358 + 364, openStart: false, openEnd: false } },
		{
			edtf: '2023-09-07/2023-10-01',
			span: { first: SEP_7, last: OCT_1, openStart: false, openEnd: false },
		},
		{
			edtf: '[..2023-10-13]',
			span: { first: OCT_13, last: OCT_13, openStart: true, openEnd: false },
		},
		{ edtf: '[2023-09..]', span: { first: SEP_1, last: SEP_30, openStart: false, openEnd: true } },
		{
			edtf: '[2023-09..2023-10-13]',
			span: { first: SEP_1, last: OCT_13, openStart: false, openEnd: false },
		},
	])('covers every day $edtf may mean, and marks open sides', ({ edtf, span }) => {
		expect(event('e', edtf).span).toEqual(span);
	});

	test('counts 29 February in a leap year', () => {
		expect(event('e', '2024-02').span.last - event('e', '2024-02').span.first).toBe(28);
	});
});
