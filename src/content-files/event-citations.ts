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
 * How long a reading of the events folder is trusted before its files are listed and their times
 * compared again: a build compiles hundreds of sources within that time (listing and stating 500
 * event files for each of 250 sources took two seconds), while in `astro dev` a source is compiled
 * again only when it changes, long after any event edit before it.
 */
const RECHECK_MS = 1000;

/** The citations last read from each events folder, and when. */
const lastRead = new Map<
	string,
	{ at: number; bySource: ReadonlyMap<unknown, readonly CitationFrontmatter[]> }
>();

/**
 * Every citation of the events in `folder` (as the collection lists them), grouped by the source
 * it names: read once per build, not once per source page. An event whose frontmatter cannot be
 * read is left out here; the collection reports it, naming the file and line.
 */
export function citationsBySource(
	folder: string,
): ReadonlyMap<unknown, readonly CitationFrontmatter[]> {
	const dir = resolve(folder);
	const recent = lastRead.get(dir);
	if (recent && performance.now() - recent.at < RECHECK_MS) return recent.bySource;
	const names = listEventFiles(dir);
	const bySource = readCached('citations', dir, names, () => {
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
	lastRead.set(dir, { at: performance.now(), bySource });
	return bySource;
}
