import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';
import { FRAMEABLE_FOLDERS, IMMUTABLE_FOLDERS, RESPONSE_HEADERS } from '../consts.ts';
import { formatHeadersFile, securityHeaderRules, type PagePolicy } from '../lib/security-headers.ts';

/** Cloudflare Pages ignores a `_headers` line longer than this. */
const MAX_LINE = 2000;

type Node = DefaultTreeAdapterMap['node'];

/** The `content` of the page's `<meta http-equiv="content-security-policy">`, if it has one. */
function metaPolicy(node: Node): string | undefined {
	if (defaultTreeAdapter.isElementNode(node) && node.tagName === 'meta') {
		const attributes = new Map(node.attrs.map((attr) => [attr.name, attr.value]));
		if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') return attributes.get('content');
	}
	if (!('childNodes' in node)) return undefined;
	for (const child of node.childNodes) {
		const found = metaPolicy(child);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * The page up to the end of its `<head>`: where a policy `<meta>` must be (browsers ignore one in
 * the body), and all that needs parsing; a chronology page of thousands of events is megabytes.
 */
function headOf(html: string): string {
	const end = html.search(/<\/head\s*>/i);
	return end === -1 ? html : html.slice(0, end);
}

/** Every page of the build and its policy, read back from the HTML Astro wrote. */
async function readPagePolicies(outDir: string): Promise<PagePolicy[]> {
	const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
	return Promise.all(
		files.map(async (file) => {
			const policy = metaPolicy(parse(headOf(await readFile(join(outDir, file), 'utf8'))));
			if (policy === undefined) {
				throw new AstroError(
					`${file} has no <meta http-equiv="content-security-policy">, so _headers cannot give it a policy.`,
					'Keep `security.csp` on in astro.config.mjs, and render every page through src/layouts/Base.astro (Astro adds the meta to each page with a <head>).',
				);
			}
			const path = file.split(sep).join('/');
			return { path: path === 'index.html' || path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path, policy };
		}),
	);
}

/**
 * Writes `dist/_headers` for hosts that read one (Netlify, Cloudflare Pages): the shared security
 * headers for every response, and for each group of pages the Content-Security-Policy of their
 * `<meta>` plus `frame-ancestors` (only the embed may be framed). Paths carry the base.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	let csp = true;
	return {
		name: 'chronology:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				csp = config.security.csp !== false;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				if (!csp) logger.warn('security.csp is off in astro.config.mjs: _headers carries no Content-Security-Policy.');
				const pages = csp ? await readPagePolicies(outDir) : [];
				const rules = securityHeaderRules(pages, { base, headers: RESPONSE_HEADERS, frameable: FRAMEABLE_FOLDERS, immutable: IMMUTABLE_FOLDERS });
				const text = formatHeadersFile(rules, 'Written by src/integrations/headers.ts from the pages of this build: edit that, not this.');
				const long = text.split('\n').filter((line) => line.length > MAX_LINE);
				if (long.length > 0) logger.warn(`${long.length} line(s) of _headers exceed ${MAX_LINE} characters; Cloudflare Pages would ignore them.`);
				await writeFile(join(outDir, '_headers'), text);
				logger.info(`_headers: ${rules.length} rules for ${pages.length} pages`);
			},
		},
	};
}
