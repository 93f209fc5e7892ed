import { readdir } from 'node:fs/promises';
import { sep } from 'node:path';

/** A built HTML page: its file in `dist/` and the path a server gives it under the site's base. */
export interface BuiltPage {
	/** Relative to `dist/`, with `/`: `events/kim-putin-summit/index.html`, `404.html`. */
	file: string;
	/** Relative to the base, as linked (trailing slash, no `index.html`): `events/kim-putin-summit/`, `''`, `404.html`. */
	path: string;
}

/** Every `.html` file of a built site, in path order. */
export async function listPages(dist: string): Promise<BuiltPage[]> {
	const files = (await readdir(dist, { recursive: true }))
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.split(sep).join('/'))
		.sort();
	return files.map((file) => ({
		file,
		path:
			file === 'index.html' || file.endsWith('/index.html')
				? file.slice(0, -'index.html'.length)
				: file,
	}));
}
