import { casual, type Chrono, type ParsingComponents, type ParsingContext, type ParsingResult, type Parser, type Refiner } from 'chrono-node';
import { fromDayNumber, toDayNumber, toEdtf, type CalendarDate, type EventDate, type Precision } from '../lib/dates/index.ts';

/** A date expression found in a paragraph, resolved against the day its text was written. */
export interface DateExpression {
	/** The words as they stand in the paragraph ("last month", "between 7 September and 1 October"). */
	text: string;
	/** Where they start in the paragraph's text. */
	index: number;
	/** What they say, no more precisely than the words do. */
	date: EventDate;
	/** {@link date} as the EDTF an event's `date:` takes. */
	edtf: string;
	/** The coarsest precision among the date's given bounds: `month` for "last month". */
	precision: Precision;
}

/** Tag of a result that means "some time up to the reference day" ("in recent weeks"). */
const UNTIL_REFERENCE = 'leads/untilReference';

/**
 * "In recent weeks", "over the past few days", "in the last several months": a period that ends when the
 * text was written and whose start the words do not give. Chrono has no parser for these; the
 * result carries the reference day and a tag, and {@link toEventDate} turns it into `[..day]`.
 */
const recentPeriodParser: Parser = {
	pattern: () => /\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past\s+(?:few|several)|last\s+(?:few|several))\s+(?:days|weeks|months)\b/i,
	extract: (context: ParsingContext) => {
		const reference = context.createParsingComponents();
		const components = context.createParsingComponents({
			year: reference.get('year')!,
			month: reference.get('month')!,
			day: reference.get('day')!,
		});
		return components.addTag(UNTIL_REFERENCE);
	},
};

/** "In 2022": a year alone, which casual chrono leaves unread. */
const yearParser: Parser = {
	pattern: () => /\b(?:in|since|during)\s+((?:19|20)\d{2})\b(?![-/]\d)/i,
	extract: (context: ParsingContext, match: RegExpMatchArray) => {
		const year = Number(match[1]);
		// The preposition stays in the text: chrono drops a result whose text is a bare number.
		return context.createParsingResult(match.index!, match[0], { year });
	},
};

/**
 * "Last week", "this week" and "the past week": Monday to Sunday of the week before the reference
 * day's; Monday of the reference day's week to that day; the seven days before that day to it.
 * Chrono reads them as one day a week away, which would claim a precision the words do not have.
 */
const weekParser: Parser = {
	pattern: () => /\b(last|this|past)\s+week\b/i,
	extract: (context: ParsingContext, match: RegExpMatchArray) => {
		const reference = dayNumberOf(context.createParsingComponents());
		// Day 0 (1 January 1970) was a Thursday: (n + 3) mod 7 is 0 on Mondays.
		const monday = reference - ((((reference + 3) % 7) + 7) % 7);
		const modifier = match[1]!.toLowerCase();
		const [first, last] = modifier === 'last' ? [monday - 7, monday - 1] : modifier === 'past' ? [reference - 7, reference] : [monday, reference];
		const day = (n: number) => {
			const date = fromDayNumber(n);
			return { year: date.year, month: date.month!, day: date.day! };
		};
		return context.createParsingResult(match.index!, match[0], day(first), first === last ? undefined : day(last));
	},
};

/**
 * Joins "between 7 September and 1 October" into one range. Chrono's own range refiners join
 * "7 September – 1 October" and "from … to …", but read "between A and B" as two dates.
 */
const betweenRefiner: Refiner = {
	refine: (context, results) => {
		const merged: ParsingResult[] = [];
		for (const result of results) {
			const previous = merged.at(-1);
			if (previous && !previous.end && !result.end) {
				const gap = context.text.slice(previous.index + previous.text.length, result.index);
				const before = context.text.slice(0, previous.index);
				const opener = /\bbetween\s+$/i.exec(before);
				if (opener && /^\s+and\s+$/i.test(gap)) {
					const start = opener.index;
					merged[merged.length - 1] = context.createParsingResult(start, result.index + result.text.length, previous.start, result.start);
					continue;
				}
			}
			merged.push(result);
		}
		return merged;
	},
};

/** Chrono's tag for "now": the moment of writing, which dates nothing a chronology records. */
const NOW_TAG = 'casualReference/now';

