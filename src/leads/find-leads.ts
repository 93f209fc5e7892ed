import { eventSpan, toEdtf, type EventDate, type EventSpan } from '../lib/dates/index.ts';
import { locateQuote } from '../lib/locate-quote.ts';
import { findDateExpressions, isResolved, type ResolvedExpression } from './date-expressions.ts';
import { chronoFor } from './leads-chrono.ts';
import { eventMatcher, score, type Match } from './match-event.ts';
import type { LeadEvent, LeadSource } from './read-content.ts';
import { clauseAround, sentenceAt } from './sentences.ts';

/** A date expression of a source, with the paragraph it is in: resolved, or saying why not. */
export type DateLead =
	| {
			paragraph: number;
			text: string;
			edtf: string;
			precision: ResolvedExpression['precision'];
			/** A single date, a period with both ends, or a day inside bounds (`uncertain`: "on or before"). */
			kind: EventDate['kind'];
	  }
	| {
			paragraph: number;
			text: string;
			/** Why no date is given: "published 2023-10" (the words need the day of writing), "counted from another event". */
			unresolved: string;
	  };

/** A paragraph no event cites yet. */
export interface UncitedLead {
	paragraph: number;
	/** Its first words, to find it on the page. */
	opening: string;
}

/** A passage that may date an existing event more precisely than the event's `date:` does. */
export interface RefinementLead {
	/** The event's slug: `content/events/<event>.mdx`. */
	event: string;
	/** The event's date now, in EDTF. */
	eventDate: string;
	paragraph: number;
	/** The date expression and the date it proposes for the event. */
	expression: string;
	edtf: string;
	/**
	 * `departure` when the words date a departure ("left for Russia on 10 September"): the event, if
	 * it is that journey, happened on or after that day, so the lead proposes no more than that.
	 */
	reading: 'date' | 'departure';
	/** The sentence holding the expression, verbatim, ready to quote in a citation. */
	passage: string;
	/** Why: the event's terms the clause of the date names, each with its weight, heaviest first. */
	matched: Match[];
	/** The weights' sum (at least 1); leads are ranked by it. */
	score: number;
}

/** Everything a source suggests to an editor. */
export interface SourceLeads {
	source: string;
	file: string;
	published: string;
	language: string;
	/** The chrono-node locale its dates were read with ("en" also when chrono-node has none for its language). */
	locale: string;
	dates: DateLead[];
	uncited: UncitedLead[];
	refinements: RefinementLead[];
}

const OPENING_WORDS = 8;

/**
 * A verb of leaving: "left (Pyongyang) for Russia", "departed", "set off", "headed for"; in German
 * "reiste ab", "abgereist", in French "est parti", "a quitté". Not "left-wing", "headed by".
 */
const DEPARTURE =
	/(?<![\p{L}])(?:left(?!-)|leaves?|leaving|departed|departs?|departing|set(?:s|ting)?\s+(?:off|out)|head(?:ed|s)\s+(?:for|to|back)|fl(?:ew|ies)\s+to|reiste\s+\p{L}*\s*ab|abgereist|(?:est|sont)\s+partie?s?|quitté)(?![\p{L}])/iu;

/**
 * Whether the date in `clause` at `[at, at + length)` dates a departure: a verb of leaving before it in
 * its clause ("Kim left for Russia on 10 September"), or just after it when it opens the clause ("On
 * 10 September Kim Jong Un left Pyongyang").
 */
function datesDeparture(clause: string, at: number, length: number): boolean {
	const before = clause.slice(0, at);
	if (DEPARTURE.test(before)) return true;
	const after = clause
		.slice(at + length)
		.trim()
		.split(/\s+/)
		.slice(0, 6)
		.join(' ');
	return before.trim().split(/\s+/).filter(Boolean).length <= 1 && DEPARTURE.test(after);
}

/**
 * The leads of every source against the current events. Nothing here writes: the editor decides.
 * A refinement needs three things of a sentence the event does not cite yet: a date expression
 * that falls inside the event's date and covers fewer days; in the clause holding that date, terms
 * of the event weighing at least 1 together ({@link eventMatcher}); and, for a departure, an event
 * date the departure narrows. Refinements are ranked by weight, heaviest first.
 */
