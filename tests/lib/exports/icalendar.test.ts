import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { chronologyCalendar, foldLine } from '../../../src/lib/exports/icalendar.ts';
import { chronology, routes } from './reuse-fixture.ts';

const ics = chronologyCalendar(
	chronology,
	{
		title: 'A chronology, with commas; and semicolons',
		description: 'What happened.',
		host: 'news.example',
	},
	routes.canonical,
);
/** The calendar as ical.js, Mozilla's RFC 5545 parser, reads it. */
const calendar = new ICAL.Component(ICAL.parse(ics));
const events = new Map(
	calendar
		.getAllSubcomponents('vevent')
		.map((component) => [
			String(component.getFirstPropertyValue('uid')),
			new ICAL.Event(component),
		]),
);

describe('the iCalendar export', () => {
	test('is read by an RFC 5545 parser as one event per event of the chronology, with stable UIDs', () => {
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect([...events.keys()]).toEqual(
			chronology.events.map((event) => `${event.slug}@news.example`),
		);
		// ical.js reads a property it has no type for as written: escaped as TEXT is.
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
			'A chronology\\, with commas\\; and semicolons',
		);
	});

	test.each([
		['a day is that day alone', 'condemnation', '2023-10-13', '2023-10-14'],
		['a month covers all its days', 'kim-putin-summit', '2023-09-01', '2023-10-01'],
		['a period ends the day after its last day', 'container-shipments', '2023-09-07', '2023-10-02'],
		['an open start covers its known bound alone', 'carrier-arrives', '2023-10-13', '2023-10-14'],
	])('dates events as all-day DATE values with an exclusive end: %s', (_, slug, start, end) => {
		const event = events.get(`${slug}@news.example`)!;
		expect(event.startDate.isDate).toBe(true);
		expect([event.startDate.toString(), event.endDate.toString()]).toEqual([start, end]);
	});

	test('says in the summary when a date is not an exact day or period, and links each event’s page', () => {
		const summit = events.get('kim-putin-summit@news.example')!;
		expect(summit.summary).toBe('Kim meets Putin (September 2023)');
		expect(events.get('carrier-arrives@news.example')!.summary).toMatch(
			/^Carrier arrives; North Korea reacts \(On or before 13.October 2023\)$/,
		);
		expect(events.get('condemnation@news.example')!.summary).toBe('Kirby condemns');
		expect(summit.component.getFirstPropertyValue('url')).toBe(
			'https://news.example/chronology/events/kim-putin-summit/',
		);
		expect(summit.description).toContain(
			'“Kim Jong Un traveled to Russia” https://news.example/chronology/sources/2023-10-14-euronews/#q-',
		);
	});

	test('ends every line with CRLF and folds none longer than 75 octets', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = ics.split('\r\n');
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
	});

	test('folds inside a line of multi-byte characters without splitting one', () => {
		const folded = foldLine(`DESCRIPTION:${'“Kim–Putin” '.repeat(12)}`);
		for (const line of folded.split('\r\n'))
			expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'“Kim–Putin” '.repeat(12)}`);
	});

	test('fills each folded line as far as 75 octets allow, with characters of two and four octets', () => {
		const text = `SUMMARY:${'Путин 🚢 é '.repeat(20)}`;
		const folded = foldLine(text).split('\r\n');
		expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(text);
		for (const line of folded.slice(0, -1)) {
			const octets = Buffer.byteLength(line, 'utf8');
			// Full, unless the next character (at most four octets) would not have fitted.
			expect(octets).toBeLessThanOrEqual(75);
			expect(octets).toBeGreaterThan(75 - 4);
		}
	});
});
