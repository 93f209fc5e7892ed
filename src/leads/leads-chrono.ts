import * as chrono from 'chrono-node';
import type {
	Chrono,
	ParsingComponents,
	ParsingContext,
	ParsingResult,
	Parser,
	Refiner,
} from 'chrono-node';
import { fromDayNumber, toDayNumber } from '../lib/dates/index.ts';

/** Tag of a result that means "some time up to the reference day" ("in recent weeks"). */
export const UNTIL_REFERENCE = 'leads/untilReference';

/** Tag of an ordinal day ("on the 21st") whose month comes from the paragraph or the day of writing. */
const ORDINAL_DAY = 'leads/ordinalDay';

/**
 * "In recent weeks", "over the past few days", "in the last several months": a period that ends when the
 * text was written and whose start the words do not give. Chrono has no parser for these; the
 * result carries the reference day and a tag, and the caller turns it into `[..day]`.
 */
const recentPeriodParser: Parser = {
	pattern: () =>
		/\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past\s+(?:few|several)|last\s+(?:few|several))\s+(?:days|weeks|months)\b/i,
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
		const [first, last] =
			modifier === 'last'
				? [monday - 7, monday - 1]
				: modifier === 'past'
					? [reference - 7, reference]
					: [monday, reference];
		const day = (n: number) => {
			const date = fromDayNumber(n);
			return { year: date.year, month: date.month!, day: date.day! };
		};
		return context.createParsingResult(
			match.index!,
			match[0],
			day(first),
			first === last ? undefined : day(last),
		);
	},
};

const MONTH_NAMES =
	'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/**
 * "On the 21st", "by the 3rd": a day of the month the words do not name. Chrono reads the day only
 * beside a month ("21 September", "the 21st of September"); {@link ordinalMonthRefiner} gives it its
 * month. A preposition is required, so "the 7th Fleet" or "the 21st century" stay unread.
 */
const ordinalDayParser: Parser = {
	pattern: () =>
		new RegExp(
			`(?<!(?:${MONTH_NAMES})\\.?\\s)\\b(?:on|by|until|till|since|from|before|after)\\s+the\\s+([12]?\\d|3[01])(?:st|nd|rd|th)\\b` +
				`(?!\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b)(?!\\s+(?:century|anniversary|birthday|time|round|floor|fleet|division|brigade|army|corps|congress|session|party)\\b)`,
			'i',
		),
	extract: (context: ParsingContext, match: RegExpMatchArray) => {
		const components = context.createParsingComponents();
		components.assign('day', Number(match[1]));
		components.delete('weekday');
		return context.createParsingResult(match.index!, match[0], components).addTag(ORDINAL_DAY);
	},
};

/**
 * An ordinal day's month is the month named last before it in the paragraph ("In September … on the
 * 21st", "last month, on the 21st"), else the month of writing, and then never later than the day of writing (the 21st written
 * on 14 October is 21 September).
 */
