import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFrontmatter } from './frontmatter.ts';
import { listEventFiles } from './list-files.ts';
import { readCached } from './read-cached.ts';

/** A citation as an event's frontmatter writes it, unchecked: the events loader checks it. */
export interface CitationFrontmatter {
	source?: unknown;
	paragraph?: unknown;
	quote?: unknown;
}

/**
 * Every citation of the events in `folder` (as the collection lists them), grouped by the source
 * it names: read once per build, not once per source page. An event whose frontmatter cannot be
 * read is left out here; the collection reports it, naming the file and line.
 */
export function citationsBySource(folder: string): ReadonlyMap<unknown, readonly CitationFrontmatter[]> {
	const dir = resolve(folder);
	const names = listEventFiles(dir);
	return readCached('citations', dir, names, () => {
		const bySource = new Map<unknown, CitationFrontmatter[]>();
		for (const name of names) {
			let citations: unknown;
			try {
				citations = readFrontmatter(readFileSync(join(dir, name), 'utf8'))['citations'];
			} catch {
				continue;
			}
			if (!Array.isArray(citations)) continue;
			for (const citation of citations as CitationFrontmatter[]) {
				const list = bySource.get(citation?.source);
				if (list) list.push(citation);
				else bySource.set(citation?.source, [citation]);
			}
		}
		return bySource;
	});
}
