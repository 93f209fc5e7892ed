import { describe, expect, test } from 'vitest';
import { axisLabel } from '../../../src/lib/dates/index.ts';
import { testInEachTimeZone } from '../../helpers/time-zone.ts';

const FIRST = Date.UTC(2023, 9, 1);
const THIRTEENTH = Date.UTC(2023, 9, 13);

describe('axisLabel', () => {
	test.each([
		['day', THIRTEENTH, '13'],
		['weekday', THIRTEENTH, '13'],
		['day', FIRST, '1 Oct'],
		['week', FIRST, '1 Oct'],
		['month', FIRST, 'Oct'],
		['month', Date.UTC(2024, 0, 1), '2024'],
		['year', Date.UTC(2023, 0, 1), '2023'],
	])('labels a %s step at %i by its calendar fields: "%s"', (scale, time, label) => {
		expect(axisLabel(time, scale)).toBe(label);
	});

	test.each(['hour', 'minute', 'second', 'millisecond'])(
		'gives a %s step no label: calendar dates have no time of day',
		(scale) => {
			expect(axisLabel(THIRTEENTH + 6 * 3_600_000, scale)).toBe('');
		},
	);

	describe('in any time zone', () => {
		testInEachTimeZone('shows the same day in %s', () => {
			expect(axisLabel(THIRTEENTH, 'day')).toBe('13');
			expect(axisLabel(FIRST, 'day')).toBe('1 Oct');
		});
	});
});
