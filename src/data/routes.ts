import { PLACEHOLDER_SITE } from '../consts.ts';
import { createRoutes } from '../lib/routes.ts';

/**
 * The site's routes for this build: the one place that reads the base path (BASE_PATH) and the
 * site (SITE_URL) that astro.config.mjs sets. Pages, components and endpoints take every URL from here.
 */
export const routes = createRoutes({ base: import.meta.env.BASE_URL, site: import.meta.env.SITE });

/**
 * The placeholder origin when the build was not given `SITE_URL`, else `undefined`: pages carry it
 * (`data-placeholder-origin` on `<html>`), so that what a reader copies in the browser uses the
 * page's own origin instead (src/scripts/page-origin.ts).
 */
export const placeholderOrigin: string | undefined =
	new URL(import.meta.env.SITE ?? PLACEHOLDER_SITE).origin === new URL(PLACEHOLDER_SITE).origin
		? new URL(PLACEHOLDER_SITE).origin
		: undefined;