export function findLeads(
	sources: readonly LeadSource[],
	events: readonly LeadEvent[],
): SourceLeads[] {
	const match = eventMatcher(events);
	return sources.map((source) => {
		const citedBy = new Map(
			events.map((event) => [
				event,
				new Set(
					event.cited.filter((c) => c.source === source.id).map((c) => citedParagraph(source, c)),
				),
			]),
		);
		const cited = new Set([...citedBy.values()].flatMap((paragraphs) => [...paragraphs]));
		const dates: DateLead[] = [];
		const refinements: RefinementLead[] = [];
		for (const paragraph of source.paragraphs) {
			for (const expression of findDateExpressions(
				paragraph.text,
				paragraph.written,
				source.language,
			)) {
				if (!isResolved(expression)) {
					dates.push({
						paragraph: paragraph.number,
						text: expression.text,
						unresolved: expression.unresolved,
					});
					continue;
				}
				dates.push({
					paragraph: paragraph.number,
					text: expression.text,
					edtf: expression.edtf,
					precision: expression.precision,
					kind: expression.date.kind,
				});
				const passage = sentenceAt(
					paragraph.text,
					expression.index,
					source.language,
					expression.text.length,
				);
				const at = passage.indexOf(expression.text);
				const clause = at === -1 ? passage : clauseAround(passage, at, at + expression.text.length);
				const departure =
					at !== -1 &&
					datesDeparture(clause, clause.indexOf(expression.text), expression.text.length);
				for (const event of events) {
					if (citedBy.get(event)?.has(paragraph.number)) continue;
					const proposed = departure ? onOrAfter(expression.date, event.date) : expression.date;
					if (!proposed || !narrowerWithin(eventSpan(proposed), eventSpan(event.date))) continue;
					const matched = match(clause, event);
					if (score(matched) < 1) continue;
					refinements.push({
						event: event.slug,
						eventDate: toEdtf(event.date),
						paragraph: paragraph.number,
						expression: expression.text,
						edtf: toEdtf(proposed),
						reading: departure ? 'departure' : 'date',
						passage,
						matched,
						score: Math.round(score(matched) * 100) / 100,
					});
				}
			}
		}
		refinements.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph);
		const uncited = source.paragraphs
			.filter((p) => !cited.has(p.number))
			.map((p) => ({ paragraph: p.number, opening: opening(p.text) }));
		return {
			source: source.id,
			file: source.file,
			published: toEdtf({ kind: 'point', date: source.published }),
			language: source.language,
			locale: chronoFor(source.language).locale,
			dates,
			uncited,
			refinements,
		};
	});
}

/** "On or after" a departure, up to the last bound of an event dated to one day: `[2023-09-10..2023-09]`. */
function onOrAfter(departure: EventDate, event: EventDate): EventDate | undefined {
	// A period's own first day is known: a departure inside it says nothing about one day of it.
	if (departure.kind !== 'point' || event.kind === 'interval') return undefined;
	const latest = event.kind === 'point' ? event.date : event.latest;
	return latest ? { kind: 'uncertain', earliest: departure.date, latest } : undefined;
}

/** Whether `inner` lies inside `outer` and covers fewer days: an open side covers no fixed number of days. */
function narrowerWithin(inner: EventSpan, outer: EventSpan): boolean {
	if (inner.openStart || inner.openEnd) return false;
	const outerFirst = outer.openStart ? -Infinity : outer.first;
	const outerLast = outer.openEnd ? Infinity : outer.last;
	if (inner.first < outerFirst || inner.last > outerLast) return false;
	return inner.last - inner.first < outerLast - outerFirst;
}

function opening(text: string): string {
	const words = text.trim().split(/\s+/);
	return words.length <= OPENING_WORDS
		? words.join(' ')
		: `${words.slice(0, OPENING_WORDS).join(' ')} …`;
}

/** The paragraph a citation quotes: the one it names, or the one its words are in (as the build resolves it). */
function citedParagraph(
	source: LeadSource,
	citation: LeadEvent['cited'][number],
): number | undefined {
	if (citation.paragraph !== undefined) return citation.paragraph;
	const lookup = locateQuote(source.paragraphs, citation.quote);
	return lookup.status === 'found' ? lookup.place.paragraph : undefined;
}
