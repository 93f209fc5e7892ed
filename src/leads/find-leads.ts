import { eventSpan, toEdtf, type EventSpan } from '../lib/dates/index.ts';
import { locateQuote } from '../lib/locate-quote.ts';
import { findDateExpressions, type DateExpression } from './date-expressions.ts';
import type { LeadEvent, LeadSource } from './read-content.ts';

/** A date expression of a source, with the paragraph it is in. */
export interface DateLead extends Omit<DateExpression, 'index' | 'date'> {
	paragraph: number;
	/** A single date, a period with both ends, or a day inside bounds (`uncertain`: "on or before"). */
	kind: DateExpression['date']['kind'];
}

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
	/** The date expression and what it resolves to. */
	expression: string;
	edtf: string;
	/** The sentence holding the expression, verbatim, ready to quote in a citation. */
	passage: string;
	/** The event's actors, places and tags the sentence names. */
	matched: string[];
}

/** Everything a source suggests to an editor. */
export interface SourceLeads {
	source: string;
	file: string;
	published: string;
	dates: DateLead[];
	uncited: UncitedLead[];
	refinements: RefinementLead[];
}

const OPENING_WORDS = 8;

/**
 * The leads of every source against the current events. Nothing here writes: the editor decides.
 * A refinement needs three things of a sentence the event does not cite yet: a date expression
 * that falls inside the event's date and covers fewer days, and names of the event's own — its
 * actors, places or tags — that together single it out ({@link distinctiveness}).
 */
export function findLeads(sources: readonly LeadSource[], events: readonly LeadEvent[]): SourceLeads[] {
	const weigh = distinctiveness(events);
	return sources.map((source) => {
		const citedBy = new Map(events.map((event) => [event, new Set(event.cited.filter((c) => c.source === source.id).map((c) => citedParagraph(source, c)))]));
		const cited = new Set([...citedBy.values()].flatMap((paragraphs) => [...paragraphs]));
		const dates: DateLead[] = [];
		const refinements: RefinementLead[] = [];
		for (const paragraph of source.paragraphs) {
			for (const expression of findDateExpressions(paragraph.text, paragraph.written)) {
				dates.push({ paragraph: paragraph.number, text: expression.text, edtf: expression.edtf, precision: expression.precision, kind: expression.date.kind });
				const passage = sentenceAt(paragraph.text, expression.index);
				const span = eventSpan(expression.date);
				for (const event of events) {
					if (citedBy.get(event)?.has(paragraph.number)) continue;
					if (!narrowerWithin(span, eventSpan(event.date))) continue;
					const matched = terms(event).filter((term) => names(passage, term));
					if (matched.reduce((sum, term) => sum + weigh(term), 0) < 1) continue;
					refinements.push({ event: event.slug, eventDate: toEdtf(event.date), paragraph: paragraph.number, expression: expression.text, edtf: expression.edtf, passage, matched });
				}
			}
		}
		const uncited = source.paragraphs.filter((p) => !cited.has(p.number)).map((p) => ({ paragraph: p.number, opening: opening(p.text) }));
		return { source: source.id, file: source.file, published: toEdtf({ kind: 'point', date: source.published }), dates, uncited, refinements };
	});
}

/** Whether `inner` lies inside `outer` and covers fewer days: an open side covers no fixed number of days. */
function narrowerWithin(inner: EventSpan, outer: EventSpan): boolean {
	if (inner.openStart || inner.openEnd) return false;
	const outerFirst = outer.openStart ? -Infinity : outer.first;
	const outerLast = outer.openEnd ? Infinity : outer.last;
	if (inner.first < outerFirst || inner.last > outerLast) return false;
	return inner.last - inner.first < outerLast - outerFirst;
}

/** An event's own words: actors, places and tags (hyphens read as spaces), once each. */
function terms(event: LeadEvent): string[] {
	return [...new Set([...event.actors, ...event.places, ...event.tags.map((tag) => tag.replaceAll('-', ' '))])];
}

/**
 * How much naming a term singles out an event: 1/n when n events list it. "Kim Jong Un", listed by
 * one event, counts 1; "North Korea", listed by six, counts 1/6. A sentence must reach 1.
 */
function distinctiveness(events: readonly LeadEvent[]): (term: string) => number {
	const counts = new Map<string, number>();
	for (const event of events) for (const term of terms(event)) counts.set(term.toLowerCase(), (counts.get(term.toLowerCase()) ?? 0) + 1);
	return (term) => 1 / (counts.get(term.toLowerCase()) ?? 1);
}

/** Whether `text` names `term` as whole words ("North Korea" is not named by "North Korean"). */
function names(text: string, term: string): boolean {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence of `text` that holds the character at `index`, trimmed. */
function sentenceAt(text: string, index: number): string {
	for (const { segment, index: start } of sentences.segment(text)) {
		if (index >= start && index < start + segment.length) return segment.trim();
	}
	return text.trim();
}

function opening(text: string): string {
	const words = text.trim().split(/\s+/);
	return words.length <= OPENING_WORDS ? words.join(' ') : `${words.slice(0, OPENING_WORDS).join(' ')} …`;
}

/** The paragraph a citation quotes: the one it names, or the one its words are in (as the build resolves it). */
function citedParagraph(source: LeadSource, citation: LeadEvent['cited'][number]): number | undefined {
	if (citation.paragraph !== undefined) return citation.paragraph;
	const lookup = locateQuote(source.paragraphs, citation.quote);
	return lookup.status === 'found' ? lookup.place.paragraph : undefined;
}
