import type { Site } from '../../harness/site.ts';

/** An event as the site exports it (`chronology.json`): the order, labels and quotes the pages must show. */
export interface ExportedEvent {
	/** The event's slug. */
	id: string;
	title: string;
	/** The editor's short title for the timeline, when there is one. */
	short: string | null;
	date: { label: string };
	/** `url` is on the configured site (SITE_URL), not the test server: only its `#q-…` is of use. */
	citations: { source: string; url: string; quote: string }[];
}

/** The built site's `chronology.json`: its address (SITE_URL), last update and events in order. */
export interface ExportedChronology {
	url: string;
	updated: string;
	events: ExportedEvent[];
}

/** The built site's `chronology.json`, read from the served site. */
export async function exportedChronology(site: Site): Promise<ExportedChronology> {
	const response = await fetch(new URL('chronology.json', site.url));
	return (await response.json()) as ExportedChronology;
}

/** The built site's events, in the chronology's order, read from its own export. */
export async function exportedEvents(site: Site): Promise<ExportedEvent[]> {
	return (await exportedChronology(site)).events;
}
