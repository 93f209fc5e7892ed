import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { serveDist, type ServeOptions } from '../../harness/serve-dist.ts';

/** A built site in miniature: a home page, one page in a folder, a 404 page, a stylesheet and _headers. */
let dist: string;
beforeAll(async () => {
	dist = await mkdtemp(join(tmpdir(), 'serve-dist-'));
	await mkdir(join(dist, 'events/summit'), { recursive: true });
	await mkdir(join(dist, '_astro'));
	await writeFile(join(dist, 'index.html'), '<p>Home é</p>');
	await writeFile(join(dist, 'events/summit/index.html'), '<p>Summit</p>');
	await writeFile(join(dist, '404.html'), '<p>Not here</p>');
	await writeFile(join(dist, '_astro/site.css'), 'body { margin: 0 }\n'.repeat(100));
	await writeFile(join(dist, '_headers'), '/chronology/*\n  X-Frame-Options: DENY\n');
	return () => rm(dist, { recursive: true, force: true });
});

/** Serves the miniature site under /chronology/ for one test. */
async function serve(
	options?: ServeOptions,
): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
	const server = await serveDist(dist, '/chronology/', options);
	onTestFinished(() => server.close());
	return (path, init) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });
}

describe('serveDist', () => {
	test('serves the site under its base path, a folder by its index.html, text as UTF-8', async () => {
		const get = await serve();
		const home = await get('');
		expect([home.status, home.headers.get('content-type'), await home.text()]).toEqual([
			200,
			'text/html; charset=utf-8',
			'<p>Home é</p>',
		]);
		expect(await (await get('events/summit/')).text()).toBe('<p>Summit</p>');
	});

	test.each([
		['a folder without its slash', 'events/summit', '/chronology/events/summit/'],
		['the base without its slash', '/chronology', '/chronology/'],
	])('redirects %s to the address with it', async (_, path, location) => {
		const response = await (await serve())(path);
		expect([response.status, response.headers.get('location')]).toEqual([301, location]);
	});

	test.each([
		['a missing page', 'events/none/'],
		['a page outside the base path', '/events/summit/'],
	])('answers %s with the 404 page and status 404', async (_, path) => {
		const response = await (await serve())(path);
		expect([response.status, await response.text()]).toEqual([404, '<p>Not here</p>']);
	});

	test('refuses methods other than GET and HEAD', async () => {
		const response = await (await serve())('', { method: 'POST' });
		expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
	});

	test('applies _headers and compresses with Brotli only when asked, as a production host', async () => {
		const plain = await (
			await serve()
		)('_astro/site.css', { headers: { 'accept-encoding': 'br' } });
		expect([plain.headers.get('x-frame-options'), plain.headers.get('content-encoding')]).toEqual([
			null,
			null,
		]);

		const response = await (
			await serve({ compress: true, headersFile: true })
		)('_astro/site.css', { headers: { 'accept-encoding': 'br' } });
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
		// fetch decodes the body, which must come back whole.
		expect(await response.text()).toBe('body { margin: 0 }\n'.repeat(100));
	});
});
