import type { EventData } from '../schemas/event.ts';
import type { SourceData } from '../schemas/source.ts';
import {
	describeEventDate,
	formatCalendarDate,
	lastDayNumber,
	toDayNumber,
	toIsoString,
	type CalendarDate,
	type DatePart,
	type EventDate,
	type EventDisplay,
	type EventSpan,
} from './dates/index.ts';
import { changeLog, type Change } from './change-log.ts';
import { corroborate, type Corroboration } from './corroboration.ts';
import { orderEvents } from './order-events.ts';
import { quoteAnchor } from './quote-anchor.ts';
import { quoteFragment, type Routes } from './routes.ts';
import { textFragmentUrl } from './text-fragment.ts';

export type { Change } from './change-log.ts';
export type { DatePart, EventDate, EventDisplay, EventSpan } from './dates/index.ts';

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
	/** The paragraph the event names, when its quote needs one (the words occur in several). */
	paragraph?: number;
	quote: string;
	/** The id of the quote's mark on its source's page, from its words alone: see {@link quoteAnchor}. */
	anchor: string;
	/** The quote's mark on its source's page, under the base: `/sources/<id>/#q-…`. */
	href: string;
	/** The quote on the original article's page (a text-fragment link), when the source has a `url`. */
	originalHref?: string;
	/** The source's archived copy, when an editor gave one. */
	archiveUrl?: string;
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
	/** The editor's short title, for the timeline where the whole one does not fit; absent when not given. */
	short?: string;
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
	 * The month whose section of the chronology lists it, `YYYY-MM`: the month of its last possible
	 * day (the day the order sorts it by), or of its first for an event with no latest bound.
	 */
	month: string;
	/**
	 * 'point': one known day; 'range': a known interval of days; 'imprecise': month or year only,
	 * or an uncertain "on or before"/"between" — drawn as a faded band, never as a false exact day.
	 */
	display: EventDisplay;
	actors: string[];
	places: string[];
	/** The legs its goods or people travelled, by place name (content/places.yaml): `from`, `to`, `by`. */
	route: { from: string; to: string; by: 'sea' | 'rail' | 'road' | 'air' }[];
	tags: string[];
	/** Who asserts it, to follow "According to …": "the White House". */
	attribution?: string;
	/** "US intelligence; not independently confirmed". */
	attributionNote?: string;
	citations: Citation[];
	/** How many outlets report it and how many separate reports that is, with the sentence a reader sees. */
	corroboration: Corroboration;
	/** The event's own page, under the base. */
	href: string;
	/** The event in its place in the chronology, under the base: `/#<slug>`. */
	chronologyHref: string;
	/** Where it sits in the chronological order: "Event `number` of `of`", counting from 1. */
	position: { number: number; of: number };
	/** The day its file last changed (from git), else the chronology's last update: ISO at its own precision, and as a reader sees it. */
	updated: { iso: string; label: string };
	/** The neighbouring events in chronological order; absent at the ends. */
	prev?: EventLink;
	next?: EventLink;
}

/** An event citing a quote, for the backlinks on a source page. */
export interface Backlink {
	slug: string;
	title: string;
	/** The event in its place in the chronology, under the base. */
	href: string;
	/** Which of the event's citations quote these words: an event may quote them twice. */
	citations: number[];
}

/** A cited quote of a source and the events citing it, each once, in chronological order. */
export interface CitedQuote {
	quote: string;
	/** The id of the quote's mark on the source's page. */
	anchor: string;
	/** The quote's anchor on its own source's page: `#q-…`. */
	fragment: string;
	events: Backlink[];
}

/** A source as the source pages and the sources list show it. */
export interface ChronologySource<Entry extends SourceEntry = SourceEntry> {
	id: string;
	/** The collection entry, so a page renders the article (`render(source.entry)`) without looking it up again. */
	entry: Entry;
	title: string;
	/** Whose words the title is: the outlet's own headline, or one our editors wrote. */
	headline: 'outlet' | 'editor';
	publisher: string;
	/** The byline as printed ("By Euronews with AP"), when the article has one. */
	byline?: string;
	/** BCP 47 language of the article's text ("en"): its page's `lang`. */
	language: string;
	/** The publication date, ISO 8601 at the source's own precision. */
	published: string;
	/** The publication date as a reader sees it: "13 October 2023". */
	publishedLabel: string;
	/** The source's page, under the base. */
	href: string;
	/** The article on the publisher's site, when an editor gave its address. */
	url?: string;
	/** An archived copy of the article, when an editor gave one. */
	archiveUrl?: string;
	/** How many events cite it, each counted once however many of its quotes it cites. */
	citingEvents: number;
	/**
	 * Its corrections (`npm run ingest -- --write`), oldest first: the day, as a calendar date, as ISO
	 * and as a reader sees it, how many numbered paragraphs each added, removed and changed, and those
	 * paragraphs' texts before and after (none for a correction recorded before they were kept).
	 */
	corrections: ({ date: CalendarDate; iso: string; label: string } & Omit<
		SourceData['corrections'][number],
		'date' | 'previous'
	>)[];
	/** Its cited quotes, each once, in the order the chronology first cites them. */
	citedQuotes: CitedQuote[];
	/** The same quotes by anchor, for the marks in the article's text. */
	quotesByAnchor: Map<string, CitedQuote>;
}

