import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, test } from 'vitest';
import { REPO_ROOT } from '../helpers/build.ts';
import { attribute, readPage, textContent } from '../../harness/html.ts';

const run = promisify(execFile);
const ZONES = ['Pacific/Honolulu', 'Asia/Seoul'] as const;
const PAGES = [
	'',
	'events/white-house-briefing/',
	'events/kim-putin-summit/',
	'sources/',
	'sources/2023-10-13-european-pravda/',
];

/** Builds the site in a fresh Node process whose time zone is `zone`. */
async function buildIn(zone: string): Promise<string> {
	const work = await mkdtemp(join(inject('buildDir'), `tz-${zone.replace('/', '-')}-`));
	const outDir = join(work, 'dist');
	await run(join(REPO_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
		cwd: REPO_ROOT,
		env: {
			...process.env,
			TZ: zone,
			PATH: `${join(REPO_ROOT, 'node_modules/.bin')}:${process.env['PATH']}`,
		},
	});
	return outDir;
}

/** Every `<time>` of a page as a reader and a machine see it. */
async function times(dist: string, path: string): Promise<string[]> {
	const page = await readPage(dist, path);
	return page
		.all((element) => element.tagName === 'time')
		.map((time) => `${attribute(time, 'datetime')} ${textContent(time)}`);
}

describe('dates in every time zone', () => {
	test('a build in Honolulu and one in Seoul show the same calendar days, on the pages and in the data', async () => {
		// One after the other: two CLI builds of one root share Astro's content cache.
		const honolulu = await buildIn(ZONES[0]);
		const seoul = await buildIn(ZONES[1]);
		for (const path of PAGES) {
			const here = await times(honolulu, path);
			expect(here.length).toBeGreaterThan(0);
			expect(await times(seoul, path)).toEqual(here);
		}
		const briefing = await times(honolulu, 'events/white-house-briefing/');
		expect(briefing[0]).toBe('2023-10-13 13 October 2023');
		const json = (dist: string) => readFile(join(dist, 'chronology.json'), 'utf8');
		expect(await json(seoul)).toEqual(await json(honolulu));
	});
});
