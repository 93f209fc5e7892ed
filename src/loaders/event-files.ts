import { readdirSync } from 'node:fs';

/**
 * The events collection's files: `.md` and `.mdx`, in subfolders too (`**\/*.{md,mdx}` in
 * src/content.config.ts). Whatever reads event files outside Astro (the quote marks on source
 * pages, the ingest's corrections) lists them here, so it sees every event the site publishes.
 * @returns paths relative to `folder`, in name order; none when the folder does not exist.
 */
export function listEventFiles(folder: string): string[] {
	let names: string[];
	try {
		names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	return names.filter((name) => /\.mdx?$/.test(name)).sort();
}
