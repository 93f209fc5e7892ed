import { createRoutes } from '../lib/routes.ts';

/**
 * The site's routes for this build: the one place that reads the base path (BASE_PATH) and the
 * site (SITE_URL) that astro.config.mjs sets. Pages, components and endpoints take every URL from here.
 */
export const routes = createRoutes({ base: import.meta.env.BASE_URL, site: import.meta.env.SITE });
