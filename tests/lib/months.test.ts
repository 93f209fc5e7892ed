import { describe, expect, test } from 'vitest';
import { groupByMonth, monthIndex } from '../../src/lib/months.ts';

/** Events as the chronology gives them, in its order: each with the month of its section. */
const events = (...months: string[]) =>
	months.map((month, index) => ({ slug: `e${index}`, month }));

describe('groupByMonth', () => {
	test('gives each month with events one section, headed "September 2023", with its events in order', () => {
		const sections = groupByMonth(events('2023-09', '2023-09', '2023-10'));
		expect(
			sections.map(({ month, label, shortLabel, year }) => ({ month, label, shortLabel, year })),
		).toEqual([
			{ month: '2023-09', label: 'September 2023', shortLabel: 'Sept', year: '2023' },
			{ month: '2023-10', label: 'October 2023', shortLabel: 'Oct', year: '2023' },
		]);
		expect(sections.map((section) => section.events.map((event) => event.slug))).toEqual([
			['e0', 'e1'],
			['e2'],
		]);
	});

	test('lists an event with no latest bound, which the order puts last, at the end of its own month', () => {
		// "On or after 25 January 2022" comes after every bounded event in the order, but belongs in January.
		const sections = groupByMonth(events('2022-01', '2022-03', '2023-12', '2022-01'));
		expect(
			sections.map((section) => [section.month, section.events.map((event) => event.slug)]),
		).toEqual([
			['2022-01', ['e0', 'e3']],
			['2022-03', ['e1']],
			['2023-12', ['e2']],
		]);
	});

	test('gives no section to a month without events', () => {
		expect(groupByMonth(events('2023-01', '2023-04')).map((section) => section.month)).toEqual([
			'2023-01',
			'2023-04',
		]);
		expect(groupByMonth([])).toEqual([]);
	});
});

describe('monthIndex', () => {
	test('groups the months by year, each year with its count of events', () => {
		const index = monthIndex(groupByMonth(events('2022-11', '2022-11', '2022-12', '2023-02')));
		expect(
			index.map(({ year, count, months }) => ({
				year,
				count,
				months: months.map((month) => `${month.shortLabel} ${month.events.length}`),
			})),
		).toEqual([
			{ year: '2022', count: 3, months: ['Nov 2', 'Dec 1'] },
			{ year: '2023', count: 1, months: ['Feb 1'] },
		]);
	});

	test('lays each year out as a calendar of twelve months, those without events by their name alone', () => {
		const [year] = monthIndex(groupByMonth(events('2023-09', '2023-10')));
		expect(
			year!.calendar.map((slot) =>
				'events' in slot ? `${slot.shortLabel} ${slot.events.length}` : slot.shortLabel,
			),
		).toEqual([
			'Jan',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sept 1',
			'Oct 1',
			'Nov',
			'Dec',
		]);
	});
});
