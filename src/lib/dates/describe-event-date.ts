import { dayNumberToIso } from './day-number.ts';
import { displayOf, type EventDisplay } from './display.ts';
import { toEdtf, type EventDate } from './event-date.ts';
import { eventSpan, type EventSpan } from './event-span.ts';
import { eventDateParts, type DatePart } from './format-date.ts';

/** Everything the site shows or computes from an event's date, worked out once. */
export interface EventDateDescription {
	/** The date as written in frontmatter (EDTF subset): "2023-09", "[..2023-10-13]". */
	edtf: string;
	/** "September 2023", "7 September – 1 October 2023", "On or before 13 October 2023". */
	label: string;
	/** The same text as `label`, split so each dated part can be a `<time datetime>`. */
	parts: DatePart[];
	/** Day numbers of the first and last day it may cover, and which sides the sources leave open. */
	span: EventSpan;
	/** The first day it may cover as an ISO day ("2023-09-01"); `null` when the sources give no earliest bound. */
	firstDay: string | null;
	/** The last day it may cover as an ISO day ("2023-09-30"); `null` when the sources give no latest bound. */
	lastDay: string | null;
	display: EventDisplay;
}

/**
 * An event date described for every use: label and `<time>` parts for readers, EDTF and first/last
 * days for the exports, span for ordering and drawing, display for the timeline's shapes. The model
 * and the benchmark's synthetic chronologies both describe dates here, so they cannot disagree.
 */
export function describeEventDate(date: EventDate): EventDateDescription {
	const parts = eventDateParts(date);
	const span = eventSpan(date);
	return {
		edtf: toEdtf(date),
		label: parts.map((part) => part.text).join(''),
		parts,
		span,
		firstDay: span.openStart ? null : dayNumberToIso(span.first),
		lastDay: span.openEnd ? null : dayNumberToIso(span.last),
		display: displayOf(date),
	};
}
