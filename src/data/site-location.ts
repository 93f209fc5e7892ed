import type { SiteLocation } from '../lib/exports/links.ts';

/** Where this build is published: `site` from the config (SITE_URL), `base` from BASE_PATH. */
export function siteLocation(site: URL | undefined): SiteLocation {
	if (!site) throw new Error('astro.config.mjs has no `site`: set SITE_URL so exports can give absolute links.');
	return { site, base: import.meta.env.BASE_URL };
}
