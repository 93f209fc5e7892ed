import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/** Where the JSON results go, for `.ci/run`'s closing `N passed, N failed` line. */
const RESULTS_FILE = '.vitest/results.json';

const env = { ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * One run, five kinds of test (`npx vitest run --project unit|components|build|e2e|bench` runs one):
 * - unit: pure code, fast (and the benchmark's measuring code, tested beside it in scripts/);
 * - components: `.astro` components rendered with the Container API, through Astro's own Vite
 *   config (`getViteConfig` reads astro.config.mjs, so `.astro` files compile as in the site);
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
					exclude: ['tests/build/**', 'tests/e2e/**', 'tests/components/**', 'scripts/bench.test.ts'],
					env,
				},
			},
			// Astro's Vite config (from astro.config.mjs), so `.astro` files compile as in the site; without
			// the dev toolbar, whose source annotations would clutter the HTML. Vitest serves from `/` whatever
			// the config's base, so links here carry base `/`; the build tests cover a sub-path.
			getViteConfig(
				{ test: { name: 'components', include: ['tests/components/**/*.test.ts'], env } },
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
