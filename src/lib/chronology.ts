import { describeEventDate, formatCalendarDate, lastDayNumber, toIsoString, type CalendarDate, type DatePart, type EventDate, type EventDisplay, type EventSpan } from './dates/index.ts';
import { orderEvents } from './order-events.ts';

export type { DatePart, EventDate, EventDisplay, EventSpan, Precision } from './dates/index.ts';

/** One citation of an event, resolved to its source: everything a page needs to show and link it. */
export interface Citation {
	/** 1-based position within the event, as shown ("[2]"). */
	number: number;
	sourceId: string;
	publisher: string;
	sourceTitle: string;
	/** The source's publication date as a reader sees it ("13 October 2023"). */
	publishedLabel: string;
	/** The source's publication date, ISO 8601 at its own precision. */
	published: string;
	paragraph: number;
	quote: string;
	/** `sources/<id>/#p4`: relative to the site's base, no leading slash. */
	path: string;
}

/** An event as every page, the timeline and the exports use it. */
export interface ChronologyEvent {
	slug: string;
	title: string;
	/** One plain-text sentence for lists and link previews. */
	summary: string;
	date: EventDate;
	/** The date as written in the event's frontmatter (EDTF subset): "2023-09", "[..2023-10-13]". */
	edtf: string;
	/** "September 2023", "7 September – 1 October 2023", "On or before 13 October 2023". */
	dateLabel: string;
	/** The same text as `dateLabel`, split so each dated part can be a `<time datetime>`. */
	dateParts: DatePart[];
	/**
	 * Day numbers (days since 1970-01-01, UTC arithmetic) of the first and last day it may cover;
	 * openStart/openEnd when the sources give no bound on that side.
	 */
	span: EventSpan;
	/** The first day it may cover as an ISO day ("2023-09-01"); `null` when the sources give no earliest bound. */
	firstDay: string | null;
	/** The last day it may cover as an ISO day ("2023-09-30"); `null` when the sources give no latest bound. */
	lastDay: string | null;
	/**
	 * 'point': one known day; 'range': a known interval of days; 'imprecise': month or year only,
	 * or an uncertain "on or before"/"between" — drawn as a faded band, never as a false exact day.
	 */
	display: EventDisplay;
	actors: string[];
	places: string[];
	tags: string[];
	/** Who asserts it, to follow "According to …": "the White House". */
	attribution?: string;
	/** "US intelligence; not independently confirmed". */
	attributionNote?: string;
	citations: Citation[];
	/** Distinct publishers among the citations. */
	independentSources: number;
	/** Slugs of the neighbouring events in chronological order. */
	prev?: string;
	next?: string;
}

/** An event that cites a paragraph, for the backlinks on a source page. */
export interface Backlink {
	slug: string;
	title: string;
	/** Which of the event's citations points at the paragraph. */
	citation: number;
}

/** The whole chronology, computed once per build. */
export interface Chronology {
	/** In chronological order: see `compareEvents` in order-events.ts. */
	events: ChronologyEvent[];
	bySlug: Map<string, ChronologyEvent>;
	/** Backlinks: source id → paragraph number → events citing it, in chronological order. */
	citedBy: Map<string, Map<number, Backlink[]>>;
	/** Day numbers covering every event, for drawing. */
	extent: { first: number; last: number };
	/** ISO date of the newest source or event change, for "last updated". */
	updated: string;
}

/** An event as written, with its citations naming their sources by id. */
export interface EventInput {
	slug: string;
	title: string;
	summary: string;
	date: EventDate;
	actors: readonly string[];
	places: readonly string[];
	tags: readonly string[];
	attribution?: string | undefined;
	attributionNote?: string | undefined;
	/** The day an editor last changed the event, when recorded. */
	updated?: CalendarDate | undefined;
	citations: readonly { sourceId: string; paragraph: number; quote: string }[];
}

/** What the chronology needs to know of a source. */
export interface SourceInput {
	id: string;
	title: string;
	publisher: string;
	published: CalendarDate;
}

