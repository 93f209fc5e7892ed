import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { entryId } from '../content-files/entry-id.ts';
import { ContentDataError } from '../schemas/content-errors.ts';
import { clearContentProblem, reportContentProblem } from './content-problems.ts';
import { FrontmatterSyntaxError } from './frontmatter-syntax.ts';

/** Options of Astro's `glob()` loader, less `generateId`: the id is always the file's path. */
export type UniqueGlobOptions = Omit<Parameters<typeof glob>[0], 'generateId'>;

/** Extensions of files an editor means as content: one of them that the pattern leaves out is a mistake. */
const CONTENT_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.mdown', '.mkd', '.mdoc']);

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
	/** The files the pattern took during the current load, relative to the base. */
	const taken = new Set<string>();
	let root: URL | undefined;

	const loader = glob({
		...options,
		generateId: ({ entry, base }) => {
			taken.add(entry);
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
		load: async (context) => {
			claims.clear();
			taken.clear();
			root = context.config.root;
			const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
			const dev = context.watcher !== undefined;
			forgetMovedFiles(context.store, root);
			await loader.load({
				...context,
				...(context.watcher && {
					watcher: followingMovedFiles(context.watcher, context.store, root),
				}),
				parseData: placingFieldErrors(context.parseData, root, dev),
				...(entryTypes && { entryTypes: explainingYamlErrors(entryTypes, root, dev) }),
			});
			const base = new URL(String(options.base ?? '.').replace(/\/?$/, '/'), root);
			const strays = await contentFilesLeftOut(base, taken);
			if (strays.length > 0) {
				const shown = strays.map((entry) =>
					displayPath(new URL(`./${encodeURI(entry)}`, base), root),
				);
				throw new AstroError(
					`${shown.join(', ')}: ${strays.length === 1 ? 'this file is' : 'these files are'} not read by the collection in ${displayPath(base, root)}, whose files must match "${String(options.pattern)}".`,
					`Rename or move ${strays.length === 1 ? 'it' : 'them'} so the pattern takes ${strays.length === 1 ? 'it' : 'them'} (the README's "Project structure" says what each folder holds), or delete ${strays.length === 1 ? 'it' : 'them'}.`,
				);
			}
		},
	};
}

type Store = LoaderContext['store'];
/** The watcher events glob() listens to, each called with the file's path. */
const FILE_EVENTS = new Set(['add', 'change', 'unlink']);
type Watcher = NonNullable<LoaderContext['watcher']>;

/**
 * Works around Astro 7's glob() keeping a moved file's old path. When an entry's content digest is
 * unchanged, glob() keeps the stored entry, `filePath` included (loaders/glob.js, `syncData`): after
 * `mv content/events/x.mdx content/events/2023/` (or `x.mdx` → `x.md`) a build with the cache of an
 * earlier one imports `astro:content-layer-deferred-module?…fileName=content/events/x.mdx` and fails
 * ("Rolldown failed to resolve import") until `astro build --force`. Reproduce with a plain
 * `glob({ pattern: '**\/*.mdx', base })` collection: build, move one file into a subfolder, build.
 * An entry whose file is gone is forgotten before glob() runs, so it reads the file where it is now.
 */
function forgetMovedFiles(store: Store, root: URL): void {
	for (const [id, entry] of store.entries()) {
		if (entry.filePath && !existsSync(new URL(entry.filePath, root))) store.delete(id);
	}
}

/**
 * The same upstream behaviour in `astro dev`, where a move reaches glob() as two watcher events in
 * either order: an `add` of the new path (glob() keeps the entry, old path and all, its content
 * being the same) and an `unlink` of the old one (glob() deletes the entry: the event 404s until
 * edited). So an `add` or `change` first forgets an entry whose file is gone, and an `unlink` is
 * passed on only when the entry still belongs to the deleted file.
 */
function followingMovedFiles(watcher: Watcher, store: Store, root: URL): Watcher {
	const rootPath = fileURLToPath(root);
	const fromRoot = (path: string) => relative(rootPath, path).split('\\').join('/');
	return new Proxy(watcher, {
		get(target, property, receiver) {
			if (property === 'on') {
				return (event: string, listener: (path: string, ...rest: unknown[]) => unknown) =>
					!FILE_EVENTS.has(event)
						? target.on(event, listener)
						: target.on(event, (path: string, ...rest: unknown[]) => {
								const entry = store.get(entryId(path));
								if (event === 'unlink' && entry?.filePath && entry.filePath !== fromRoot(path))
									return undefined;
								if (
									(event === 'add' || event === 'change') &&
									entry?.filePath &&
									entry.filePath !== fromRoot(path)
								) {
									if (!existsSync(new URL(entry.filePath, root))) store.delete(entryId(path));
								}
								return listener(path, ...rest);
							});
			}
			const value: unknown = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}

/**
 * Files under `base` that look like content (Markdown or MDX by their extension) but that the
 * pattern did not take: a page saved as `.md`, or in a subfolder, would otherwise vanish silently.
 * Hidden files and folders (`.DS_Store`, `.git/`) are not content.
 */
async function contentFilesLeftOut(base: URL, taken: ReadonlySet<string>): Promise<string[]> {
	const entries = await readdir(base, { recursive: true }).catch(() => []);
	return entries
		.map((entry) => entry.split('\\').join('/'))
		.filter(
			(entry) =>
				!entry.split('/').some((segment) => segment.startsWith('.')) &&
				CONTENT_EXTENSIONS.has(extname(entry).toLowerCase()) &&
				!taken.has(entry),
		)
		.sort();
}

/**
 * The readers of `.md` and `.mdx` files, which glob() takes from its context: Astro 7 passes them
 * to every loader (content-layer.js) without declaring them in `LoaderContext`.
 */
type EntryTypes = Map<string, { getEntryInfo(info: { contents: string; fileUrl: URL }): unknown }>;

/**
 * The entry types, their frontmatter's YAML errors explained: Astro reports one as the parser's
 * reason alone ("bad indentation of a mapping entry") with a js-yaml stack; this says which file,
 * line and field, and how to quote a value with quotation marks in it.
 */
function explainingYamlErrors(entryTypes: EntryTypes, root: URL, dev: boolean): EntryTypes {
	return new Map(
		[...entryTypes].map(([extension, entryType]) => [
			extension,
			{
				...entryType,
				getEntryInfo: async (info: { contents: string; fileUrl: URL }) => {
					const path = fileURLToPath(info.fileUrl);
					try {
						const entry = await entryType.getEntryInfo(info);
						if (dev) clearContentProblem(`yaml:${path}`);
						return entry;
					} catch (error) {
						const line = (error as { loc?: { line?: unknown } } | undefined)?.loc?.line;
						// MDX throws js-yaml's YAMLException, Markdown Astro's MarkdownError; both carry the 1-based file line.
						const explained =
							error instanceof Error &&
							['YAMLException', 'MarkdownError'].includes(error.name) &&
							typeof line === 'number'
								? new FrontmatterSyntaxError({
										shown: displayPath(info.fileUrl, root),
										path,
										contents: info.contents,
										line,
										reason: error.message,
									})
								: error;
						if (!dev || !(explained instanceof Error)) throw explained;
						// In dev, an empty entry instead: glob() would stop the server at start, or keep the last
						// good data on a change; the page shows the recorded problem until the file is fixed.
						reportContentProblem(`yaml:${path}`, explained, path);
						return { data: {}, body: '', slug: '', rawData: '' };
					}
				},
			},
		]),
	);
}

/**
 * `parseData`, its {@link ContentDataError}s placed in the file being parsed (glob() gives its
 * absolute path). In `astro dev` the error is recorded for the pages to show (content-problems.ts)
 * and the data kept unchecked, not thrown: glob() would stop the server when it starts, and on a
 * change only log the error and serve the entry's last good data. No page reads the unchecked
 * data: `getChronology()` throws the recorded problem first.
 */
function placingFieldErrors(
	parseData: LoaderContext['parseData'],
	root: URL,
	dev: boolean,
): LoaderContext['parseData'] {
	return async <TData extends Record<string, unknown>>(
		props: Parameters<LoaderContext['parseData']>[0] & { data: TData },
	): Promise<TData> => {
		const { filePath } = props;
		try {
			const data = await parseData(props);
			if (dev && filePath) clearContentProblem(`data:${filePath}`);
			return data;
		} catch (error) {
			const placed =
				error instanceof ContentDataError && filePath
					? error.in(filePath, displayPath(pathToFileURL(filePath), root))
					: error;
			if (!dev || !filePath || !(placed instanceof Error)) throw placed;
			reportContentProblem(`data:${filePath}`, placed, filePath);
			return props.data;
		}
	};
}

function displayPath(file: URL, root: URL | undefined): string {
	const path = fileURLToPath(file);
	return root ? relative(fileURLToPath(root), path) : path;
}
