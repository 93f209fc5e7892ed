import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import config from '../../astro.config.mjs';
import { DEFAULT_CARD_CACHE } from '../../src/lib/cards/card-cache.ts';
import { REPO_ROOT } from '../helpers/build.ts';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
/** Where `npm run build` writes the site: Astro's outDir, `dist/` unless astro.config.mjs says otherwise. */
const outDir = (config.outDir ? String(config.outDir) : './dist')
	.replace(/^\.\//, '')
	.replace(/\/$/, '');

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

describe('the GitHub Pages workflow', () => {
	const workflow = parseYaml(read('.github/workflows/deploy.yml')) as Workflow;
	const steps = workflow.jobs['build']!.steps;
	const action = (name: string) => steps.find((step) => step.uses?.startsWith(`${name}@`));

	test('builds with the package’s own build script, on the Node the project names, from the whole history', () => {
		expect(scripts['build']).toBe('astro build');
		expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
		expect(action('actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
		expect(read('.nvmrc').trim()).toMatch(/^\d+$/);
		expect(action('actions/checkout')?.with?.['fetch-depth']).toBe(0);
	});

	test('takes the site URL and base path from the Pages configuration', () => {
		const pages = action('actions/configure-pages');
		const build = steps.find((step) => step.run === 'npm run build');
		expect(pages?.id).toBeDefined();
		expect(build?.env).toMatchObject({
			SITE_URL: `\${{ steps.${pages?.id}.outputs.origin }}`,
			BASE_PATH: `\${{ steps.${pages?.id}.outputs.base_path }}`,
		});
		expect(steps.indexOf(pages!)).toBeLessThan(steps.indexOf(build!));
	});

	test('uploads the build output and deploys it with deploy-pages, keeping the card cache between runs', () => {
		expect(action('actions/upload-pages-artifact')?.with?.['path']).toBe(outDir);
		expect(action('actions/cache')?.with?.['path']).toBe(DEFAULT_CARD_CACHE);
		expect(steps.indexOf(action('actions/cache')!)).toBeLessThan(
			steps.findIndex((step) => step.run === 'npm run build'),
		);
		const deploy = workflow.jobs['deploy']!;
		expect(deploy.needs).toBe('build');
		expect(deploy.environment?.name).toBe('github-pages');
		expect(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
		expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
	});
});

describe('netlify.toml', () => {
	const netlify = parseToml(read('netlify.toml')) as {
		build: { command: string; publish: string; environment: Record<string, string> };
	};

	test('builds with the package’s build script, given the site’s address, and publishes its output', () => {
		expect(netlify.build.command).toMatch(/^SITE_URL="\$\{SITE_URL:-\$URL\}" npm run build$/);
		expect(netlify.build.publish).toBe(outDir);
		expect(netlify.build.environment['NODE_VERSION']).toBe(read('.nvmrc').trim());
	});
});
