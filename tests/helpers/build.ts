import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { build, type AstroInlineConfig } from 'astro';
import { inject } from 'vitest';

/** The repository: the real site. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const FIXTURES = join(REPO_ROOT, 'tests/build/fixtures');

// Vitest copies its `import.meta.env` into process.env (BASE_URL '/', MODE 'test', DEV, PROD, SSR,
// and SITE from the components project's Astro config), and Astro passes every process.env variable
// to the pages it renders as `import.meta.env`: left there, BASE_URL '/' would override the base of
// a build for `/chronology/`, SITE a fixture's site, and DEV would claim a development build.
for (const key of ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];

/** What a build produced: the folder of the built site, or the error the build failed with. */
export type BuildResult = { dist: string; error?: undefined } | { dist?: undefined; error: Error };

/**
 * Builds with Astro's programmatic API into a fresh folder under the run's build folder, keeping
 * Astro's and Vite's caches there too, so no build writes into another's or into the repository's.
 * @returns the folder of the built site.
 */
async function buildInto(work: string, config: AstroInlineConfig): Promise<string> {
	const outDir = join(work, 'dist');
	await build({
		outDir,
		cacheDir: join(work, 'cache'),
		logLevel: 'error',
		...config,
		vite: { cacheDir: join(work, 'vite'), ...config.vite },
	});
	return outDir;
}

/**
 * Builds the fixture site `tests/build/fixtures/<name>/` (or the folder `name`, if absolute).
 *
 * A fixture holds content only: it is built with the real `astro.config.mjs`, `src/` and `public/`,
 * so a fixture test exercises our schemas, loaders, plugins and pages, not Astro's defaults.
 * `config` overrides any of that (say `{ base: '/chronology/' }`).
 */
export async function buildFixture(
	name: string,
	config: AstroInlineConfig = {},
): Promise<BuildResult> {
	const root = isAbsolute(name) ? name : join(FIXTURES, name);
	if (!existsSync(root)) throw new Error(`No fixture at ${root}`);
	const work = await mkdtemp(join(inject('buildDir'), 'fixture-'));
	try {
		const dist = await buildInto(work, {
			root,
			// Astro resolves `configFile` from `root`, even when it is absolute.
			configFile: relative(root, join(REPO_ROOT, 'astro.config.mjs')),
			srcDir: join(REPO_ROOT, 'src'),
			publicDir: join(REPO_ROOT, 'public'),
			...config,
		});
		return { dist };
	} catch (error) {
		return { error: error instanceof Error ? error : new Error(String(error)) };
	}
}

/** The two ways the site is deployed, for `describe.each`: at a domain's root and under a sub-path. */
export const EACH_BASE = [
	['at the domain root', '/'],
	['under a sub-path base', '/chronology/'],
] as const;

/** Options for {@link buildSite}. */
export interface SiteOptions {
	/** The base path the site is built for; `/` (the default) for a domain root. */
	base?: string;
}

const BUILD_WAIT_MS = 300_000;
const sites = new Map<string, Promise<string>>();

/**
 * Builds the real site once per test run and base, however many test files ask for it: the first
 * caller builds, the others (in this worker or another) wait for that build.
 * @returns the folder of the built site.
 * @throws the build's error, in every test file that asked for the site.
 */
export function buildSite({ base = '/' }: SiteOptions = {}): Promise<string> {
	let site = sites.get(base);
	if (!site) {
		site = buildSiteOnce(base);
		sites.set(base, site);
	}
	return site;
}

async function buildSiteOnce(base: string): Promise<string> {
	const work = join(inject('buildDir'), `site-${encodeURIComponent(base)}`);
	const done = join(work, 'done');
	const failed = join(work, 'failed');
	try {
		// Creating the folder is the lock: it succeeds in exactly one worker.
		await mkdir(work);
	} catch {
		return waitForBuild(work, done, failed);
	}
	try {
		const dist = await buildInto(work, { root: REPO_ROOT, base });
		await writeFile(done, dist);
		return dist;
	} catch (error) {
		await writeFile(
			failed,
			error instanceof Error ? (error.stack ?? error.message) : String(error),
		);
		throw error;
	}
}

async function waitForBuild(work: string, done: string, failed: string): Promise<string> {
	for (let waited = 0; waited < BUILD_WAIT_MS; waited += 250) {
		if (existsSync(done)) return readFile(done, 'utf8');
		if (existsSync(failed))
			throw new Error(
				`The site build failed in another test file:\n${await readFile(failed, 'utf8')}`,
			);
		await sleep(250);
	}
	throw new Error(`Gave up waiting for the site build in ${work} after ${BUILD_WAIT_MS / 1000} s`);
}
