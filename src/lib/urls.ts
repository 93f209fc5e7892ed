/**
 * Joins the site's base (`import.meta.env.BASE_URL`, `/` or `/chronology/`) and a path relative to
 * it, so every internal link works under any base path.
 */
export function withBase(base: string, path = ''): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return `${root}${path.replace(/^\/+/, '')}`;
}

/** An absolute URL for `path` under `base` on `site`, for canonical links, feeds and exports. */
export function absoluteUrl(site: URL | string, base: string, path = ''): string {
	return new URL(withBase(base, path), site).href;
}
