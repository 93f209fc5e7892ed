import type { ChronologyEvent, ChronologySource } from './chronology.ts';
import {
	formatCalendarDate,
	lastDayNumber,
	toIsoString,
	type CalendarDate,
} from './dates/index.ts';

/** One line of the corrections log: an event added or changed, or a source corrected. */
export interface Change {
	/** Its element id in the log on the method page (`change-corrected-<id>-<day>`): the feed links there. */
	anchor: string;
	kind: 'added' | 'changed' | 'corrected';
	/** The day, ISO at its own precision, and as a reader sees it. */
	iso: string;
	label: string;
	/** The event's title, or the source's publisher and title. */
	title: string;
	/** What changed, in a sentence: "2 paragraphs changed, 1 added."; empty for an addition. */
	detail: string;
	/** The event's page or the source's page, under the base. */
	href: string;
	/** The event's slug or the source's id. */
	id: string;
}

const KIND_ORDER: Record<Change['kind'], number> = { corrected: 0, changed: 1, added: 2 };

/** "2 paragraphs changed, 1 added.": a source correction's counts, as the ingest recorded them. */
export function correctionDetail({
	added,
	removed,
	changed,
}: {
	added: number;
	removed: number;
	changed: number;
}): string {
	const counts = [
		[changed, 'changed'],
		[added, 'added'],
		[removed, 'removed'],
	] as const;
	const parts = counts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
	if (parts.length === 0) return 'Its text corrected, its paragraphs unchanged.';
	const first = counts.find(([count]) => count > 0)![0];
	parts[0] = parts[0]!.replace(' ', first === 1 ? ' paragraph ' : ' paragraphs ');
	return `${parts.join(', ')}.`.replace(/^./, (letter) => letter.toUpperCase());
}

/**
 * The corrections log, newest first: each event added (its file's first commit) and changed (each
 * later day its file was committed), from the history git keeps, and each correction of a source,
 * from its `corrections:` log. On one day, corrections come first, then changes, then additions.
 * @param history each event's commit days by slug, oldest first (src/data/content-dates.ts).
 */
export function changeLog(
	events: readonly Pick<ChronologyEvent, 'slug' | 'title' | 'href'>[],
	sources: readonly Pick<ChronologySource, 'id' | 'publisher' | 'title' | 'href' | 'corrections'>[],
	history: ReadonlyMap<string, readonly CalendarDate[]>,
): Change[] {
	const dated: { day: CalendarDate; change: Change }[] = [];
	const on = (day: CalendarDate) => ({ iso: toIsoString(day), label: formatCalendarDate(day) });
	for (const event of events) {
		(history.get(event.slug) ?? []).forEach((day, index) => {
			const kind: Change['kind'] = index === 0 ? 'added' : 'changed';
			// An addition needs no words beyond "Added".
			const detail = kind === 'added' ? '' : 'Its text, date or citations revised.';
			const change = {
				kind,
				...on(day),
				title: event.title,
				detail,
				href: event.href,
				id: event.slug,
			};
			dated.push({ day, change: { anchor: changeAnchor(change), ...change } });
		});
	}
	for (const source of sources) {
		for (const correction of source.corrections) {
			const title = `${source.publisher}: ${source.title}`;
			const change = {
				kind: 'corrected' as const,
				...on(correction.date),
				title,
				detail: correctionDetail(correction),
				href: source.href,
				id: source.id,
			};
			dated.push({ day: correction.date, change: { anchor: changeAnchor(change), ...change } });
		}
	}
	return dated
		.sort(
			(a, b) =>
				lastDayNumber(b.day) - lastDayNumber(a.day) ||
				KIND_ORDER[a.change.kind] - KIND_ORDER[b.change.kind] ||
				a.change.title.localeCompare(b.change.title),
		)
		.map(({ change }) => change);
}

/** `change-added-kim-putin-summit-2026-11-21`: unique, since a day counts once per file and kind. */
function changeAnchor({ kind, id, iso }: Pick<Change, 'kind' | 'id' | 'iso'>): string {
	return `change-${kind}-${id}-${iso}`;
}
