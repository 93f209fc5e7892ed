import { parseCalendarDate, toIsoString, type CalendarDate } from './calendar-date.ts';
import { lastDayNumber, toDayNumber } from './day-number.ts';

/**
 * When an event happened, as precisely as its sources say and no more. Written in frontmatter in
 * a subset of EDTF (ISO 8601-2):
 * - `point`: one calendar date at its own precision — `"2023-10-13"`, `"2023-09"`, `"2023"`;
 * - `interval`: a known period — `"2023-09-07/2023-10-01"`;
 * - `uncertain`: one day the sources do not give, inside bounds they do give — `"[..2023-10-13]"`
 *   (on or before), `"[2023-09..]"` (on or after), `"[2023-09..2023-10-12]"` (some day between).
 */
export type EventDate =
	| { kind: 'point'; date: CalendarDate }
	| { kind: 'interval'; start: CalendarDate; end: CalendarDate }
	| { kind: 'uncertain'; earliest?: CalendarDate; latest?: CalendarDate };

const FORMS =
	'"2023-10-13", "2023-09", "2023", "2023-09-07/2023-10-01", "[..2023-10-13]", "[2023-09..]" or "[2023-09..2023-10-12]"';
const BOUNDS_PATTERN = /^\[([^.[\]]*)\.\.([^.[\]]*)\]$/;

function parsePart(text: string, whole: string, role: string): CalendarDate | { error: string } {
	const parsed = parseCalendarDate(text);
	if ('error' in parsed) return { error: `"${whole}": its ${role} ${parsed.error}` };
	return parsed;
}

/** Whether `start` begins after `end` has ended: such a period cannot exist. */
function startsAfterEnd(start: CalendarDate, end: CalendarDate): boolean {
	return toDayNumber(start) > lastDayNumber(end);
}

/**
 * Reads an event date written in the EDTF subset above, refusing anything else: impossible
 * calendar dates, a period whose start is after its end, a period of one date, unbounded brackets.
 * @returns the date, or a sentence saying what is wrong and which forms are accepted.
 */
export function parseEventDate(text: string): EventDate | { error: string } {
	const bounds = BOUNDS_PATTERN.exec(text);
	if (bounds) {
		const [, earliestText = '', latestText = ''] = bounds;
		if (earliestText === '' && latestText === '') {
			return {
				error: `"${text}" gives no bound: write "[..YYYY-MM-DD]" (on or before), "[YYYY-MM-DD..]" (on or after) or both`,
			};
		}
		const date: { kind: 'uncertain'; earliest?: CalendarDate; latest?: CalendarDate } = {
			kind: 'uncertain',
		};
		if (earliestText !== '') {
			const earliest = parsePart(earliestText, text, 'earliest bound');
			if ('error' in earliest) return earliest;
			date.earliest = earliest;
		}
		if (latestText !== '') {
			const latest = parsePart(latestText, text, 'latest bound');
			if ('error' in latest) return latest;
			date.latest = latest;
		}
		if (date.earliest && date.latest) {
			if (earliestText === latestText)
				return {
					error: `"${text}" has the same date on both sides: write it as the single date "${earliestText}"`,
				};
			if (startsAfterEnd(date.earliest, date.latest)) {
				return {
					error: `"${text}" is impossible: its earliest bound ${earliestText} is after its latest bound ${latestText}`,
				};
			}
		}
		return date;
	}
	const slash = text.indexOf('/');
	if (slash !== -1) {
		const startText = text.slice(0, slash);
		const endText = text.slice(slash + 1);
		if (startText === '' || endText === '' || endText.includes('/')) {
			return {
				error: `"${text}" is not an interval of the form START/END, such as "2023-09-07/2023-10-01"; for an open side use "[..END]" or "[START..]"`,
			};
		}
		const start = parsePart(startText, text, 'start');
		if ('error' in start) return start;
		const end = parsePart(endText, text, 'end');
		if ('error' in end) return end;
		if (startText === endText)
			return {
				error: `"${text}" starts and ends on the same date: write it as the single date "${startText}"`,
			};
		if (startsAfterEnd(start, end))
			return {
				error: `"${text}" is impossible: its start ${startText} is after its end ${endText}`,
			};
		return { kind: 'interval', start, end };
	}
	const date = parseCalendarDate(text);
	if ('error' in date) return { error: `${date.error}; an event date is written ${FORMS}` };
	return { kind: 'point', date };
}

/** The date in the EDTF subset that {@link parseEventDate} reads: `toEdtf(parseEventDate(s)) === s`. */
export function toEdtf(date: EventDate): string {
	switch (date.kind) {
		case 'point':
			return toIsoString(date.date);
		case 'interval':
			return `${toIsoString(date.start)}/${toIsoString(date.end)}`;
		case 'uncertain':
			return `[${date.earliest ? toIsoString(date.earliest) : ''}..${date.latest ? toIsoString(date.latest) : ''}]`;
	}
}
