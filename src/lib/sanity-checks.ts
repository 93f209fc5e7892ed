import {
	describeEventDate,
	formatCalendarDate,
	lastDayNumber,
	type CalendarDate,
	type EventDate,
} from './dates/index.ts';

/** An event with the publication dates of the sources it cites, for {@link eventsBeforeTheirReports}. */
export interface EventWithSources {
	/** The event's file, as the editor opens it. */
	file: string;
	date: EventDate;
	/** The sources it cites (each once), with their publication dates; unknown sources left out. */
	sources: readonly { id: string; published: CalendarDate }[];
}

/**
 * Warnings for events dated after every source they cite was published: no source can report an
 * event before it happens, so the date (or a citation) is most likely a slip. An event with no
 * known earliest day ("on or before …") can always have happened in time, and is not checked.
 * @returns one sentence per such event, saying where and what to check.
 */
export function eventsBeforeTheirReports(events: readonly EventWithSources[]): string[] {
	const warnings: string[] = [];
	for (const event of events) {
		if (event.sources.length === 0) continue;
		const described = describeEventDate(event.date);
		if (described.span.openStart) continue;
		const latest = event.sources.reduce((a, b) =>
			lastDayNumber(b.published) > lastDayNumber(a.published) ? b : a,
		);
		if (described.span.first <= lastDayNumber(latest.published)) continue;
		const cited =
			event.sources.length === 1
				? `the only source it cites (${latest.id}) was published ${formatCalendarDate(latest.published)}`
				: `the latest of the sources it cites (${latest.id}) was published ${formatCalendarDate(latest.published)}`;
		warnings.push(
			`${event.file}: dated "${described.edtf}" (${described.label}), but ${cited}; a source cannot report an event before it happens. Check the event's date and its citations.`,
		);
	}
	return warnings;
}
