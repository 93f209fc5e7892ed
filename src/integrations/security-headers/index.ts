import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';
import { formatHeadersFile, securityHeaderRules, type PagePolicy } from './header-rules.ts';

/** Cloudflare Pages ignores a `_headers` line longer than this. */
const MAX_LINE = 2000;

type Node = DefaultTreeAdapterMap['node'];

/** The `content` of the page's `<meta http-equiv="content-security-policy">`, if it has one. */
function metaPolicy(node: Node): string | undefined {
	if (defaultTreeAdapter.isElementNode(node) && node.tagName === 'meta') {
		const attributes = new Map(node.attrs.map((attr) => [attr.name, attr.value]));
		if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy')
			return attributes.get('content');
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
	const head = end === -1 ? html : html.slice(0, end);
	// Less its styles and scripts (inline CSS, JSON-LD: most of a head's bytes), where no <meta> can
	// be: parsing them took most of this step's time at a thousand pages.
	return head.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
}

/** Every page of the build and its policy, read back from the HTML Astro wrote. */
async function readPagePolicies(outDir: string): Promise<PagePolicy[]> {
	const files = (await readdir(outDir, { recursive: true }))
		.filter((file) => file.endsWith('.html'))
		.sort();
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
			return {
				path:
					path === 'index.html' || path.endsWith('/index.html')
						? path.slice(0, -'index.html'.length)
						: path,
				policy,
			};
		}),
	);
}

/** The site's security policy besides `security.csp`: set beside it in astro.config.mjs. */
export interface SecurityHeadersOptions {
	/** Headers for every response of the site (`X-Content-Type-Options: nosniff`, …). */
	headers: Record<string, string>;
	/** Top-level folders (`embed/`) whose pages any site may frame (`frame-ancestors *`); every other page denies it. */
	frameable: string[];
}

/**
 * The site's security headers as one integration. Astro's `security.csp` puts a policy `<meta>` in
 * every page; after the build this writes `dist/_headers` for hosts that read one (Netlify,
 * Cloudflare Pages): `options.headers` for every response, for each group of pages the policy of
 * their `<meta>` plus `frame-ancestors` (which a `<meta>` cannot carry), and long caching for the
 * content-hashed files of `build.assets`. Paths carry the base.
 */
export function securityHeaders(options: SecurityHeadersOptions): AstroIntegration {
	let base = '/';
	let csp = true;
	let assets = '_astro';
	return {
		name: 'chronology:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				csp = config.security.csp !== false;
				assets = config.build.assets;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				if (!csp)
					logger.warn(
						'security.csp is off in astro.config.mjs: _headers carries no Content-Security-Policy.',
					);
				const pages = csp ? await readPagePolicies(outDir) : [];
				// A new build gives the files in build.assets new names, so caches may keep them for good.
				const rules = securityHeaderRules(pages, {
					...options,
					base,
					immutable: [`${assets.replace(/^\/+|\/+$/g, '')}/`],
				});
				const text = formatHeadersFile(
					rules,
					'Written by src/integrations/security-headers/ from the pages of this build and astro.config.mjs: edit those, not this.',
				);
				const long = text.split('\n').filter((line) => line.length > MAX_LINE);
				if (long.length > 0)
					logger.warn(
						`${long.length} line(s) of _headers exceed ${MAX_LINE} characters; Cloudflare Pages would ignore them.`,
					);
				await writeFile(join(outDir, '_headers'), text);
				logger.info(`_headers: ${rules.length} rules for ${pages.length} pages`);
			},
		},
	};
}
