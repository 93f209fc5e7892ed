import type { Site } from '../../harness/site.ts';

/** An event as the site exports it (`chronology.json`): the order and labels the pages must show. */
export interface ExportedEvent {
	id: string;
	title: string;
	/** The editor's short title for the timeline, when there is one. */
	short: string | null;
	date: { label: string };
}

/** The built site's events, in the chronology's order, read from its own export. */
export async function exportedEvents(site: Site): Promise<ExportedEvent[]> {
	const response = await fetch(new URL('chronology.json', site.url));
	return ((await response.json()) as { events: ExportedEvent[] }).events;
}
