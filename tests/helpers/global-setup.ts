import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../harness/chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A temporary folder for this test run's builds, shared by every test file and removed at the end. */
		buildDir: string;
	}
}

/**
 * Where runs keep their builds: inside the repository (and ignored by git), because Astro bundles a
 * build's pages under its outDir only when that is inside the working directory, and that bundle
 * must find node_modules; an outDir elsewhere makes every build share `<cwd>/.astro/.prerender`,
 * and parallel builds overwrite each other's.
 */
const BUILDS = fileURLToPath(new URL('../../.vitest/builds/', import.meta.url));

/**
 * Stops a run that includes the browser tests at once when there is no Chromium to drive, with
 * one line saying how to get one, rather than after minutes of builds, or with tests skipped.
 * Then gives the run one folder for its builds, so build and browser tests can share one build of the site.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (project.vitest.projects.some((running) => running.name === 'e2e')) {
		try {
			chromiumPath();
		} catch (error) {
			// One line, not Vitest's stack trace of this file: the fix is in the message.
			console.error(error instanceof Error ? error.message : String(error));
			process.exit(1);
		}
	}
	await mkdir(BUILDS, { recursive: true });
	const dir = await mkdtemp(join(BUILDS, 'run-'));
	project.provide('buildDir', dir);
	return () => rm(dir, { recursive: true, force: true });
}
