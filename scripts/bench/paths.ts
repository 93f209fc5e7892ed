import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the benchmark builds and keeps its throwaway projects: inside the repository (ignored by
 * git), because Astro bundles a build's pages under its outDir only when that is inside the working
 * directory; elsewhere, builds share `<cwd>/.astro/.prerender` and overwrite each other's.
 */
export const BENCH_DIR = join(REPO, 'docs/.bench');
