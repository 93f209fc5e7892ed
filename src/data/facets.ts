import { collectFacets, type Facet } from '../lib/facets.ts';
import { getChronology, type SiteChronology } from './chronology.ts';

/** An actor, place, tag or outlet of the site's chronology, with its events. */
export type SiteFacet = Facet<SiteChronology['events'][number]>;

let facets: Promise<SiteFacet[]> | undefined;

/** Every actor, place, tag and outlet of the chronology, once per build (each `astro dev` request in dev). */
export function getFacets(): Promise<SiteFacet[]> {
	if (import.meta.env.DEV) return getChronology().then(({ events }) => collectFacets(events));
	return (facets ??= getChronology().then(({ events }) => collectFacets(events)));
}