/**
 * News is written about the past: a bare weekday, or a month or day without its year, is the
 * latest such day on or before the reference day. Chrono picks the nearest one, which may lie
 * ahead. Only what the text did not give (`isCertain` false) is moved; words that place a date
 * themselves ("next Friday", "tomorrow", "in two weeks") keep chrono's reading.
 */
const pastBiasRefiner: Refiner = {
	refine: (context, results) => {
		const reference = dayNumberOf(context.createParsingComponents());
		for (const result of results) {
			const parts = result.end ? [result.start, result.end] : [result.start];
			// "Next Friday", "this Friday", "last Friday" say which one they mean; chrono reads them so.
			const modified = /\b(?:next|this|last|past)\b/i.test(result.text);
			for (const components of parts) moveIntoPast(components as ParsingComponents, reference, modified);
			if (result.end && !result.start.isCertain('year') && dayNumberOf(result.start) > dayNumberOf(result.end)) {
				(result.start as ParsingComponents).imply('year', result.start.get('year')! - 1);
			}
		}
		return results;
	},
};

function moveIntoPast(components: ParsingComponents, reference: number, modified: boolean): void {
	if (components.isCertain('year')) return;
	if (components.isCertain('weekday') && !components.isCertain('day')) {
		if (modified) return;
		let day = dayNumberOf(components);
		while (day > reference) day -= 7;
		const date = fromDayNumber(day);
		components.imply('year', date.year).imply('month', date.month!).imply('day', date.day!);
		return;
	}
	if (!components.isCertain('month')) return;
	// A month alone starts on its first day: "in October" written on 13 October is this October.
	const first = components.isCertain('day') ? dayNumberOf(components) : toDayNumber({ year: components.get('year')!, month: components.get('month')!, precision: 'month' });
	if (first > reference) components.imply('year', components.get('year')! - 1);
}

function dayNumberOf(components: { get(component: 'year' | 'month' | 'day'): number | null }): number {
	return Date.UTC(components.get('year')!, components.get('month')! - 1, components.get('day')!) / 86_400_000;
}

/** English casual chrono with the parsers and refiners above; past bias runs last, on the merged ranges. */
function leadsChrono(): Chrono {
	const chrono = casual.clone();
	// First, so that they win over chrono's own reading of the same words (equal lengths keep the first).
	chrono.parsers.unshift(recentPeriodParser, yearParser, weekParser);
	chrono.refiners.push(betweenRefiner, pastBiasRefiner);
	return chrono;
}

const chrono = leadsChrono();

/**
 * The calendar date a chrono result's components give, at the precision the text gave:
 * `isCertain` says which components came from the words, the rest are implied by the reference.
 * A weekday fixes the day ("Friday" is one day); a time alone dates nothing.
 */
function toCalendarDate(components: Pick<ParsingComponents, 'get' | 'isCertain'>): CalendarDate | undefined {
	const year = components.get('year')!;
	const month = components.get('month')!;
	if (components.isCertain('day') || components.isCertain('weekday')) return { year, month, day: components.get('day')!, precision: 'day' };
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
	const bounds = date.kind === 'point' ? [date.date] : date.kind === 'interval' ? [date.start, date.end] : [date.earliest, date.latest];
	const precisions = bounds.filter((bound) => bound !== undefined).map((bound) => PRECISION_ORDER.indexOf(bound.precision));
	return PRECISION_ORDER[Math.min(...precisions)]!;
}

/**
 * Every date expression in `text`, resolved against `written`, the day the text was written (the
 * article's publication date, or a quoted post's own date). Calendar arithmetic only: the
 * reference is noon UTC of that day, read back with offset 0, so the machine's time zone never
 * moves a day.
 */
export function findDateExpressions(text: string, written: CalendarDate): DateExpression[] {
	const reference = { instant: new Date(Date.UTC(written.year, (written.month ?? 1) - 1, written.day ?? 1, 12)), timezone: 0 };
	const expressions: DateExpression[] = [];
	for (const result of chrono.parse(text, reference) as ParsingResult[]) {
		if (result.tags().has(NOW_TAG)) continue;
		const date = toEventDate(result);
		if (!date) continue;
		expressions.push({ text: result.text, index: result.index, date, edtf: toEdtf(date), precision: coarsest(date) });
	}
	return expressions;
}
