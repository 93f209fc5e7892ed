import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, inject, test } from 'vitest';
import { REPO_ROOT } from '../helpers/build.ts';

/**
 * What a build prints, as `npm run build` shows it: a fixture built in a child process at Astro's
 * default log level (the in-process builds of the other tests log errors only).
 */
async function buildOutput(
	fixture: string,
	env: NodeJS.ProcessEnv = SETTINGS,
): Promise<{ code: number | null; output: string }> {
	const work = await mkdtemp(join(inject('buildDir'), 'output-'));
	const root = join(REPO_ROOT, 'tests/build/fixtures', fixture);
	const script = `
		import { build } from 'astro';
		const [root, work, config, src, pub] = process.argv.slice(1);
		await build({ root, configFile: config, srcDir: src, publicDir: pub, outDir: work + '/dist', cacheDir: work + '/cache', vite: { cacheDir: work + '/vite' } });
	`;
	const args = [
		root,
		work,
		join('..', '..', '..', '..', 'astro.config.mjs'),
		join(REPO_ROOT, 'src'),
		join(REPO_ROOT, 'public'),
	];
	const run = spawnSync(
		join(REPO_ROOT, 'node_modules/.bin/node'),
		['--input-type=module', '-e', script, ...args],
		{
			cwd: REPO_ROOT,
			encoding: 'utf8',
			env: { ...withoutSettings(process.env), ...env },
		},
	);
	return { code: run.status, output: stripVTControlCharacters(run.stdout + run.stderr) };
}

/** What a published build is given, so that it warns of nothing else. */
const SETTINGS = {
	SITE_URL: 'https://news.example',
	CORRECTIONS_EMAIL: 'corrections@news.example',
};

function withoutSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const rest = { ...env };
	for (const variable of Object.keys(SETTINGS)) delete rest[variable];
	return rest;
}

test('a build without SITE_URL warns once, naming the variable, and still succeeds', async () => {
	const { code, output } = await buildOutput('clean-build', {
		CORRECTIONS_EMAIL: SETTINGS.CORRECTIONS_EMAIL,
	});

	expect(code).toBe(0);
	expect(output.match(/SITE_URL is not set/g)).toHaveLength(1);
	expect(output).toMatch(
		/\[WARN\].*SITE_URL is not set.*Set SITE_URL when building the site you publish/,
	);
	expect(output).not.toMatch(/CORRECTIONS_EMAIL is not set/);
});

test('a clean build of an MDX event prints no per-file warning', async () => {
	const { code, output } = await buildOutput('clean-build');

	expect(code).toBe(0);
	expect(output).toMatch(/\d+ page\(s\) built/);
	expect(output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|\[WARN\]/);
});
