import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, EACH_BASE } from '../helpers/build.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../harness/headers-file.ts';
import { attribute, readPage, textContent } from '../../harness/html.ts';
import { listPages, type BuiltPage } from '../helpers/pages.ts';

/** The directives every page's policy must carry (issue 4), besides Astro's hashes. */
const REQUIRED = [
	"default-src 'self'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"connect-src 'self'",
];

/** A policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name = '', ...sources]) => [name, sources]),
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy of a page's `<meta http-equiv="content-security-policy">`; the page must have exactly one. */
async function metaPolicy(
	dist: string,
	page: BuiltPage,
): Promise<{ policy: string; inlineScripts: string[]; inlineStyles: string[] }> {
	const { all } = await readPage(dist, page.file);
	const metas = all(
		(element) =>
			element.tagName === 'meta' &&
			attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
	);
	if (metas.length !== 1)
		throw new Error(`${page.file} has ${metas.length} CSP <meta> elements, expected one`);
	// Scripts the browser runs: classic or module, without `src`. JSON data blocks are not run.
	const runs = (type: string | undefined) =>
		type === undefined || type === '' || type === 'module' || /javascript/i.test(type);
	return {
		policy: attribute(metas[0]!, 'content') ?? '',
		inlineScripts: all(
			(element) =>
				element.tagName === 'script' &&
				attribute(element, 'src') === undefined &&
				runs(attribute(element, 'type')),
		).map(textContent),
		inlineStyles: all((element) => element.tagName === 'style').map(textContent),
	};
}

describe.each(EACH_BASE)('the Content-Security-Policy of the site built %s', (_, base) => {
	let dist: string;
	let pages: BuiltPage[];
	let rules: HeaderRule[];
	beforeAll(async () => {
		dist = await buildSite({ base });
		pages = await listPages(dist);
		rules = parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8'));
	});

	test('every page has a <meta> policy with the required directives and a hash for each inline script and style, never unsafe-inline', async () => {
		for (const page of pages) {
			const { policy, inlineScripts, inlineStyles } = await metaPolicy(dist, page);
			const meta = directives(policy);
			const scriptSources = [
				...(meta.get('script-src') ?? []),
				...(meta.get('script-src-elem') ?? []),
			];
			const styleSources = [
				...(meta.get('style-src') ?? []),
				...(meta.get('style-src-elem') ?? []),
			];

			for (const directive of REQUIRED) expect(policy, page.file).toContain(directive);
			expect(policy, page.file).not.toContain("'unsafe-inline'");
			expect(policy, page.file).not.toContain("'unsafe-eval'");
			expect(
				scriptSources.filter((source) => source.startsWith("'sha256-")),
				page.file,
			).not.toEqual([]);
			expect({
				page: page.file,
				unhashed: inlineScripts.map(sha256).filter((hash) => !scriptSources.includes(hash)),
			}).toEqual({ page: page.file, unhashed: [] });
			expect({
				page: page.file,
				unhashed: inlineStyles.map(sha256).filter((hash) => !styleSources.includes(hash)),
			}).toEqual({ page: page.file, unhashed: [] });
		}
	});

	test('_headers gives each page one Content-Security-Policy allowing what its <meta> allows, framable only under embed/', async () => {
		for (const page of pages) {
			const { policy } = await metaPolicy(dist, page);
			const header = headersFor(rules, `${base}${page.path}`)['Content-Security-Policy'];
			expect(header, `${base}${page.path} has a Content-Security-Policy header`).toBeDefined();
			const served = directives(header!);

			for (const [name, sources] of directives(policy)) {
				expect({
					page: page.file,
					name,
					missing: sources.filter((source) => !served.get(name)?.includes(source)),
				}).toEqual({ page: page.file, name, missing: [] });
			}
			expect(served.get('frame-ancestors'), page.file).toEqual(
				page.path.startsWith('embed/') ? ['*'] : ["'none'"],
			);
		}
	});

	test('_headers gives every response of the site nosniff, a referrer policy and a permissions policy', () => {
		for (const path of ['', 'chronology.json', '_astro/anything.js', 'no-such-page/']) {
			const headers = headersFor(rules, `${base}${path}`);

			expect(headers, path).toMatchObject({
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'strict-origin-when-cross-origin',
				'Permissions-Policy': expect.stringContaining('browsing-topics=()'),
			});
		}
		expect(
			rules.every((rule) => rule.pattern.startsWith(base)),
			'every rule is under the base',
		).toBe(true);
	});
});
