import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running static server for a built site. */
export interface DistServer {
	/** The site's address, base included and ending in `/`: `http://127.0.0.1:41234/chronology/`. */
	url: string;
	close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};

async function fileAt(path: string): Promise<'file' | 'directory' | undefined> {
	const found = await stat(path).catch(() => undefined);
	if (!found) return undefined;
	return found.isDirectory() ? 'directory' : 'file';
}

/**
 * Serves `dir` (a built `dist/`) under `base` on 127.0.0.1 at a free port, the way a static host
 * does: `/page/` serves `page/index.html`, `/page` redirects to `/page/`, and anything missing gets
 * `404.html` with status 404. Only GET and HEAD.
 */
export async function serveDist(dir: string, base = '/'): Promise<DistServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server = createServer(async (request, response) => {
		const notFound = async () => {
			const page = join(dir, '404.html');
			const found = (await fileAt(page)) === 'file';
			response.writeHead(404, { 'content-type': found ? CONTENT_TYPES['.html'] : CONTENT_TYPES['.txt'] });
			if (found && request.method !== 'HEAD') createReadStream(page).pipe(response);
			else response.end(found ? undefined : 'Not found');
		};
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		if (`${pathname}/` === prefix) {
			response.writeHead(301, { location: prefix }).end();
			return;
		}
		if (!pathname.startsWith(prefix)) return notFound();
		let relativePath: string;
		try {
			relativePath = decodeURIComponent(pathname.slice(prefix.length));
		} catch {
			return notFound();
		}
		const path = normalize(join(dir, relativePath));
		if (path !== normalize(dir) && !path.startsWith(normalize(dir) + sep)) return notFound();
		let file = path;
		const kind = await fileAt(path);
		if (kind === 'directory') {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${pathname}/` }).end();
				return;
			}
			file = join(path, 'index.html');
		}
		if ((await fileAt(file)) !== 'file') return notFound();
		response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
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
