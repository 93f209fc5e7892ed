import { describe, expect, test } from 'vitest';
import {
	parseCalendarDate,
	parseEventDate,
	type CalendarDate,
	type EventDate,
} from '../../src/lib/dates/index.ts';
import { eventsBeforeTheirReports } from '../../src/lib/sanity-checks.ts';

function eventDate(text: string): EventDate {
	const date = parseEventDate(text);
	if ('error' in date) throw new Error(date.error);
	return date;
}
function day(text: string): CalendarDate {
	const date = parseCalendarDate(text);
	if ('error' in date) throw new Error(date.error);
	return date;
}

describe('eventsBeforeTheirReports', () => {
	test('warns about an event dated after every source it cites was published, naming the file and the latest source', () => {
		const warnings = eventsBeforeTheirReports([
			{
				file: 'content/events/late.mdx',
				date: eventDate('2023-10-20'),
				sources: [
					{ id: '2023-10-13-european-pravda', published: day('2023-10-13') },
					{ id: '2023-10-14-euronews', published: day('2023-10-14') },
				],
			},
		]);
		expect(warnings).toEqual([
			'content/events/late.mdx: dated "2023-10-20" (20 October 2023), but the latest of the sources it cites (2023-10-14-euronews) was published 14 October 2023; a source cannot report an event before it happens. Check the event\'s date and its citations.',
		]);
	});

	test.each([
		['on the day of publication', '2023-10-14', '2023-10-14'],
		['in the month of a source dated to its month', '2023-10-20', '2023-10'],
		['a period that starts before publication', '2023-10-01/2023-10-30', '2023-10-14'],
		['"on or before" a later day: it may have happened in time', '[..2023-10-30]', '2023-10-14'],
	])('says nothing about an event dated %s', (_, date, published) => {
		expect(
			eventsBeforeTheirReports([
				{ file: 'x.mdx', date: eventDate(date), sources: [{ id: 's', published: day(published) }] },
			]),
		).toEqual([]);
	});

	test('warns about an event "on or after" a day later than its only source', () => {
		const [warning] = eventsBeforeTheirReports([
			{
				file: 'x.mdx',
				date: eventDate('[2023-10-20..]'),
				sources: [{ id: 's', published: day('2023-10-14') }],
			},
		]);
		expect(warning).toMatch(
			/^x\.mdx: dated "\[2023-10-20\.\.\]" .*, but the only source it cites \(s\) was published 14 October 2023;/,
		);
	});
});
