/**
 * A static server for a built site, as a static host serves it: `/page/` serves
 * `page/index.html`, `/page` redirects to `/page/`, anything missing gets `404.html` with status
 * 404, only GET and HEAD. For the benchmark it can also behave like a production host: compress
 * text as the browser asks and apply the site's `_headers` file (Netlify/Cloudflare Pages format).
 * Shared by the tests and `npm run bench` through the harness (harness/site.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

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
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.ics', '.xml', '.txt', '.svg', '.webmanifest']);

/** `_headers` rules: a path pattern (`*` matches anything) and the headers for paths it matches. */
type HeaderRule = { pattern: RegExp; headers: [string, string][] };

function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[a-z]+/gi, '[^/]+');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

async function kindOf(path: string): Promise<'file' | 'directory' | undefined> {
	const found = await stat(path).catch(() => undefined);
	if (!found) return undefined;
	return found.isDirectory() ? 'directory' : 'file';
}

/** Serves `dir` (a built `dist/`) under `base` on 127.0.0.1 at a free port. */
export async function serveDist(dir: string, base = '/', options: ServeOptions = {}): Promise<DistServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rules = options.headersFile ? parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8').catch(() => '')) : [];
	const compressed = new Map<string, Buffer>();

	const send = async (request: IncomingMessage, response: ServerResponse, file: string, status: number, pathname: string) => {
		const body = await readFile(file);
		const extension = extname(file);
		const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream' };
		for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
		const accepts = String(request.headers['accept-encoding'] ?? '');
		const encoding = !options.compress || !COMPRESSIBLE.has(extension) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
		let payload: Buffer = body;
		if (encoding) {
			const key = `${encoding}:${file}`;
			payload = compressed.get(key) ?? (encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
			compressed.set(key, payload);
			headers['content-encoding'] = encoding;
			headers['vary'] = 'accept-encoding';
		}
		headers['content-length'] = String(payload.length);
		response.writeHead(status, headers);
		response.end(request.method === 'HEAD' ? undefined : payload);
	};

	const serve = async (request: IncomingMessage, response: ServerResponse) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const notFound = async () => {
			const page = join(dir, '404.html');
			if ((await kindOf(page)) === 'file') return send(request, response, page, 404, pathname);
			response.writeHead(404, { 'content-type': CONTENT_TYPES['.txt']! }).end('Not found');
		};
		if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
		if (`${pathname}/` === prefix) return void response.writeHead(301, { location: prefix }).end();
		if (!pathname.startsWith(prefix)) return notFound();
		let relativePath: string;
		try {
			relativePath = decodeURIComponent(pathname.slice(prefix.length));
		} catch {
			return notFound();
		}
		const path = normalize(join(dir, relativePath));
		if (path !== normalize(dir) && !path.startsWith(normalize(dir) + sep)) return notFound();
		const kind = await kindOf(path);
		if (kind === 'directory' && !pathname.endsWith('/')) return void response.writeHead(301, { location: `${pathname}/` }).end();
		const file = kind === 'directory' ? join(path, 'index.html') : path;
		if ((await kindOf(file)) !== 'file') return notFound();
		await send(request, response, file, 200, pathname);
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
