import type { EventData } from '../schemas/event.ts';
import type { SourceData } from '../schemas/source.ts';
import { describeEventDate, formatCalendarDate, lastDayNumber, toDayNumber, toIsoString, type CalendarDate, type DatePart, type EventDate, type EventDisplay, type EventSpan } from './dates/index.ts';
import { orderEvents } from './order-events.ts';
import { paragraphFragment, type Routes } from './routes.ts';

export type { DatePart, EventDate, EventDisplay, EventSpan, Precision } from './dates/index.ts';

/** An event as the events collection gives it: its id (the slug) and its frontmatter as the schema parsed it. */
export interface EventEntry {
	id: string;
	data: EventData;
}

/** A source as the sources collection gives it: its id and its frontmatter as the schema parsed it. */
export interface SourceEntry {
	id: string;
	data: SourceData;
}

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
	/** The cited paragraph on its source's page, under the base: `/sources/<id>/#p4`. */
	href: string;
}

/** A link to another event, with what a reader needs to choose it: the event pages' previous and next. */
export interface EventLink {
	slug: string;
	title: string;
	dateLabel: string;
	/** The event's own page, under the base. */
	href: string;
}

/** An event as every page, the timeline and the exports use it. */
export interface ChronologyEvent<Entry extends EventEntry = EventEntry> {
	slug: string;
	/** The collection entry, so a page renders the event's text (`render(event.entry)`) without looking it up again. */
	entry: Entry;
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
	/** The event's own page, under the base. */
	href: string;
	/** The event in its place in the chronology, under the base: `/#<slug>`. */
	chronologyHref: string;
	/** The neighbouring events in chronological order; absent at the ends. */
	prev?: EventLink;
	next?: EventLink;
}

/** An event citing a paragraph, for the backlinks on a source page. */
export interface Backlink {
	slug: string;
	title: string;
	/** The event in its place in the chronology, under the base. */
	href: string;
	/** Which of the event's citations point at the paragraph: an event may quote one paragraph twice. */
	citations: number[];
}

/** A cited paragraph of a source and the events citing it, each once, in chronological order. */
export interface CitedParagraph {
	paragraph: number;
	/** The paragraph's anchor on its own source's page: `#p5`. */
	fragment: string;
	events: Backlink[];
}

/** A source as the source pages and the sources list show it. */
export interface ChronologySource<Entry extends SourceEntry = SourceEntry> {
	id: string;
	/** The collection entry, so a page renders the article (`render(source.entry)`) without looking it up again. */
	entry: Entry;
	title: string;
	publisher: string;
	/** The publication date, ISO 8601 at the source's own precision. */
	published: string;
	/** The publication date as a reader sees it: "13 October 2023". */
	publishedLabel: string;
	/** The source's page, under the base. */
	href: string;
	/** How many events cite it, each counted once however many of its paragraphs it cites. */
	citingEvents: number;
	/** Its cited paragraphs, in reading order. */
	citedParagraphs: CitedParagraph[];
}

/** The whole chronology, computed once per build. */
export interface Chronology<Event extends EventEntry = EventEntry, Source extends SourceEntry = SourceEntry> {
	/** In chronological order: see `compareEvents` in order-events.ts. */
	events: ChronologyEvent<Event>[];
	bySlug: Map<string, ChronologyEvent<Event>>;
	/** Every source, oldest publication first, then by id. */
	sources: ChronologySource<Source>[];
	/** Day numbers covering every event, for drawing. */
	extent: { first: number; last: number };
	/**
	 * "Last updated": the newest of the days content changed (given), the sources' corrections and
	 * their publication dates; ISO at its own precision, and as a reader sees it.
	 */
	updated: { iso: string; label: string };
}

/**
 * The chronology model from the collections' entries: events resolved against their sources,
 * labelled, ordered and linked to their neighbours, and sources listed with the events citing each
 * paragraph. Every `href` comes from `routes`. Citations are assumed verified (the events loader
 * fails the build first); a citation of an unknown source is a programming error here.
 */
