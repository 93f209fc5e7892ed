import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { quoteRecords, type ExportedEvents } from '../../lib/search/quote-records.ts';

/** Pagefind's ready-made interfaces, which it writes beside the index: the site uses its own box. */
const UNUSED_BUNDLES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/** Options of {@link searchIndex}. */
export interface SearchIndexOptions {
	/** The pages to index, a glob under the output folder. */
	pages: string;
	/** Parts of a page that are not its content (site header, navigation, footer). */
	exclude: string[];
}

/**
 * The site's search index, built by Pagefind (its binary ships in the npm package; nothing is
 * fetched) after every build into `<outDir>/pagefind/`, served under the base. It indexes the
 * `<main>` of the pages `options.pages` names, and each cited quote as a record of its own that
 * links to the quote's mark (read from the build's `chronology.json`).
 */
export function searchIndex(options: SearchIndexOptions): AstroIntegration {
	let base = '/';
	return {
		name: 'chronology:search',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pagefind = await import('pagefind');
				try {
					const { index, errors } = await pagefind.createIndex({
						rootSelector: 'main',
						excludeSelectors: options.exclude,
						forceLanguage: 'en',
					});
					if (!index)
						throw new AstroError(
							`Pagefind could not start: ${errors.join('; ')}`,
							'Reinstall with `npm ci`: the pagefind package carries its binary for this platform.',
						);
					const pages = await index.addDirectory({ path: outDir, glob: options.pages });
					// The quotes come from the export; a site built without it (a test fixture with pages of
					// its own) is indexed by its pages alone.
					const exported = await readFile(join(outDir, 'chronology.json'), 'utf8').then(
						(text) => JSON.parse(text) as ExportedEvents,
						(error: NodeJS.ErrnoException) => {
							if (error.code === 'ENOENT') return undefined;
							throw error;
						},
					);
					const quotes = exported ? quoteRecords(exported, base) : [];
					for (const record of quotes) {
						const added = await index.addCustomRecord(record);
						errors.push(...added.errors);
					}
					const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
					const failed = [...errors, ...pages.errors, ...written.errors];
					if (failed.length > 0)
						throw new AstroError(`Pagefind failed to index the site: ${failed.join('; ')}`);
					await Promise.all(
						UNUSED_BUNDLES.map((file) => rm(join(outDir, 'pagefind', file), { force: true })),
					);
					logger.info(`search: ${pages.page_count} pages and ${quotes.length} quotes indexed`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
