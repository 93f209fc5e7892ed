/**
 * What the chronology's filter (src/scripts/filter.ts) hides, for the vis-timeline island: both
 * are loaded on demand, in either order, and share this one module. The island reads `hidden` when
 * it mounts and listens for {@link FILTER_EVENT} on the timeline's root after that.
 */
export const filtered: { hidden: ReadonlySet<string> } = { hidden: new Set() };

/** Fired on the timeline's root after the filter changed `filtered.hidden` and the strip. */
export const FILTER_EVENT = 'timeline:filter';
