import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { slug } from 'github-slugger';
import { ContentDataError } from '../schemas/content-errors.ts';

/** Options of Astro's `glob()` loader, less `generateId`: the id is always the file's path. */
export type UniqueGlobOptions = Omit<Parameters<typeof glob>[0], 'generateId'>;

/**
 * The id of the entry at `entry` (a path relative to the collection's base): the path without its
 * extension, each segment slugified, so `2023-10-14-euronews.mdx` is `2023-10-14-euronews`.
 * A frontmatter `slug` is not honoured: the file name is the one place an id is written.
 */
export function entryId(entry: string): string {
	return entry
		.replace(/\.[^./]+$/, '')
		.split('/')
		.map((segment) => slug(segment))
		.join('/');
}

/**
 * Astro's `glob()` loader, failing the build when two files give the same id.
 *
 * Astro 7 alone lets one of them vanish: its own check only runs when the second file's content
 * differs from the first's (an identical copy is dropped without a word), and it only warns unless
 * `prerenderConflictBehavior` is `'error'`.
 */
export function uniqueGlob(options: UniqueGlobOptions): Loader {
	/** Which file each id came from during the current load. */
	const claims = new Map<string, URL>();
	let root: URL | undefined;

	const loader = glob({
		...options,
		generateId: ({ entry, base }) => {
			const id = entryId(entry);
			const file = new URL(`./${encodeURI(entry)}`, base);
			const claimant = claims.get(id);
			// In `astro dev` a renamed file claims its id again; only a file still on disk is a rival.
			if (claimant && claimant.href !== file.href && existsSync(claimant)) {
				const [first, second] = [claimant, file].map((url) => displayPath(url, root)).sort();
				throw new AstroError(
					`Two content files have the id "${id}": ${first} and ${second}.`,
					'An entry’s id is its file name, slugified, and must be unique in its collection: rename or delete one of the two files.',
				);
			}
			claims.set(id, file);
			return id;
		},
	});

	return {
		...loader,
		name: 'unique-glob-loader',
		load: (context) => {
			claims.clear();
			root = context.config.root;
			return loader.load({ ...context, parseData: placingFieldErrors(context.parseData, root) });
		},
	};
}

/** `parseData`, its {@link ContentDataError}s placed in the file being parsed (glob() gives its absolute path). */
function placingFieldErrors(parseData: LoaderContext['parseData'], root: URL): LoaderContext['parseData'] {
	return async (props) => {
		try {
			return await parseData(props);
		} catch (error) {
			if (error instanceof ContentDataError && props.filePath) throw error.in(props.filePath, displayPath(pathToFileURL(props.filePath), root));
			throw error;
		}
	};
}

function displayPath(file: URL, root: URL | undefined): string {
	const path = fileURLToPath(file);
	return root ? relative(fileURLToPath(root), path) : path;
}