/** `sources/<id>/#p<n>`, relative to the site's base. */
export function citationPath(sourceId: string, paragraph: number): string {
	return `sources/${sourceId}/#p${paragraph}`;
}

/**
 * The chronology model from plain data: events resolved against their sources, labelled, ordered,
 * linked to their neighbours, and indexed for backlinks. Citations are assumed verified (the events
 * loader fails the build first); a citation of an unknown source is a programming error here.
 */
export function buildChronology({ events, sources }: { events: readonly EventInput[]; sources: readonly SourceInput[] }): Chronology {
	const sourcesById = new Map(sources.map((source) => [source.id, source]));
	const ordered = orderEvents(
		events.map((input) => {
			const described = describeEventDate(input.date);
			return { input, slug: input.slug, span: described.span, described };
		}),
	);

	const chronologyEvents = ordered.map(({ input, described }, index): ChronologyEvent => {
		const citations = input.citations.map((citation, citationIndex): Citation => {
			const source = sourcesById.get(citation.sourceId);
			if (!source) throw new Error(`Event "${input.slug}" cites source "${citation.sourceId}", which is not among the sources given.`);
			return {
				number: citationIndex + 1,
				sourceId: source.id,
				publisher: source.publisher,
				sourceTitle: source.title,
				publishedLabel: formatCalendarDate(source.published),
				published: toIsoString(source.published),
				paragraph: citation.paragraph,
				quote: citation.quote,
				path: citationPath(source.id, citation.paragraph),
			};
		});
		const event: ChronologyEvent = {
			slug: input.slug,
			title: input.title,
			summary: input.summary,
			date: input.date,
			edtf: described.edtf,
			dateLabel: described.label,
			dateParts: described.parts,
			span: described.span,
			firstDay: described.firstDay,
			lastDay: described.lastDay,
			display: described.display,
			actors: [...input.actors],
			places: [...input.places],
			tags: [...input.tags],
			citations,
			independentSources: new Set(citations.map((citation) => citation.publisher)).size,
		};
		if (input.attribution !== undefined) event.attribution = input.attribution;
		if (input.attributionNote !== undefined) event.attributionNote = input.attributionNote;
		const prev = ordered[index - 1];
		const next = ordered[index + 1];
		if (prev) event.prev = prev.slug;
		if (next) event.next = next.slug;
		return event;
	});

	const citedBy = new Map<string, Map<number, Backlink[]>>();
	for (const event of chronologyEvents) {
		for (const citation of event.citations) {
			let byParagraph = citedBy.get(citation.sourceId);
			if (!byParagraph) citedBy.set(citation.sourceId, (byParagraph = new Map()));
			let backlinks = byParagraph.get(citation.paragraph);
			if (!backlinks) byParagraph.set(citation.paragraph, (backlinks = []));
			backlinks.push({ slug: event.slug, title: event.title, citation: citation.number });
		}
	}

	return {
		events: chronologyEvents,
		bySlug: new Map(chronologyEvents.map((event) => [event.slug, event])),
		citedBy,
		extent: extentOf(chronologyEvents),
		updated: newestDate([...sources.map((source) => source.published), ...events.flatMap((event) => (event.updated ? [event.updated] : []))]),
	};
}

/** The days covering every event; a chronology without events covers the single day 0. */
function extentOf(events: readonly ChronologyEvent[]): { first: number; last: number } {
	if (events.length === 0) return { first: 0, last: 0 };
	return { first: Math.min(...events.map((event) => event.span.first)), last: Math.max(...events.map((event) => event.span.last)) };
}

/** The newest of some dates, by their last day, as ISO text at its own precision. */
function newestDate(dates: readonly CalendarDate[]): string {
	let newest: CalendarDate | undefined;
	for (const date of dates) {
		if (!newest || lastDayNumber(date) > lastDayNumber(newest)) newest = date;
	}
	if (!newest) throw new Error('The chronology has no source and no event date to call its last update.');
	return toIsoString(newest);
}
