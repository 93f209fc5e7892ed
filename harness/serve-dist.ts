/**
 * A static server for a built site, as a static host serves it: sirv serves the files, `/page/`
 * serves `page/index.html`, `/page` redirects to `/page/`, anything missing gets `404.html` with
 * status 404, only GET and HEAD. For the benchmark it can also behave like a production host:
 * compress text as the browser asks (brotli at quality 11, or gzip) and apply the site's
 * `_headers` file. Shared by the tests and `npm run bench` through the harness (harness/site.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { constants } from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.ts';

/** A running static server for a built site. */
export interface DistServer {
	/** The site's address, base included and ending in `/`: `http://127.0.0.1:41234/chronology/`. */
	url: string;
	close(): Promise<void>;
}

/** How far the server imitates a production host. */
export interface ServeOptions {
	/** Brotli or gzip for text, as the request's Accept-Encoding asks. */
	compress?: boolean;
	/** Apply the headers of `dist/_headers`. */
	headersFile?: boolean;
}

/** The site's text files, served as UTF-8 as a host would (sirv names the type alone). */
const TEXT_TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.csv': 'text/csv',
	'.ics': 'text/calendar',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
};

/** Serves `dir` (a built `dist/`) under `base` on 127.0.0.1 at a free port. */
export async function serveDist(
	dir: string,
	base = '/',
	options: ServeOptions = {},
): Promise<DistServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rules = options.headersFile
		? parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8').catch(() => ''))
		: [];
	const setHeaders = (response: ServerResponse, pathname: string) => {
		for (const [name, value] of Object.entries(headersFor(rules, pathname)))
			response.setHeader(name, value);
	};
	const files = sirv(dir, {
		setHeaders(response, path) {
			const type = TEXT_TYPES[path.endsWith('/') ? '.html' : extname(path)];
			if (type) response.setHeader('content-type', `${type}; charset=utf-8`);
		},
	});
	const compress = options.compress
		? compression({ threshold: 0, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } } })
		: undefined;

	const notFound = async (request: IncomingMessage, response: ServerResponse, pathname: string) => {
		const page = await readFile(join(dir, '404.html')).catch(() => undefined);
		setHeaders(response, pathname);
		response.writeHead(404, {
			'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
		});
		response.end(request.method === 'HEAD' ? undefined : (page ?? 'Not found'));
	};

	const serve = async (request: IncomingMessage, response: ServerResponse) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const { pathname } = url;
		if (request.method !== 'GET' && request.method !== 'HEAD')
			return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
		if (`${pathname}/` === prefix) return void response.writeHead(301, { location: prefix }).end();
		if (!pathname.startsWith(prefix)) return notFound(request, response, pathname);
		const path = pathname.slice(prefix.length - 1);
		let file: string;
		try {
			file = join(dir, decodeURI(path));
		} catch {
			return notFound(request, response, pathname);
		}
		if (!path.endsWith('/')) {
			const directory = await stat(file).then(
				(found) => found.isDirectory(),
				() => false,
			);
			if (directory) return void response.writeHead(301, { location: `${pathname}/` }).end();
		}
		setHeaders(response, pathname);
		request.url = `${path}${url.search}`;
		const next = () => void notFound(request, response, pathname);
		if (compress)
			compress(
				request as Parameters<typeof compress>[0],
				response as Parameters<typeof compress>[1],
				() => files(request, response, next),
			);
		else files(request, response, next);
	};

	const server = createServer((request, response) => {
		serve(request, response).catch(() => response.writeHead(500).end());
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
