/**
 * A static server for a built site that behaves like a production host, for Lighthouse: text
 * compressed with Brotli or gzip as the browser asks, and the headers of the site's `_headers`
 * file (Netlify/Cloudflare Pages format) applied when it has one. Test servers serve files as
 * they are; Lighthouse would then score a host nobody deploys to.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** A running server. */
export interface StaticServer {
	/** The site's address with its base, ending in `/`. */
	url: string;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.xml', '.txt', '.svg', '.webmanifest']);

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

/** Serves `dist` under `base` on 127.0.0.1 at a free port. */
export async function serveStatic(dist: string, base = '/'): Promise<StaticServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rules = parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8').catch(() => ''));
	const compressed = new Map<string, Buffer>();

	const send = async (request: IncomingMessage, response: ServerResponse, file: string, status: number, pathname: string) => {
		const body = await readFile(file);
		const extension = extname(file);
		const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
		for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
		const accepts = String(request.headers['accept-encoding'] ?? '');
		const encoding = !COMPRESSIBLE.has(extension) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
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
	const isFile = (path: string) => stat(path).then((found) => (found.isFile() ? 'file' : 'directory'), () => undefined);

	const server = createServer(async (request, response) => {
		try {
			const { pathname } = new URL(request.url ?? '/', 'http://localhost');
			const notFound = () => send(request, response, join(dist, '404.html'), 404, pathname).catch(() => response.writeHead(404).end());
			if (!pathname.startsWith(prefix)) return void (await notFound());
			const path = normalize(join(dist, decodeURIComponent(pathname.slice(prefix.length))));
			if (path !== normalize(dist) && !path.startsWith(normalize(dist) + sep)) return void (await notFound());
			const kind = await isFile(path);
			if (kind === 'directory' && !pathname.endsWith('/')) return void response.writeHead(301, { location: `${pathname}/` }).end();
			const file = kind === 'directory' ? join(path, 'index.html') : path;
			if ((await isFile(file)) !== 'file') return void (await notFound());
			await send(request, response, file, 200, pathname);
		} catch {
			response.writeHead(500).end();
		}
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
