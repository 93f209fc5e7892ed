import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { buildChronology, type Chronology } from '../lib/chronology.ts';
import { currentContentProblem } from '../loaders/content-problems.ts';
import { contentChangeDays, contentHistory } from './content-dates.ts';
import { routes } from './routes.ts';

/** The site's chronology: its events and sources carry their collection entries, for rendering. */
export type SiteChronology = Chronology<CollectionEntry<'events'>, CollectionEntry<'sources'>>;

let chronology: Promise<SiteChronology> | undefined;

/**
 * The chronology model, built once per build from the `events` and `sources` collections: the only
 * place content entries become the model that the list, the timeline, event and source pages and
 * exports use. In `astro dev` it is rebuilt on every call, so edited content shows without a restart,
 * and a content error the loaders found (a citation, a field, YAML) is thrown instead, so that the
 * page shows it in the browser rather than the last good data.
 */
export function getChronology(): Promise<SiteChronology> {
	if (import.meta.env.DEV) {
		const problem = currentContentProblem();
		return problem ? Promise.reject(problem) : loadChronology();
	}
	return (chronology ??= loadChronology());
}

async function loadChronology(): Promise<SiteChronology> {
	const [events, sources] = await Promise.all([getCollection('events'), getCollection('sources')]);
	const files = [...events, ...sources].flatMap((entry) =>
		entry.filePath ? [entry.filePath] : [],
	);
	// Entries' paths are relative to the project root (a fixture's, in the build tests).
	const changed = await contentChangeDays(fileURLToPath(root), files);
	const eventChanged = new Map(
		events.flatMap((entry) => {
			const day = entry.filePath ? changed.get(entry.filePath) : undefined;
			return day ? [[entry.id, day] as const] : [];
		}),
	);
	const history = await contentHistory(fileURLToPath(root), files);
	const eventHistory = new Map(
		events.flatMap((entry) => {
			const days = entry.filePath ? history.get(entry.filePath) : undefined;
			return days ? [[entry.id, days] as const] : [];
		}),
	);
	return buildChronology({
		events,
		sources,
		routes,
		changed: [...changed.values()],
		eventChanged,
		eventHistory,
	});
}
