import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { buildFixture, REPO_ROOT } from '../helpers/build.ts';

/**
 * Astro 7's glob() keeps an entry's old `filePath` when the file's content is unchanged, so after a
 * move or a rename a cached build asked Rolldown for the old file and failed until `--force`.
 */
describe('moving and renaming content files after a cached build', () => {
	test('builds every time an event moves into a folder, turns into .md, and a source is renamed', async () => {
		const work = mkdtempSync(join(inject('buildDir'), 'moved-'));
		const root = join(work, 'site');
		cpSync(join(REPO_ROOT, 'tests/build/fixtures/one-event'), root, { recursive: true });
		// One cache for every build: the second build finds the first one's data store.
		const caches = { cacheDir: join(work, 'cache'), vite: { cacheDir: join(work, 'vite') } };
		const events = join(root, 'content/events');
		const eventPage = (dist: string) =>
			readFileSync(join(dist, 'events/containers/index.html'), 'utf8');

		const first = await buildFixture(root, caches);
		expect(first.error).toBeUndefined();
		expect(eventPage(first.dist!)).toContain('More than 1,000 containers');

		mkdirSync(join(events, '2023'));
		renameSync(join(events, 'containers.mdx'), join(events, '2023/containers.mdx'));
		const moved = await buildFixture(root, caches);
		expect(moved.error?.message).toBeUndefined();
		expect(eventPage(moved.dist!)).toContain('More than 1,000 containers');

		renameSync(join(events, '2023/containers.mdx'), join(events, '2023/containers.md'));
		const renamed = await buildFixture(root, caches);
		expect(renamed.error?.message).toBeUndefined();
		expect(eventPage(renamed.dist!)).toContain('More than 1,000 containers');

		// A source keeps its id under a name that slugifies the same.
		const sources = join(root, 'content/sources');
		renameSync(join(sources, '2023-10-14-euronews.mdx'), join(sources, '2023-10-14 Euronews.mdx'));
		const source = await buildFixture(root, caches);
		expect(source.error?.message).toBeUndefined();
		expect(existsSync(join(source.dist!, 'sources/2023-10-14-euronews/index.html'))).toBe(true);
		expect(eventPage(source.dist!)).toContain('More than 1,000 containers');
	}, 300_000);
});
