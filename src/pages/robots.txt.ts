import type { APIRoute } from 'astro';
import { routes } from '../data/routes.ts';

/**
 * Lets every crawler in and names the sitemap by its full address, base path included. Crawlers
 * read robots.txt only at a domain's root: under a sub-path base this file is inert, and the host's
 * own robots.txt should carry the same Sitemap line.
 */
export const GET: APIRoute = () => {
	const body = [
		'User-agent: *',
		'Disallow:',
		'',
		`Sitemap: ${routes.absolute.file('sitemap-index.xml')}`,
		'',
	].join('\n');
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
