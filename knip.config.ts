import type { KnipConfig } from 'knip';

/**
 * Unused files, exports and dependencies. Knip's Astro, Vitest and npm-scripts plugins find the
 * entry points (pages, content.config.ts, astro.config.mjs, tests, the CLIs and the bench); the
 * ones below they miss.
 */
const config: KnipConfig = {
	entry: [
		// Imported from a page's <script> after another import, which Knip's Astro reader skips.
		'src/scripts/open-disclosure.ts',
		// Run by .ci/run, not by an npm script.
		'.ci/test-summary.mjs',
		// The content collections' entries: what they import must exist (today, nothing).
		'content/**/*.mdx',
	],
	project: ['**/*.{ts,mjs,astro,mdx}', '!tests/**/fixtures/**', '!scripts/bench/fixtures/**'],
	// Run or served from their files (`require.resolve`), never imported: the Nu checker's jar,
	// Lighthouse's CLI, TimelineJS3's build (loaded in Chromium by tests/e2e/timelinejs.test.ts),
	// world-atlas's countries (read as JSON by the map endpoint).
	ignoreDependencies: ['vnu-jar', 'lighthouse', '@knight-lab/timelinejs', 'world-atlas'],
	// The system's, called by the pretest step to install Chromium and Java.
	ignoreBinaries: ['apt-get'],
	// An export used inside its own module is not dead code, only one more name than needed.
	ignoreExportsUsedInFile: true,
};

export default config;
