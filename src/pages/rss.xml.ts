import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME } from '../consts.ts';
import { getChronology } from '../data/chronology.ts';
import { routes } from '../data/routes.ts';
import { feedItems } from '../lib/exports/feed.ts';

/** The feed: its items from `feedItems`, their links absolute. */
export const GET: APIRoute = async () =>
	rss({
		title: SITE_NAME,
		description: SITE_DESCRIPTION,
		site: routes.absolute.home(),
		items: feedItems(await getChronology(), routes.absolute),
	});
