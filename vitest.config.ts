import { defineConfig } from 'vitest/config';

/** Where the JSON results go, for `.ci/run`'s closing `N passed, N failed` line. */
const RESULTS_FILE = '.vitest/results.json';

const env = { ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * One run, three kinds of test (`npx vitest run --project unit|build|e2e` runs one kind):
 * - unit: pure code, fast;
 * - build: Astro builds of fixture sites and of the real site, asserting on `dist/` or the error;
 * - e2e: the built site in headless Chromium.
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
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/build/**', 'tests/e2e/**'],
					env,
				},
			},
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
		],
	},
});
