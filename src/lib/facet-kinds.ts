/** What the chronology can be filtered by: an event's actors, places and tags, and its sources' outlets. */
export type FacetKind = 'actor' | 'place' | 'tag' | 'outlet';

/**
 * Every kind, in the order pages and the filter line list them. Apart from facets.ts so the
 * browser's filter reads it without bundling the slugger.
 */
export const FACET_KINDS: readonly FacetKind[] = ['actor', 'place', 'tag', 'outlet'];
