/**
 * What a page costs to show: the bytes of its first view (the HTML and every render-blocking
 * stylesheet) and every script it ships, with when each one loads. Read from the built files only.
 */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parse } from 'parse5';
import { attribute, elements, textContent, type HtmlElement } from '../../harness/html.ts';
import { sizesOf, sumSizes, type Sizes } from './compress.ts';

/** The first round trip: TCP's initial congestion window of 10 segments, ~14 KiB. */
export const FIRST_ROUND_TRIP_BYTES = 14 * 1024;

/** When a script runs, from the reader's point of view. */
export type ScriptLoading =
	| 'render-blocking'
	| 'inline, runs while parsing'
	| 'inline module, after parsing'
	| 'module, after parsing'
	| 'deferred'
	| 'async'
	| 'lazy: dynamic import()';

/** One script the page may run. */
export interface ShippedScript {
	/** The file in `dist/`, or `inline` for a script in the HTML. */
	name: string;
	sizes: Sizes;
	loading: ScriptLoading;
}

/** A page's first view and scripts. */
export interface FirstView {
	page: string;
	html: Sizes;
	/** Bytes of `<style>` elements inside the HTML (already counted in `html`). */
	inlineCss: number;
	/** Bytes of JSON data islands (`<script type="application/json">`) inside the HTML (already counted). */
	inlineData: number;
	/** Linked stylesheets that block rendering. */
	blockingCss: { name: string; sizes: Sizes }[];
	/** HTML plus render-blocking CSS: what the first view needs before anything can paint. */
	total: Sizes;
	/** Scripts that must be fetched and run before the page can render. */
	blockingScripts: number;
	scripts: ShippedScript[];
}

const isClassicScript = (type: string | undefined) =>
	type === undefined || type === '' || /^(text|application)\/(java|ecma)script$/i.test(type);

/** A `dist/` path for a URL the page uses, or `undefined` if it is not on this site. */
function distPath(href: string, pagePath: string, base: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return undefined;
	const path = href.startsWith('/')
		? href
		: posix.join('/', base, posix.dirname(`${pagePath}x`), href);
	const clean = path.split(/[?#]/)[0]!;
	return clean.startsWith(base) ? clean.slice(base.length) : undefined;
}

/** Scripts a module brings in: its static imports (loaded with it) and dynamic ones (loaded on demand). */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
	const dynamic = [...code.matchAll(/\bimport\(\s*[`'"]([^`'"]+\.js)[`'"]\s*\)/g)].map(
		(match) => match[1]!,
	);
	const all = [...code.matchAll(/\b(?:from|import)\s*[`'"]((?:\.{1,2})?\/[^`'"]+\.js)[`'"]/g)].map(
		(match) => match[1]!,
	);
	return { static: all.filter((name) => !dynamic.includes(name)), dynamic };
}

function scriptLoading(script: HtmlElement): ScriptLoading | undefined {
	const type = attribute(script, 'type');
	const external = attribute(script, 'src') !== undefined;
	if (type === 'module') {
		if (!external) return 'inline module, after parsing';
		return attribute(script, 'async') !== undefined ? 'async' : 'module, after parsing';
	}
	if (!isClassicScript(type)) return undefined;
	if (!external) return 'inline, runs while parsing';
	if (attribute(script, 'async') !== undefined) return 'async';
	if (attribute(script, 'defer') !== undefined) return 'deferred';
	return 'render-blocking';
}

/**
 * The first view and scripts of the page at `pagePath` (`''` for the home page, `events/x/`) of
 * the site built into `dist` for `base`.
 */
export async function measureFirstView(
	dist: string,
	pagePath: string,
	base = '/',
): Promise<FirstView> {
	const htmlText = await readFile(join(dist, pagePath, 'index.html'));
	const document = parse(htmlText.toString('utf8'));
	const all = [...elements(document)];
	const read = async (path: string) => readFile(join(dist, path));

	const blockingCss: FirstView['blockingCss'] = [];
	const scripts: ShippedScript[] = [];
	let inlineCss = 0;
	let inlineData = 0;
	let blockingScripts = 0;
	const seen = new Set<string>();

	const addModule = async (path: string, loading: ScriptLoading): Promise<void> => {
		if (seen.has(path)) return;
		seen.add(path);
		const code = await read(path);
		scripts.push({ name: path, sizes: sizesOf(code), loading });
		const imports = importsOf(code.toString('utf8'));
		const near = (name: string) =>
			name.startsWith('/')
				? (distPath(name, pagePath, base) ?? name)
				: posix.join(posix.dirname(path), name);
		for (const name of imports.static) await addModule(near(name), loading);
		for (const name of imports.dynamic) await addModule(near(name), 'lazy: dynamic import()');
	};

	for (const element of all) {
		if (element.tagName === 'style') inlineCss += Buffer.byteLength(textContent(element));
		if (element.tagName === 'link' && /\bstylesheet\b/i.test(attribute(element, 'rel') ?? '')) {
			const media = attribute(element, 'media');
			const blocks =
				(media === undefined || media === 'all' || media === 'screen') &&
				attribute(element, 'disabled') === undefined;
			const path = distPath(attribute(element, 'href') ?? '', pagePath, base);
			if (blocks && path) blockingCss.push({ name: path, sizes: sizesOf(await read(path)) });
		}
		if (element.tagName !== 'script') continue;
		const type = attribute(element, 'type');
		if (type === 'application/json' || type === 'application/ld+json') {
			inlineData += Buffer.byteLength(textContent(element));
			continue;
		}
		const loading = scriptLoading(element);
		if (!loading) continue;
		if (loading === 'render-blocking') blockingScripts += 1;
		const src = attribute(element, 'src');
		if (src === undefined) {
			const code = textContent(element);
			scripts.push({ name: 'inline', sizes: sizesOf(code), loading });
			if (loading === 'inline module, after parsing') {
				const imports = importsOf(code);
				for (const [names, how] of [
					[imports.static, loading],
					[imports.dynamic, 'lazy: dynamic import()'],
				] as const) {
					for (const name of names) {
						const path = distPath(name, pagePath, base);
						if (path) await addModule(path, how);
					}
				}
			}
			continue;
		}
		const path = distPath(src, pagePath, base);
		if (path) await addModule(path, loading);
	}

	const html = sizesOf(htmlText);
	return {
		page: `/${pagePath}`,
		html,
		inlineCss,
		inlineData,
		blockingCss,
		total: sumSizes([html, ...blockingCss.map((css) => css.sizes)]),
		blockingScripts,
		scripts,
	};
}
