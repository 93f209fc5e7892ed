import type { ParsingComponents, ParsingResult } from 'chrono-node';
import {
	lastDay,
	toEdtf,
	type CalendarDate,
	type EventDate,
	type Precision,
} from '../lib/dates/index.ts';
import { chronoFor, UNTIL_REFERENCE } from './leads-chrono.ts';

interface Found {
	/** The words as they stand in the paragraph ("last month", "between 7 September and 1 October"). */
	text: string;
	/** Where they start in the paragraph's text. */
	index: number;
}

/** A date expression found in a paragraph, resolved against the day its text was written. */
export interface ResolvedExpression extends Found {
	/** What the words say, no more precisely than they do. */
	date: EventDate;
	/** {@link date} as the EDTF an event's `date:` takes. */
	edtf: string;
	/** The coarsest precision among the date's given bounds: `month` for "last month". */
	precision: Precision;
}

/**
 * A date expression that cannot be resolved without inventing something: a weekday, "yesterday" or
 * "on the 21st" in an article dated only to its month or year ("published 2023-10"), or "two days
 * later", which counts from another event ("counted from another event").
 */
export interface UnresolvedExpression extends Found {
	unresolved: string;
}

export type DateExpression = ResolvedExpression | UnresolvedExpression;

/** Chrono's tag for "now": the moment of writing, which dates nothing a chronology records. */
const NOW_TAG = 'casualReference/now';
/** Chrono's tags for a time counted from the reference ("3 hours ago", "in 2 days"). */
const RELATIVE_TAG = 'result/relativeDate';
const RELATIVE_TIME_TAG = 'result/relativeDateAndTime';

/** Prepositions of a length of time ("for five days", "pendant cinq jours", "für zwei Wochen"). */
const DURATION = /^\s*(?:for|during|over|pendant|durant|für|während|über|durante|per)\b/iu;
/** A count of days from some other event ("two days later", "a day before the vote"). */
const COUNTED_FROM_EVENT =
	/(?:later|earlier|before|after|afterwards|plus\s+tard|auparavant|später|danach|davor|zuvor)\s*$/iu;
/** "The next day", "the following morning": the day after some other event, not after the day of writing. */
const DAY_AFTER_EVENT = /^(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)$/iu;

/**
 * What a chrono result is, before any date is drawn from it: page furniture ("3 hours ago", "at
 * 10:00"), a duration ("for five days"), a date counted from another event, or a date.
 */
function classify(result: ParsingResult, text: string): 'ignore' | 'from-event' | 'date' {
	const tags = result.tags();
	if (DAY_AFTER_EVENT.test(result.text.trim()) && /\bthe\s+$/i.test(text.slice(0, result.index)))
		return 'from-event';
	if (tags.has(NOW_TAG) || tags.has(RELATIVE_TIME_TAG)) return 'ignore';
	if (tags.has(RELATIVE_TAG) && DURATION.test(result.text)) return 'ignore';
	if (tags.has(RELATIVE_TAG) && COUNTED_FROM_EVENT.test(result.text)) return 'from-event';
	return 'date';
}

/**
 * The calendar date a chrono result's components give, at the precision the text gave:
 * `isCertain` says which components came from the words, the rest are implied by the reference.
 * A weekday fixes the day ("Friday" is one day); a time alone dates nothing.
 */
function toCalendarDate(
	components: Pick<ParsingComponents, 'get' | 'isCertain'>,
): CalendarDate | undefined {
	const year = components.get('year')!;
	const month = components.get('month')!;
	if (components.isCertain('day') || components.isCertain('weekday'))
		return { year, month, day: components.get('day')!, precision: 'day' };
	if (components.isCertain('month')) return { year, month, precision: 'month' };
	if (components.isCertain('year')) return { year, precision: 'year' };
	return undefined;
}

function toEventDate(result: ParsingResult): EventDate | undefined {
	const start = toCalendarDate(result.start);
	if (!start) return undefined;
	if (result.tags().has(UNTIL_REFERENCE)) return { kind: 'uncertain', latest: start };
	const end = result.end && toCalendarDate(result.end);
	if (!end) return { kind: 'point', date: start };
	const point: EventDate = { kind: 'point', date: start };
	if (toEdtf(point) === toEdtf({ kind: 'point', date: end })) return point;
	return { kind: 'interval', start, end };
}

const PRECISION_ORDER: Precision[] = ['year', 'month', 'day'];

function coarsest(date: EventDate): Precision {
	const bounds =
		date.kind === 'point'
			? [date.date]
			: date.kind === 'interval'
				? [date.start, date.end]
				: [date.earliest, date.latest];
	const precisions = bounds
		.filter((bound) => bound !== undefined)
		.map((bound) => PRECISION_ORDER.indexOf(bound.precision));
	return PRECISION_ORDER[Math.min(...precisions)]!;
}

/** Noon UTC of a day, read back with offset 0, so the machine's time zone never moves a day. */
function referenceOn(day: CalendarDate) {
	return { instant: new Date(Date.UTC(day.year, day.month! - 1, day.day!, 12)), timezone: 0 };
}

/** Every dated result of `text` read on `day`, keyed by where it stands. */
function readOn(
	text: string,
	day: CalendarDate,
	language: string,
): Map<string, { result: ParsingResult; kind: ReturnType<typeof classify>; date?: EventDate }> {
	const found = new Map();
	for (const result of chronoFor(language).chrono.parse(
		text,
		referenceOn(day),
	) as ParsingResult[]) {
		const kind = classify(result, text);
		if (kind === 'ignore') continue;
		const date = kind === 'date' ? toEventDate(result) : undefined;
		if (kind === 'date' && !date) continue;
		found.set(`${result.index}:${result.text}`, { result, kind, date });
	}
	return found;
}

/**
 * Every date expression in `text`, resolved against `written`, the day the text was written (the
 * article's publication date, or a quoted post's own date), and read by chrono-node's rules for
 * `language` (see {@link chronoFor}). Calendar arithmetic only.
 *
 * When `written` is a month or a year, the text is read on its first and on its last day: an
 * expression that reads the same on both ("in September", "last month", "13 September") is
 * resolved; one that does not ("on Tuesday", "yesterday", "on the 21st") needs the day of
 * writing and is listed as unresolved ("published 2023-10"), never given an invented day.
 */
export function findDateExpressions(
	text: string,
	written: CalendarDate,
	language = 'en',
): DateExpression[] {
	const first: CalendarDate = {
		year: written.year,
		month: written.month ?? 1,
		day: written.day ?? 1,
		precision: 'day',
	};
	const early = readOn(text, first, language);
	const late = written.precision === 'day' ? early : readOn(text, lastDay(written), language);
	const expressions: DateExpression[] = [];
	for (const [key, { result, kind, date }] of early) {
		// Chrono may take in the space before and the comma after the words ("on Tuesday,").
		const found = {
			text: result.text.trim().replace(/[,;:]+$/, ''),
			index: result.index + (result.text.length - result.text.trimStart().length),
		};
		if (kind === 'from-event') {
			expressions.push({ ...found, unresolved: 'counted from another event' });
			continue;
		}
		const other = late.get(key)?.date;
		if (!other || toEdtf(other) !== toEdtf(date!)) {
			expressions.push({
				...found,
				unresolved: `published ${toEdtf({ kind: 'point', date: written })}`,
			});
			continue;
		}
		expressions.push({ ...found, date: date!, edtf: toEdtf(date!), precision: coarsest(date!) });
	}
	return expressions;
}

/** Whether an expression was resolved to a date. */
export function isResolved(expression: DateExpression): expression is ResolvedExpression {
	return !('unresolved' in expression);
}
