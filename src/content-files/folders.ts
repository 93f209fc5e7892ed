/**
 * Where content lives, relative to the project root, and which files of each folder are entries.
 * content.config.ts, astro.config.mjs, both CLIs, the loaders and the remark plugins all read
 * these, so a folder or a pattern is written once.
 */
export const CONTENT_FOLDERS = {
	/** One MDX page per article, written by `npm run ingest`. */
	sources: 'content/sources',
	/** One MDX (or Markdown) file per event, in subfolders too. */
	events: 'content/events',
	/** The articles exactly as received, and every superseded original under `superseded/`. */
	received: 'content/received',
} as const;

/** The collections' glob patterns (tinyglobby's, as Astro's `glob()` reads them), relative to their folder. */
export const CONTENT_PATTERNS = {
	/** The ingest writes sources at the top of their folder, as `.mdx`. */
	sources: '*.mdx',
	/** Editors may file events in subfolders and write them as plain Markdown. */
	events: '**/*.{md,mdx}',
} as const;

/**
 * The path segment a remark plugin looks for in a file's path to know it is a source page:
 * `/content/sources/`.
 */
export const SOURCES_PATH_SEGMENT = `/${CONTENT_FOLDERS.sources}/`;
