import type { Chronology } from '../chronology.ts';
import { dayToUtcMs, MS_PER_DAY, parseCalendarDate, toDayNumber } from '../dates/index.ts';
import type { Urls } from '../routes.ts';

/** One item of the feed, in the shape `@astrojs/rss` takes (its guid is the link). */
export interface FeedItem {
	title: string;
	link: string;
	description: string;
	categories?: string[];
	/** Noon UTC of the item's calendar day: a feed needs an instant, and noon is that day everywhere. */
	pubDate?: Date;
}

/**
 * The feed's items, newest first: what a subscriber wants to hear of. Each event once, dated the
 * day it was added to the chronology (its file's first commit) or, when git does not say, its
 * last possible day (none for an event with no latest bound); each later change of an event and
 * each correction of a source, dated that day and linking its line of the corrections log.
 * @param urls absolute URLs (`routes.absolute`): a feed is read away from the site.
 */
export function feedItems(
	chronology: Pick<Chronology, 'events' | 'changes'>,
	urls: Urls,
): FeedItem[] {
	const added = new Map(
		chronology.changes
			.filter((change) => change.kind === 'added')
			.map((change) => [change.id, change.iso]),
	);
	const events = chronology.events.map((event) => {
		const day = added.get(event.slug) ?? event.lastDay;
		const item: FeedItem = {
			title: `${event.dateLabel}: ${event.title}`,
			link: urls.event(event.slug),
			description: event.summary,
			categories: event.tags,
		};
		return { order: day, item: day ? { ...item, pubDate: noonOf(day) } : item };
	});
	const changes = chronology.changes
		.filter((change) => change.kind !== 'added')
		.map((change) => ({
			order: change.iso,
			item: {
				title: `${change.kind === 'corrected' ? 'Source corrected' : 'Event revised'}: ${change.title}`,
				link: `${urls.about()}#${change.anchor}`,
				description: `${change.label}: ${change.detail}`,
				pubDate: noonOf(change.iso),
			},
		}));
	// Newest first; undated items (an open end, no history) first, as the newest possible; a stable sort keeps order within a day.
	return [...events.reverse(), ...changes]
		.sort((a, b) => (b.order ?? '9999').localeCompare(a.order ?? '9999'))
		.map(({ item }) => item);
}

/** Noon UTC of an ISO day (`2023-10-13`). */
export function noonOf(isoDay: string): Date {
	const day = parseCalendarDate(isoDay);
	if ('error' in day) throw new Error(`Not a calendar date: ${isoDay} (${day.error})`);
	return new Date(dayToUtcMs(toDayNumber(day)) + MS_PER_DAY / 2);
}
