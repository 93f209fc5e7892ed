import { FACET_KINDS, type FacetKind } from './facet-kinds.ts';

/** One condition of the chronology's filter: events with this actor, place, tag or outlet. */
export interface FilterCondition {
	kind: FacetKind;
	slug: string;
}

/**
 * The filter a URL's query asks for (`?actor=kim-jong-un&tag=summit`), in the query's order, each
 * condition once; other parameters are ignored.
 */
export function parseFilter(search: string): FilterCondition[] {
	const conditions: FilterCondition[] = [];
	for (const [key, value] of new URLSearchParams(search)) {
		const kind = FACET_KINDS.find((candidate) => candidate === key);
		if (
			!kind ||
			value === '' ||
			conditions.some((seen) => seen.kind === kind && seen.slug === value)
		)
			continue;
		conditions.push({ kind, slug: value });
	}
	return conditions;
}

/** The query for a filter (`?actor=kim-jong-un&tag=summit`), or `''` for none. */
export function filterQuery(conditions: readonly FilterCondition[]): string {
	const params = new URLSearchParams(conditions.map(({ kind, slug }) => [kind, slug]));
	const query = params.toString();
	return query === '' ? '' : `?${query}`;
}

/**
 * The filter condition a link to a name's page stands for (`/chronology/actors/kim-jong-un/` →
 * actor `kim-jong-un`), from its path (`routes.facet`) under `base`; none for any other link.
 */
export function facetOfPath(pathname: string, base: string): FilterCondition | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const [, plural = '', slug = ''] =
		pathname.slice(base.length).match(/^([a-z]+)\/([^/]+)\/$/) ?? [];
	const kind = FACET_KINDS.find((candidate) => `${candidate}s` === plural);
	if (!kind) return undefined;
	try {
		return { kind, slug: decodeURIComponent(slug) };
	} catch {
		return undefined;
	}
}

/** Whether an event with these tokens (facetTokens) meets every condition. */
export function matchesFilter(
	tokens: ReadonlySet<string>,
	conditions: readonly FilterCondition[],
): boolean {
	return conditions.every(({ kind, slug }) => tokens.has(`${kind}:${slug}`));
}
