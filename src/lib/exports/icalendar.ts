import type { Chronology, ChronologyEvent } from '../chronology.ts';
import { dayNumberToIso, parseCalendarDate, toDayNumber } from '../dates/index.ts';

/** RFC 5545 ends every content line with CRLF. */
const CRLF = '\r\n';
/** RFC 5545 §3.1: lines longer than 75 octets are folded. */
const LINE_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma, and line breaks as `\n`.
 */
export function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character: each
 * continuation line starts with one space, which counts toward its 75.
 */
export function foldLine(line: string): string {
	// Most lines are short: no character can take more than 4 octets.
	if (line.length * 4 <= LINE_OCTETS) return line;
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = utf8Octets(character.codePointAt(0)!);
		if (octets + size > LINE_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += character;
		octets += size;
	}
	lines.push(current);
	return lines.join(CRLF);
}

/** How many octets UTF-8 takes for a code point (RFC 3629 §3), without encoding it. */
function utf8Octets(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** `20230913`: an iCalendar DATE from a day number. */
function dateValue(dayNumber: number): string {
	return dayNumberToIso(dayNumber).replaceAll('-', '');
}

/**
 * The days an event occupies on a calendar, as all-day DATE values with the exclusive DTEND RFC
 * 5545 asks for (§3.6.1: the day after the last). A day is that day; a period, a month or a year
 * covers all its days. An event with only one bound ("on or before 13 October") covers that bound
 * alone, and its summary says "on or before": a calendar cannot draw an open side.
 */
function calendarDays({ span }: ChronologyEvent): {
	start: number;
	end: number;
	openSide: boolean;
} {
	// An open side's span is its known bound's days (see eventSpan).
	return { start: span.first, end: span.last + 1, openSide: span.openStart || span.openEnd };
}

/** `DTSTAMP`: midnight UTC of the event's last change, so the file is the same until the event changes. */
function stamp(iso: string): string {
	const day = parseCalendarDate(iso);
	if ('error' in day) throw new Error(`Not a calendar date: ${iso} (${day.error})`);
	return `${dateValue(toDayNumber(day))}T000000Z`;
}

/** What a reader sees in the calendar's title: the title, and the date's words unless it is exact. */
function summary(event: ChronologyEvent, openSide: boolean): string {
	return event.display === 'imprecise' || openSide
		? `${event.title} (${event.dateLabel})`
		: event.title;
}

function description(event: ChronologyEvent, absolute: (path: string) => string): string {
	const lines = [`Date: ${event.dateLabel}.`, event.summary];
	if (event.attribution) lines.push(`According to ${event.attribution}.`);
	lines.push(event.corroboration.label);
	for (const citation of event.citations) {
		lines.push(
			`[${citation.number}] ${citation.publisher}, ${citation.publishedLabel}: “${citation.quote}” ${absolute(citation.href)}`,
		);
	}
	return lines.join('\n');
}

/**
 * The chronology as an iCalendar file (RFC 5545) for calendar applications: one all-day VEVENT per
 * event, in the chronology's order, with a UID that never changes (`<slug>@<host>`), its page as
 * URL, its date label in the description and, when the date is a month, a year, a span of days or
 * open on one side, in the summary too, so no calendar passes a month off as its first day.
 * @param absolute turns a path under the base (an `href` of the model) into an absolute URL (`routes.canonical`).
 */
export function chronologyCalendar(
	chronology: Pick<Chronology, 'events'>,
	meta: { title: string; description: string; host: string },
	absolute: (path: string) => string,
): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${escapeText(meta.title)}//Chronology//EN`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(meta.title)}`,
		`X-WR-CALDESC:${escapeText(meta.description)}`,
	];
	for (const event of chronology.events) {
		const { start, end, openSide } = calendarDays(event);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.slug}@${meta.host}`,
			`DTSTAMP:${stamp(event.updated.iso)}`,
			`DTSTART;VALUE=DATE:${dateValue(start)}`,
			`DTEND;VALUE=DATE:${dateValue(end)}`,
			`SUMMARY:${escapeText(summary(event, openSide))}`,
			`DESCRIPTION:${escapeText(description(event, absolute))}`,
			`URL:${absolute(event.href)}`,
			...(event.tags.length > 0 ? [`CATEGORIES:${event.tags.map(escapeText).join(',')}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join(CRLF) + CRLF;
}
