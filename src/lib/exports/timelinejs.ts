import type { Chronology, ChronologyEvent } from '../chronology.ts';
import type { CalendarDate } from '../dates/index.ts';
import { escapeHtml } from './html.ts';

/** A date as TimelineJS3 takes it: a year, then a month and a day only when the sources give them. */
export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
}

/** A slide of TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsSlide {
	unique_id?: string;
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date?: string;
	text: { headline: string; text: string };
	autolink?: boolean;
}

/** A whole TimelineJS3 timeline: a title slide and one slide per event. */
export interface TimelineJs {
	title: TimelineJsSlide;
	events: TimelineJsSlide[];
	scale: 'human';
}

/** A calendar date at its own precision: "September 2023" is `{ year: 2023, month: 9 }`, no day. */
function timelineDate({ year, month, day }: CalendarDate): TimelineJsDate {
	return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/**
 * The event's dates split as TimelineJS draws them, each at its own precision: a point is a start
 * alone; a period its start and end; an uncertain date its bounds, or the one bound it has (the
 * slide's `display_date`, "On or before 13 October 2023", says which it is).
 */
function dates(event: ChronologyEvent): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
	const { date } = event;
	if (date.kind === 'point') return { start_date: timelineDate(date.date) };
	if (date.kind === 'interval')
		return { start_date: timelineDate(date.start), end_date: timelineDate(date.end) };
	const { earliest, latest } = date;
	if (earliest && latest)
		return { start_date: timelineDate(earliest), end_date: timelineDate(latest) };
	return { start_date: timelineDate((earliest ?? latest)!) };
}

/** The slide's text: the summary, who asserts it, and each citation, its quote linked to its mark. */
function slideText(event: ChronologyEvent, eventUrl: string): string {
	const according = event.attribution
		? `<p>According to ${escapeHtml(event.attribution)}.</p>`
		: '';
	const citations = event.citations
		.map(
			(citation) =>
				`<li>${escapeHtml(citation.publisher)}, ${escapeHtml(citation.publishedLabel)}: ` +
				`<a href="${escapeHtml(citation.href)}">“${escapeHtml(citation.quote)}”</a></li>`,
		)
		.join('');
	return (
		`<p>${escapeHtml(event.summary)}</p>${according}<ol>${citations}</ol>` +
		`<p><a href="${escapeHtml(eventUrl)}">The event in the chronology</a></p>`
	);
}

/**
 * The chronology in TimelineJS3's JSON format, for Knight Lab's TimelineJS: a title slide, then one
 * slide per event in the chronology's order, `unique_id` its slug, dates split at the sources'
 * precision, `display_date` our own label. Every link is absolute: the file is read away from the site.
 * @param absolute turns a path under the base (an `href` of the model) into an absolute URL (`routes.canonical`).
 */
export function timelineJs(
	chronology: Pick<Chronology, 'events'>,
	meta: { title: string; description: string; credit: string },
	absolute: (path: string) => string,
): TimelineJs {
	return {
		scale: 'human',
		title: {
			text: {
				headline: escapeHtml(meta.title),
				text: `<p>${escapeHtml(meta.description)}</p><p>${escapeHtml(meta.credit)}</p>`,
			},
		},
		events: chronology.events.map((event) => {
			const url = absolute(event.href);
			const withAbsoluteLinks = {
				...event,
				citations: event.citations.map((citation) => ({
					...citation,
					href: absolute(citation.href),
				})),
			};
			return {
				unique_id: event.slug,
				...dates(event),
				display_date: event.dateLabel,
				text: { headline: escapeHtml(event.title), text: slideText(withAbsoluteLinks, url) },
				// Links are ours, written as <a>: TimelineJS must not add its own.
				autolink: false,
			};
		}),
	};
}
