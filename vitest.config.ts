import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/** Where the JSON results go, for `.ci/run`'s closing `N passed, N failed` line. */
const RESULTS_FILE = '.vitest/results.json';

const env = { ASTRO_TELEMETRY_DISABLED: '1' };

/** Tests that render `.astro` components or MDX, so they need Astro's Vite config. */
const ASTRO_RENDERED = [
	'tests/components/**/*.test.ts',
	'tests/remark/**/*.test.ts',
	'tests/ingest/to-mdx.test.ts',
];

/** Slow tests: the ingest's 3,000-run property test (rendered through Astro) and those spawning the CLIs. */
const SLOW = [
	'tests/ingest/property.test.ts',
	'tests/ingest/cli.test.ts',
	'tests/ingest/cli-paths.test.ts',
	'tests/ingest/corpus.test.ts',
	'tests/leads/cli.test.ts',
];

/**
 * One run, six kinds of test (`npx vitest run --project unit|components|slow|build|e2e|bench` runs one):
 * - unit: pure code, fast (and the benchmark's measuring code, tested beside it in scripts/);
 * - components: `.astro` components and MDX rendered with the Container API, through Astro's own
 *   Vite config (`getViteConfig` reads astro.config.mjs, so `.astro` and `.mdx` files compile as in
 *   the site);
 * - slow: the long property test and the CLI runs, apart so that the unit tests stay quick;
 * - build: Astro builds of fixture sites and of the real site, asserting on `dist/` or the error;
 * - e2e: the built site in headless Chromium;
 * - bench: every step of `npm run bench` at a toy size, so that none breaks unnoticed.
 * The global setup stays at the top level and the projects do not inherit it (`extends` unset), so
 * it runs once for the whole run and the build and e2e tests share one build of the site.
 */
export default defineConfig({
	test: {
		reporters: ['default', ['json', { outputFile: RESULTS_FILE }]],
		globalSetup: ['tests/helpers/global-setup.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					// The bench's own tests sit beside it in scripts/, so that tests/ never imports scripts/.
					include: ['tests/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: [
						'tests/build/**',
						'tests/e2e/**',
						...ASTRO_RENDERED,
						...SLOW,
						'scripts/bench.test.ts',
					],
					env,
				},
			},
			// Astro's Vite config (from astro.config.mjs), so `.astro` files compile as in the site; without
			// the dev toolbar, whose source annotations would clutter the HTML. Vitest serves from `/` whatever
			// the config's base, so links here carry base `/`; the build tests cover a sub-path.
			getViteConfig(
				{ test: { name: 'components', include: ASTRO_RENDERED, env } },
				{ devToolbar: { enabled: false } },
			),
			getViteConfig(
				{ test: { name: 'slow', include: SLOW, env, testTimeout: 120_000 } },
				{ devToolbar: { enabled: false } },
			),
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					env,
					// An Astro build takes seconds here, the whole site tens of seconds on a slow machine.
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					env,
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
			{
				test: {
					name: 'bench',
					// Every step of `npm run bench` at a toy size: builds, Lighthouse and Chromium, minutes.
					include: ['scripts/bench.test.ts'],
					env,
					hookTimeout: 900_000,
				},
			},
		],
	},
});
