import { createRoutes } from '../../lib/routes.ts';
import { mergePolicies, parsePolicy, serializePolicy } from './policy.ts';

/** A built page and the Content-Security-Policy of its `<meta>`. */
export interface PagePolicy {
	/** Relative to the base, as linked: `''` (the chronology), `events/kim-putin-summit/`, `404.html`. */
	path: string;
	policy: string;
}

/** One block of a `_headers` file: a path pattern and the headers of the responses it matches. */
export interface HeaderRule {
	/** `/chronology/events/*`, or an exact path: `/chronology/`. */
	pattern: string;
	headers: [name: string, value: string][];
}

/** What {@link securityHeaderRules} needs besides the pages. */
export interface SecurityHeaderOptions {
	/** The site's base path, `/` or `/chronology/`: every pattern starts with it. */
	base: string;
	/** Headers for every response of the site. */
	headers: Record<string, string>;
	/** Top-level folders (`embed/`) whose pages any site may frame; every other page denies framing. */
	frameable: string[];
	/** Top-level folders of content-hashed files (`_astro/`): a new build gives them new names, so caches may keep them for good. */
	immutable?: string[];
}

/** For files whose name changes with their content. */
const CACHE_FOREVER: [string, string] = ['Cache-Control', 'public, max-age=31536000, immutable'];

/**
 * The group of pages one rule covers: a top-level folder (`events/`), or one page at the top level
 * (`''`, `404.html`). Groups never overlap, so no response matches two Content-Security-Policy rules.
 */
function groupOf(path: string): string {
	const slash = path.indexOf('/');
	return slash === -1 ? path : path.slice(0, slash + 1);
}

/**
 * The rules of a `_headers` file (Netlify's and Cloudflare Pages' format) for a built site: the
 * shared headers on every path, then one Content-Security-Policy per group of pages, allowing
 * what each page's `<meta>` allows (their hashes merged) plus `frame-ancestors`, which a `<meta>`
 * cannot carry.
 *
 * The policy is set once per response on purpose: both hosts apply every rule that matches, and
 * where two give the same header Netlify keeps one and Cloudflare joins them, so a site-wide
 * `frame-ancestors 'none'` could not be lifted for the embed on both.
 */
export function securityHeaderRules(
	pages: PagePolicy[],
	options: SecurityHeaderOptions,
): HeaderRule[] {
	const groups = new Map<string, PagePolicy[]>();
	for (const page of pages) {
		const group = groupOf(page.path);
		groups.set(group, [...(groups.get(group) ?? []), page]);
	}
	const under = createRoutes({ base: options.base }).path;
	const rules: HeaderRule[] = [
		{ pattern: under('*'), headers: Object.entries(options.headers) },
		...(options.immutable ?? []).map((folder) => ({
			pattern: under(`${folder}*`),
			headers: [CACHE_FOREVER],
		})),
	];
	for (const [group, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		const policy = mergePolicies(members.map((page) => parsePolicy(page.policy)));
		policy.set('frame-ancestors', options.frameable.includes(group) ? ['*'] : ["'none'"]);
		rules.push({
			pattern: under(group.endsWith('/') ? `${group}*` : group),
			headers: [['Content-Security-Policy', serializePolicy(policy)]],
		});
	}
	return rules;
}

/** The text of a `_headers` file: a comment, then each rule's pattern and its indented headers. */
export function formatHeadersFile(rules: HeaderRule[], comment: string): string {
	const lines = comment.split('\n').map((line) => `# ${line}`);
	for (const rule of rules)
		lines.push('', rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
	return `${lines.join('\n')}\n`;
}
