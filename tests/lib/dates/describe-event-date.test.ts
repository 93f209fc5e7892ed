import { describe, expect, test } from 'vitest';
import { describeEventDate, parseEventDate } from '../../../src/lib/dates/index.ts';

/** ICU's en-GB range separator: an en dash between thin spaces (U+2009). */
const DASH = '\u2009–\u2009';

function describeEdtf(edtf: string) {
	const date = parseEventDate(edtf);
	if ('error' in date) throw new Error(date.error);
	return describeEventDate(date);
}

describe('describeEventDate', () => {
	test.each([
		{
			edtf: '2023-10-13',
			label: '13 October 2023',
			firstDay: '2023-10-13',
			lastDay: '2023-10-13',
			display: 'point',
		},
		{
			edtf: '2023-09',
			label: 'September 2023',
			firstDay: '2023-09-01',
			lastDay: '2023-09-30',
			display: 'imprecise',
		},
		{
			edtf: '2023-09-07/2023-10-01',
			label: `7 September${DASH}1 October 2023`,
			firstDay: '2023-09-07',
			lastDay: '2023-10-01',
			display: 'range',
		},
		{
			edtf: '[..2023-10-13]',
			label: 'On or before 13 October 2023',
			firstDay: null,
			lastDay: '2023-10-13',
			display: 'imprecise',
		},
		{
			edtf: '[2023-09..]',
			label: 'On or after September 2023',
			firstDay: '2023-09-01',
			lastDay: null,
			display: 'imprecise',
		},
		{
			edtf: '[2023-09..2023-10-12]',
			label: 'Between September and 12 October 2023',
			firstDay: '2023-09-01',
			lastDay: '2023-10-12',
			display: 'imprecise',
		},
	])(
		'describes $edtf as "$label", from $firstDay to $lastDay, drawn as $display',
		({ edtf, label, firstDay, lastDay, display }) => {
			const described = describeEdtf(edtf);
			expect(described).toMatchObject({ edtf, label, firstDay, lastDay, display });
			expect(described.parts.map((part) => part.text).join('')).toBe(label);
		},
	);

	test('gives the days it may cover as day numbers, with the open side marked', () => {
		const { span } = describeEdtf('[..2023-10-13]');
		// 13 October 2023 is day 19,643 since 1 January 1970.
		expect(span).toEqual({ first: 19_643, last: 19_643, openStart: true, openEnd: false });
	});
});