/** The whole chronology, computed once per build. */
export interface Chronology<
	Event extends EventEntry = EventEntry,
	Source extends SourceEntry = SourceEntry,
> {
	/** In chronological order: see `compareEvents` in order-events.ts. */
	events: ChronologyEvent<Event>[];
	bySlug: Map<string, ChronologyEvent<Event>>;
	/** Every source, oldest publication first, then by id. */
	sources: ChronologySource<Source>[];
	/** The same sources by id, for components that hold only an id (a paragraph's backlinks). */
	sourcesById: Map<string, ChronologySource<Source>>;
	/** Day numbers covering every event, for drawing. */
	extent: { first: number; last: number };
	/** The corrections log, newest first: events added and changed (from git), sources corrected. */
	changes: Change[];
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
	eventChanged = new Map(),
	eventHistory = new Map(),
}: {
	events: readonly Event[];
	sources: readonly Source[];
	routes: Routes;
	/** The days the content files last changed (src/data/content-dates.ts reads them from git). */
	changed?: readonly CalendarDate[];
	/** The day each event's own file last changed, by slug: its "updated" in "Cite this event". */
	eventChanged?: ReadonlyMap<string, CalendarDate>;
	/** The days each event's file was committed, oldest first, by slug: the corrections log's additions and changes. */
	eventHistory?: ReadonlyMap<string, readonly CalendarDate[]>;
}): Chronology<Event, Source> {
	const sourcesById = new Map(sources.map((source) => [source.id, source]));
	const ordered = orderEvents(
		events.map((entry) => {
			const described = describeEventDate(entry.data.date);
			return { entry, slug: entry.id, span: described.span, described };
		}),
	);

	const updated = newestDate([
		...sources.flatMap(({ data }) => [
			data.published,
			...data.corrections.map((correction) => correction.date),
		]),
		...changed,
	]);
	const chronologyEvents = ordered.map(({ entry, described }, index): ChronologyEvent<Event> => {
		const { data } = entry;
		const citations = data.citations.map((citation, index): Citation => {
			const source = sourcesById.get(citation.source.id);
			if (!source)
				throw new Error(
					`Event "${entry.id}" cites source "${citation.source.id}", which is not among the sources given.`,
				);
			const anchor = quoteAnchor(citation.quote);
			const resolved: Citation = {
				number: index + 1,
				sourceId: source.id,
				publisher: source.data.publisher,
				sourceTitle: source.data.title,
				publishedLabel: formatCalendarDate(source.data.published),
				published: toIsoString(source.data.published),
				quote: citation.quote,
				anchor,
				href: routes.quote(source.id, anchor),
			};
			if (citation.paragraph !== undefined) resolved.paragraph = citation.paragraph;
			if (source.data.url !== undefined)
				resolved.originalHref = textFragmentUrl(source.data.url, citation.quote);
			if (source.data.archiveUrl !== undefined) resolved.archiveUrl = source.data.archiveUrl;
			return resolved;
		});
		const citingSources = [...new Set(citations.map((citation) => citation.sourceId))].map(
			(id) => sourcesById.get(id)!.data,
		);
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
			month: (described.lastDay ?? described.firstDay ?? '').slice(0, 7),
			display: described.display,
			actors: [...data.actors],
			places: [...data.places],
			route: data.route.map((leg) => ({ ...leg })),
			tags: [...data.tags],
			citations,
			corroboration: corroborate(citingSources, data.attribution),
			href: routes.event(entry.id),
			chronologyHref: routes.eventInChronology(entry.id),
			position: { number: index + 1, of: ordered.length },
			updated: eventUpdated(eventChanged.get(entry.id), updated),
		};
		if (data.short !== undefined) event.short = data.short;
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

	const listedSources = listSources(sources, chronologyEvents, routes);
	return {
		events: chronologyEvents,
		bySlug: new Map(chronologyEvents.map((event) => [event.slug, event])),
		sources: listedSources,
		sourcesById: new Map(listedSources.map((source) => [source.id, source])),
		changes: changeLog(chronologyEvents, listedSources, eventHistory),
		extent: extentOf(chronologyEvents),
		updated,
	};
}

function linkTo({ slug, title, dateLabel, href }: ChronologyEvent): EventLink {
	return { slug, title, dateLabel, href };
}

/**
 * The sources, oldest first, each with its cited quotes (in the order the chronology first cites
 * them) and, for each, the events citing it in the chronology's order: one backlink per event,
 * however many of its citations quote those words.
 */
function listSources<Source extends SourceEntry>(
	sources: readonly Source[],
	events: readonly ChronologyEvent[],
	routes: Routes,
): ChronologySource<Source>[] {
	const cited = new Map<string, Map<string, { quote: string; bySlug: Map<string, Backlink> }>>();
	for (const event of events) {
		for (const citation of event.citations) {
			const byAnchor =
				cited.get(citation.sourceId) ??
				new Map<string, { quote: string; bySlug: Map<string, Backlink> }>();
			cited.set(citation.sourceId, byAnchor);
			const quoted = byAnchor.get(citation.anchor) ?? {
				quote: citation.quote,
				bySlug: new Map<string, Backlink>(),
			};
			byAnchor.set(citation.anchor, quoted);
			const backlink = quoted.bySlug.get(event.slug);
			if (backlink) backlink.citations.push(citation.number);
			else
				quoted.bySlug.set(event.slug, {
					slug: event.slug,
					title: event.title,
					href: event.chronologyHref,
					citations: [citation.number],
				});
		}
	}
	return [...sources]
		.sort(
			(a, b) =>
				toDayNumber(a.data.published) - toDayNumber(b.data.published) ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
		)
		.map((source): ChronologySource<Source> => {
			const citedQuotes = [...(cited.get(source.id) ?? [])].map(
				([anchor, { quote, bySlug }]): CitedQuote => ({
					quote,
					anchor,
					fragment: quoteFragment(anchor),
					events: [...bySlug.values()],
				}),
			);
			const listed: ChronologySource<Source> = {
				id: source.id,
				entry: source,
				title: source.data.title,
				publisher: source.data.publisher,
				headline: source.data.headline,
				language: source.data.language,
				published: toIsoString(source.data.published),
				publishedLabel: formatCalendarDate(source.data.published),
				href: routes.source(source.id),
				citingEvents: new Set(
					citedQuotes.flatMap(({ events: citing }) => citing.map((backlink) => backlink.slug)),
				).size,
				corrections: source.data.corrections.map(({ date, previous: _, ...changes }) => ({
					date,
					iso: toIsoString(date),
					label: formatCalendarDate(date),
					...changes,
				})),
				citedQuotes,
				quotesByAnchor: new Map(citedQuotes.map((quoted) => [quoted.anchor, quoted])),
			};
			if (source.data.byline !== undefined) listed.byline = source.data.byline;
			if (source.data.url !== undefined) listed.url = source.data.url;
			if (source.data.archiveUrl !== undefined) listed.archiveUrl = source.data.archiveUrl;
			return listed;
		});
}

/** The days covering every event; a chronology without events covers the single day 0. */
function extentOf(events: readonly ChronologyEvent[]): { first: number; last: number } {
	if (events.length === 0) return { first: 0, last: 0 };
	return {
		first: Math.min(...events.map((event) => event.span.first)),
		last: Math.max(...events.map((event) => event.span.last)),
	};
}

/** The newest of some dates, by their last day, at its own precision. */
function newestDate(dates: readonly CalendarDate[]): { iso: string; label: string } {
	let newest: CalendarDate | undefined;
	for (const date of dates) {
		if (!newest || lastDayNumber(date) > lastDayNumber(newest)) newest = date;
	}
	if (!newest)
		throw new Error('The chronology has no source and no event date to call its last update.');
	return { iso: toIsoString(newest), label: formatCalendarDate(newest) };
}

/**
 * The events citing any of some quotes of a source (a paragraph's, by anchor), each once, in the
 * order of the quotes and then of the chronology: the links a paragraph of a source page ends with.
 */
export function eventsCitingQuotes(
	source: Pick<ChronologySource, 'quotesByAnchor'>,
	anchors: readonly string[],
): Backlink[] {
	const bySlug = new Map<string, Backlink>();
	for (const anchor of anchors) {
		for (const backlink of source.quotesByAnchor.get(anchor)?.events ?? [])
			if (!bySlug.has(backlink.slug)) bySlug.set(backlink.slug, backlink);
	}
	return [...bySlug.values()];
}

/** An event's own last change, when known; otherwise the chronology's. */
function eventUpdated(
	day: CalendarDate | undefined,
	chronologyUpdated: { iso: string; label: string },
): { iso: string; label: string } {
	return day ? newestDate([day]) : chronologyUpdated;
}
