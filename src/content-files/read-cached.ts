import { statSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, { stamp: string; value: unknown }>();

/**
 * `read(names)` for the files `names` of `folder`, read again only when one of them is added,
 * removed or saved: once per build, however many pages and checks ask, and afresh on every change
 * in `astro dev`.
 * @param key what is read (one cache entry per key and folder).
 */
export function readCached<T>(
	key: string,
	folder: string,
	names: readonly string[],
	read: () => T,
): T {
	const stamp = names.map((name) => `${name}\0${statSync(join(folder, name)).mtimeMs}`).join('\n');
	const id = `${key}\0${folder}`;
	const known = cache.get(id);
	if (known?.stamp === stamp) return known.value as T;
	const value = read();
	cache.set(id, { stamp, value });
	return value;
}
