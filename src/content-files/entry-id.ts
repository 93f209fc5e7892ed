import { slug } from 'github-slugger';

/**
 * The id of the entry at `entry` (a path relative to the collection's folder): the file name without
 * its extension, slugified, so `2023-10-14-euronews.mdx` is `2023-10-14-euronews` and
 * `2023/kim-putin-summit.md` is `kim-putin-summit`. Folders are for filing only: moving a file
 * between them never changes its address. A frontmatter `slug` is not honoured: the file name is
 * the one place an id is written.
 */
export function entryId(entry: string): string {
	return slug(
		entry
			.replaceAll('\\', '/')
			.split('/')
			.at(-1)!
			.replace(/\.[^./]+$/, ''),
	);
}
