import { join } from 'node:path';
import { citationsBySource } from './event-citations.ts';
import { CONTENT_FOLDERS } from './folders.ts';
import { listEventFiles, listSourceFiles } from './list-files.ts';

/** How much content a build checked. */
export interface ContentCount {
	events: number;
	sources: number;
	citations: number;
}

/** The events, sources and citations under the project at `root`, listed as the collections list them. */
export function countContent(root: string): ContentCount {
	const events = join(root, CONTENT_FOLDERS.events);
	const citations = [...citationsBySource(events).values()].reduce(
		(sum, list) => sum + list.length,
		0,
	);
	return {
		events: listEventFiles(events).length,
		sources: listSourceFiles(join(root, CONTENT_FOLDERS.sources)).length,
		citations,
	};
}

/** "Checked 31 citations of 7 events against 2 sources: every quote holds." */
export function describeContentCount({ events, sources, citations }: ContentCount): string {
	const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	return `Checked ${plural(citations, 'citation')} of ${plural(events, 'event')} against ${plural(sources, 'source')}: every quote holds.`;
}
