import { slug } from 'github-slugger';
import { FACET_KINDS, type FacetKind } from './facet-kinds.ts';

/** An event as the facets read it: a chronology event has all of this. */
export interface Faceted {
	slug: string;
	actors: readonly string[];
	places: readonly string[];
	tags: readonly string[];
	citations: readonly { publisher: string }[];
}

/** One actor, place, tag or outlet and the events that have it, in the chronology's order. */
export interface Facet<Event> {
	kind: FacetKind;
	/** As the content writes it: "Kim Jong Un". */
	name: string;
	/** Its address and filter value (github-slugger): "kim-jong-un". */
	slug: string;
	events: Event[];
}

/** The address (and filter value) of a name: `Kim Jong Un` → `kim-jong-un`. */
export function facetSlug(name: string): string {
	return slug(name);
}

/** The names of one kind an event has, each once: its outlets are the publishers of the sources it cites. */
function facetNames(event: Faceted, kind: FacetKind): string[] {
	switch (kind) {
		case 'actor':
			return [...new Set(event.actors)];
		case 'place':
			return [...new Set(event.places)];
		case 'tag':
			return [...new Set(event.tags)];
		case 'outlet':
			return [...new Set(event.citations.map((citation) => citation.publisher))];
	}
}

/**
 * `actor:kim-jong-un place:russia tag:summit outlet:euronews`: what the in-page filter matches an
 * event against, one token per facet it has.
 */
export function facetTokens(event: Faceted): string {
	return FACET_KINDS.flatMap((kind) =>
		facetNames(event, kind).map((name) => `${kind}:${facetSlug(name)}`),
	).join(' ');
}

/**
 * Every actor, place, tag and outlet of the chronology with its events (in the order given),
 * each kind sorted by name. Two names of one kind with one address ("Kim Jong Un" and
 * "Kim Jong-un") are an error naming both, since they would share a page: most often they are one
 * name written two ways.
 */
export function collectFacets<Event extends Faceted>(events: readonly Event[]): Facet<Event>[] {
	const facets = new Map<string, Facet<Event>>();
	for (const event of events) {
		for (const kind of FACET_KINDS) {
			for (const name of facetNames(event, kind)) {
				const address = facetSlug(name);
				if (address === '')
					throw new Error(
						`The ${kind} "${name}" of event "${event.slug}" has no letter or digit to make its page's address from: name it in words.`,
					);
				const key = `${kind}:${address}`;
				const facet = facets.get(key);
				if (!facet) facets.set(key, { kind, name, slug: address, events: [event] });
				else if (facet.name !== name) {
					throw new Error(
						`The ${kind}s "${facet.name}" (event "${facet.events[0]!.slug}") and "${name}" (event "${event.slug}") would share the page ` +
							`/${kind}s/${address}/: write them the same way if they are one, or tell them apart in words.`,
					);
				} else if (facet.events.at(-1) !== event) facet.events.push(event);
			}
		}
	}
	return [...facets.values()].sort(
		(a, b) =>
			FACET_KINDS.indexOf(a.kind) - FACET_KINDS.indexOf(b.kind) ||
			a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
			(a.name < b.name ? -1 : 1),
	);
}
