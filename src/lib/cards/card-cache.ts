import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A folder of rendered cards named by the hash of everything that determines their pixels, so an
 * unchanged card is read back instead of rendered again, and a changed one (text, layout or font)
 * gets a new name. Stale files are harmless; deleting the folder only costs one cold build.
 */
export interface CardCache {
	/** The cached PNG for `inputs`, or the result of `render`, stored for next time. */
	get(
		inputs: unknown,
		render: () => Promise<Uint8Array>,
	): Promise<{ png: Uint8Array; cached: boolean }>;
}

/** The default folder, under node_modules/.cache like other tools' caches (git-ignored, wiped by `npm ci`). */
export const DEFAULT_CARD_CACHE = 'node_modules/.cache/chronology-cards';

/**
 * A cache in `folder`. `salt` is hashed with every key: the fonts' bytes, so a new font re-renders.
 */
export function createCardCache(folder: string, salt: Uint8Array[] = []): CardCache {
	const saltHash = createHash('sha256');
	for (const part of salt) saltHash.update(part);
	const saltDigest = saltHash.digest('hex');
	return {
		async get(inputs, render) {
			const key = createHash('sha256')
				.update(saltDigest)
				.update(JSON.stringify(inputs))
				.digest('hex');
			const file = join(folder, `${key}.png`);
			try {
				return { png: new Uint8Array(await readFile(file)), cached: true };
			} catch {
				const png = await render();
				await mkdir(folder, { recursive: true });
				// Written whole then renamed, so a build stopped mid-write leaves no truncated card behind.
				const partial = `${file}.${process.pid}.tmp`;
				await writeFile(partial, png);
				await rename(partial, file);
				return { png, cached: false };
			}
		},
	};
}