const ordinalMonthRefiner: Refiner = {
	refine: (context, results) => {
		const reference = dayNumberOf(context.createParsingComponents());
		results.forEach((result, i) => {
			if (!result.tags().has(ORDINAL_DAY)) return;
			const start = result.start as ParsingComponents;
			// A count of days ("for two weeks", "3 hours ago") names no month; "last month" does.
			const named = results
				.slice(0, i)
				.filter(
					(earlier) =>
						!earlier.tags().has('result/relativeDate') || !earlier.start.isCertain('day'),
				)
				.map((earlier) => earlier.end ?? earlier.start)
				.findLast((components) => components.isCertain('month'));
			if (named) {
				start.assign('month', named.get('month')!).assign('year', named.get('year')!);
				return;
			}
			const day = start.get('day')!;
			let month = start.get('month')!;
			let year = start.get('year')!;
			if (
				dayNumberOf({ get: (c) => (c === 'year' ? year : c === 'month' ? month : day) }) > reference
			) {
				[year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
			}
			start.imply('month', month).imply('year', year);
		});
		return results;
	},
};

/**
 * "Last month" written on 31 October is September. Chrono counts months from the day of writing and
 * lets the day overflow (31 September is 1 October), so on the 29th to the 31st it can name the month
 * after the one meant: a relative month whose day came out smaller than the day of writing is moved
 * back one month.
 */
const monthOverflowRefiner: Refiner = {
	refine: (context, results) => {
		const referenceDay = context.createParsingComponents().get('day')!;
		for (const result of results) {
			const start = result.start as ParsingComponents;
			if (
				!result.tags().has('result/relativeDate') ||
				!start.isCertain('month') ||
				start.isCertain('day')
			)
				continue;
			if (referenceDay <= 28 || start.get('day')! >= referenceDay) continue;
			const [year, month] =
				start.get('month') === 1
					? [start.get('year')! - 1, 12]
					: [start.get('year')!, start.get('month')! - 1];
			start.assign('year', year).assign('month', month);
		}
		return results;
	},
};

/** Words that open a range of two dates, and join its ends, in the languages the leads read. */
const RANGE_OPENER = /\b(?:between|zwischen|entre)(?:\s+(?:the|dem|le|l’|l'))?\s+$/i;
const RANGE_JOINER = /^\s+(?:and|und|et)(?:\s+(?:the|dem|le|l’|l'))?\s+$/i;

/**
 * Joins "between 7 September and 1 October" (and "zwischen dem 7. September und dem 1. Oktober",
 * "entre le 7 septembre et le 1er octobre") into one range. Chrono's own range refiners join
 * "7 September – 1 October" and "from … to …", but read "between A and B" as two dates.
 */
const betweenRefiner: Refiner = {
	refine: (context, results) => {
		const merged: ParsingResult[] = [];
		for (const result of results) {
			const previous = merged.at(-1);
			if (previous && !previous.end && !result.end) {
				const gap = context.text.slice(previous.index + previous.text.length, result.index);
				const opener = RANGE_OPENER.exec(context.text.slice(0, previous.index));
				if (opener && RANGE_JOINER.test(gap)) {
					const start = opener.index;
					merged[merged.length - 1] = context.createParsingResult(
						start,
						result.index + result.text.length,
						previous.start,
						result.start,
					);
					continue;
				}
			}
			merged.push(result);
		}
		return merged;
	},
};

/** Words that say which weekday or month they mean ("next Friday", "nächsten Freitag", "vendredi dernier"). */
const MODIFIER =
	/(?<![\p{L}])(?:next|this|last|past|nächste[nrms]?|letzte[nrms]?|diese[nrms]?|vergangene[nrms]?|kommende[nrms]?|prochaine?|derni[eè]re?|passée?|ce|cette)(?![\p{L}])/iu;

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
			if (result.tags().has(ORDINAL_DAY)) continue;
			const parts = result.end ? [result.start, result.end] : [result.start];
			const modified = MODIFIER.test(result.text);
			for (const components of parts)
				moveIntoPast(components as ParsingComponents, reference, modified);
			if (
				result.end &&
				!result.start.isCertain('year') &&
				dayNumberOf(result.start) > dayNumberOf(result.end)
			) {
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
	const first = components.isCertain('day')
		? dayNumberOf(components)
		: toDayNumber({
				year: components.get('year')!,
				month: components.get('month')!,
				precision: 'month',
			});
	if (first > reference) components.imply('year', components.get('year')! - 1);
}

/** The day number of a chrono result's year, month and day. */
export function dayNumberOf(components: {
	get(component: 'year' | 'month' | 'day'): number | null;
}): number {
	return (
		Date.UTC(components.get('year')!, components.get('month')! - 1, components.get('day')!) /
		86_400_000
	);
}

/** Chrono-node's own locales (2.10): each has a casual parser for its language. */
const LOCALES: Record<string, Chrono> = {
	en: chrono.casual,
	de: chrono.de.casual,
	fr: chrono.fr.casual,
	es: chrono.es.casual,
	it: chrono.it.casual,
	pt: chrono.pt.casual,
	nl: chrono.nl.casual,
	sv: chrono.sv.casual,
	fi: chrono.fi.casual,
	ru: chrono.ru.casual,
	uk: chrono.uk.casual,
	ja: chrono.ja.casual,
	zh: chrono.zh.casual,
	vi: chrono.vi.casual,
	id: chrono.id.casual,
	ar: chrono.ar.casual,
};

/** British and other day-first English ("13/10/2023"): chrono's `en.GB`. */
const DAY_FIRST_ENGLISH = /^en-(?!US\b)/i;

function configure(base: Chrono, english: boolean): Chrono {
	const parser = base.clone();
	// First, so that they win over chrono's own reading of the same words (equal lengths keep the first).
	if (english) parser.parsers.unshift(recentPeriodParser, yearParser, weekParser, ordinalDayParser);
	parser.refiners.push(monthOverflowRefiner, betweenRefiner, pastBiasRefiner, ordinalMonthRefiner);
	return parser;
}

const configured = new Map<string, Chrono>();

/** The chrono reading a language: its locale's, with our parsers and refiners. */
export interface LeadsChrono {
	chrono: Chrono;
	/** The chrono-node locale used ("de"); `en` also for a language chrono-node has no locale for. */
	locale: string;
}

/**
 * The chrono for a source's BCP 47 language: chrono-node's locale for its primary subtag when it has
 * one (`de-AT` reads as `de`), else English, whose numbers and ISO dates still read.
 */
export function chronoFor(language: string): LeadsChrono {
	const primary = language.split('-')[0]!.toLowerCase();
	const locale = primary in LOCALES ? primary : 'en';
	const key = locale === 'en' && DAY_FIRST_ENGLISH.test(language) ? 'en-GB' : locale;
	let parser = configured.get(key);
	if (!parser) {
		parser = configure(key === 'en-GB' ? chrono.en.GB : LOCALES[locale]!, locale === 'en');
		configured.set(key, parser);
	}
	return { chrono: parser, locale };
}
