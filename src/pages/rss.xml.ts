import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME } from '../consts.ts';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';

/**
 * A feed with one item per event, newest last-possible day first. An item's date is the event's
 * last possible day: a feed needs an instant, and that is the honest one.
 */
export const GET: APIRoute = async () => {
	const { events } = await getChronology();
	return rss({
		title: SITE_NAME,
		description: SITE_DESCRIPTION,
		site: routes.absolute.home(),
		items: [...events].reverse().map((event) => ({
			title: `${event.dateLabel}: ${event.title}`,
			link: routes.absolute.event(event.slug),
			description: event.summary,
			categories: event.tags,
			...(event.lastDay ? { pubDate: new Date(`${event.lastDay}T12:00:00Z`) } : {}),
		})),
	});
};
