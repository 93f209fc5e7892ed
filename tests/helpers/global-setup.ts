import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A temporary folder for this test run's builds, shared by every test file and removed at the end. */
		buildDir: string;
	}
}

/** Gives the run one folder for its builds, so build and browser tests can share one build of the site. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const dir = await mkdtemp(join(tmpdir(), 'chronology-tests-'));
	project.provide('buildDir', dir);
	return () => rm(dir, { recursive: true, force: true });
}
