import type { APIRoute } from 'astro';
import { siteLocation } from '../data/site-location.ts';
import { absoluteUrl } from '../lib/urls.ts';

/**
 * Lets every crawler in and names the sitemap by its full address, base path included. Crawlers
 * read robots.txt only at a domain's root: under a sub-path base this file is inert, and the host's
 * own robots.txt should carry the same Sitemap line.
 */
export const GET: APIRoute = ({ site }) => {
	const { site: origin, base } = siteLocation(site);
	const body = ['User-agent: *', 'Disallow:', '', `Sitemap: ${absoluteUrl(origin, base, 'sitemap-index.xml')}`, ''].join('\n');
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