export function buildChronology<Event extends EventEntry, Source extends SourceEntry>({
	events,
	sources,
	routes,
	changed = [],
}: {
	events: readonly Event[];
	sources: readonly Source[];
	routes: Routes;
	/** The days the content files last changed (src/data/content-dates.ts reads them from git). */
	changed?: readonly CalendarDate[];
}): Chronology<Event, Source> {
	const sourcesById = new Map(sources.map((source) => [source.id, source]));
	const ordered = orderEvents(
		events.map((entry) => {
			const described = describeEventDate(entry.data.date);
			return { entry, slug: entry.id, span: described.span, described };
		}),
	);

	const chronologyEvents = ordered.map(({ entry, described }): ChronologyEvent<Event> => {
		const { data } = entry;
		const citations = data.citations.map((citation, index): Citation => {
			const source = sourcesById.get(citation.source.id);
			if (!source) throw new Error(`Event "${entry.id}" cites source "${citation.source.id}", which is not among the sources given.`);
			return {
				number: index + 1,
				sourceId: source.id,
				publisher: source.data.publisher,
				sourceTitle: source.data.title,
				publishedLabel: formatCalendarDate(source.data.published),
				published: toIsoString(source.data.published),
				paragraph: citation.paragraph,
				quote: citation.quote,
				href: routes.paragraph(source.id, citation.paragraph),
			};
		});
		const event: ChronologyEvent<Event> = {
			slug: entry.id,
			entry,
			title: data.title,
			summary: data.summary,
			date: data.date,
			edtf: described.edtf,
			dateLabel: described.label,
			dateParts: described.parts,
			span: described.span,
			firstDay: described.firstDay,
			lastDay: described.lastDay,
			display: described.display,
			actors: [...data.actors],
			places: [...data.places],
			tags: [...data.tags],
			citations,
			independentSources: new Set(citations.map((citation) => citation.publisher)).size,
			href: routes.event(entry.id),
			chronologyHref: routes.eventInChronology(entry.id),
		};
		if (data.attribution !== undefined) event.attribution = data.attribution;
		if (data.attributionNote !== undefined) event.attributionNote = data.attributionNote;
		return event;
	});
	chronologyEvents.forEach((event, index) => {
		const prev = chronologyEvents[index - 1];
		const next = chronologyEvents[index + 1];
		if (prev) event.prev = linkTo(prev);
		if (next) event.next = linkTo(next);
	});

	return {
		events: chronologyEvents,
		bySlug: new Map(chronologyEvents.map((event) => [event.slug, event])),
		sources: listSources(sources, chronologyEvents, routes),
		extent: extentOf(chronologyEvents),
		updated: newestDate([...sources.flatMap(({ data }) => [data.published, ...data.corrections.map((correction) => correction.date)]), ...changed]),
	};
}

function linkTo({ slug, title, dateLabel, href }: ChronologyEvent): EventLink {
	return { slug, title, dateLabel, href };
}

/**
 * The sources, oldest first, each with its cited paragraphs in reading order and, for each, the
 * events citing it in the chronology's order: one backlink per event, however many of its
 * citations quote that paragraph.
 */
function listSources<Source extends SourceEntry>(sources: readonly Source[], events: readonly ChronologyEvent[], routes: Routes): ChronologySource<Source>[] {
	const cited = new Map<string, Map<number, Map<string, Backlink>>>();
	for (const event of events) {
		for (const citation of event.citations) {
			const byParagraph = cited.get(citation.sourceId) ?? new Map<number, Map<string, Backlink>>();
			cited.set(citation.sourceId, byParagraph);
			const bySlug = byParagraph.get(citation.paragraph) ?? new Map<string, Backlink>();
			byParagraph.set(citation.paragraph, bySlug);
			const backlink = bySlug.get(event.slug);
			if (backlink) backlink.citations.push(citation.number);
			else bySlug.set(event.slug, { slug: event.slug, title: event.title, href: event.chronologyHref, citations: [citation.number] });
		}
	}
	return [...sources]
		.sort((a, b) => toDayNumber(a.data.published) - toDayNumber(b.data.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((source): ChronologySource<Source> => {
			const citedParagraphs = [...(cited.get(source.id) ?? [])]
				.sort(([a], [b]) => a - b)
				.map(([paragraph, bySlug]) => ({ paragraph, fragment: paragraphFragment(paragraph), events: [...bySlug.values()] }));
			return {
				id: source.id,
				entry: source,
				title: source.data.title,
				publisher: source.data.publisher,
				published: toIsoString(source.data.published),
				publishedLabel: formatCalendarDate(source.data.published),
				href: routes.source(source.id),
				citingEvents: new Set(citedParagraphs.flatMap(({ events: citing }) => citing.map((backlink) => backlink.slug))).size,
				citedParagraphs,
			};
		});
}

/** The days covering every event; a chronology without events covers the single day 0. */
function extentOf(events: readonly ChronologyEvent[]): { first: number; last: number } {
	if (events.length === 0) return { first: 0, last: 0 };
	return { first: Math.min(...events.map((event) => event.span.first)), last: Math.max(...events.map((event) => event.span.last)) };
}

/** The newest of some dates, by their last day, at its own precision. */
function newestDate(dates: readonly CalendarDate[]): { iso: string; label: string } {
	let newest: CalendarDate | undefined;
	for (const date of dates) {
		if (!newest || lastDayNumber(date) > lastDayNumber(newest)) newest = date;
	}
	if (!newest) throw new Error('The chronology has no source and no event date to call its last update.');
	return { iso: toIsoString(newest), label: formatCalendarDate(newest) };
}
