import type { Chronology } from '../chronology.ts';
import { dayToUtcMs, MS_PER_DAY, parseCalendarDate, toDayNumber } from '../dates/index.ts';
import type { Urls } from '../routes.ts';

/** One item of the feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
	title: string;
	link: string;
	description: string;
	categories?: string[];
	/** Noon UTC of the item's calendar day: a feed needs an instant, and noon is that day everywhere. */
	pubDate?: Date;
}

/**
 * The feed's items: one per event, newest last-possible day first. An item's date is the event's
 * last possible day: a feed needs an instant, and that is the honest one (none for an event with
 * no latest bound).
 * @param urls absolute URLs (`routes.absolute`): a feed is read away from the site.
 */
export function feedItems(chronology: Pick<Chronology, 'events'>, urls: Urls): FeedItem[] {
	return [...chronology.events].reverse().map((event) => ({
		title: `${event.dateLabel}: ${event.title}`,
		link: urls.event(event.slug),
		description: event.summary,
		categories: event.tags,
		...(event.lastDay ? { pubDate: noonOf(event.lastDay) } : {}),
	}));
}

/** Noon UTC of an ISO day (`2023-10-13`). */
export function noonOf(isoDay: string): Date {
	const day = parseCalendarDate(isoDay);
	if ('error' in day) throw new Error(`Not a calendar date: ${isoDay} (${day.error})`);
	return new Date(dayToUtcMs(toDayNumber(day)) + MS_PER_DAY / 2);
}
