/**
 * Build scale: the real site built from synthetic content of growing size, beside a bare Astro 7 MDX
 * collection of the same files with Astro's defaults, in the same run.
 *
 * Each size gets a throwaway folder under `docs/.bench/build-scale/` (ignored by git) holding only
 * content; the real site is built from it with the repository's own `astro.config.mjs`, `src/` and
 * `public/` (as the build tests build their fixtures), so no content folder needs configuring and
 * nothing is ever written into `content/`. Every build is cold (fresh caches) and runs in its own
 * process, so its peak memory is its own.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { buildInChild, type BuildCost } from './astro-build.ts';
import { BENCH_DIR, REPO } from './paths.ts';

const WORK = join(BENCH_DIR, 'build-scale');
/** Paragraphs per synthetic source: about a news article's. */
const PARAGRAPHS = 20;

/** One size's figures. */
export interface BuildScaleRow {
	/** Events, and as many sources. */
	entries: number;
	site: BuildCost;
	/** The site built with Astro's default processor (Sätteri) in place of unified: what the processor choice costs. */
	siteOnSatteri: BuildCost;
	bare: BuildCost;
}

/** Writes the bare project: Astro's defaults, MDX, two collections, one page per entry. */
async function writeBareProject(root: string): Promise<void> {
	await mkdir(join(root, 'src/pages'), { recursive: true });
	await writeFile(
		join(root, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
	);
	await writeFile(
		join(root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
	events: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/events' }) }),
	sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/sources' }) }),
};
`,
	);
	for (const collection of ['events', 'sources']) {
		await mkdir(join(root, 'src/pages', collection), { recursive: true });
		await writeFile(
			join(root, 'src/pages', collection, '[id].astro'),
			`---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	const entries = await getCollection('${collection}');
	return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
		);
	}
}

/** Removes a project's build output and caches, so that its next build is cold. */
async function cleanBuild(root: string): Promise<void> {
	for (const folder of ['dist', 'cache', 'vite', '.astro']) await rm(join(root, folder), { recursive: true, force: true });
}

/** Builds both projects at one size, each cold, and the site once more on Astro's default processor. */
async function measureSize(entries: number): Promise<BuildScaleRow> {
	const siteRoot = join(WORK, `site-${entries}`);
	const bareRoot = join(WORK, `bare-${entries}`);
	await rm(siteRoot, { recursive: true, force: true });
	await rm(bareRoot, { recursive: true, force: true });
	const options = { sources: entries, paragraphs: PARAGRAPHS };
	await writeSyntheticChronology(siteRoot, entries, options);
	await writeSyntheticChronology(bareRoot, entries, options);
	await writeBareProject(bareRoot);
	const caches = (root: string): AstroInlineConfig => ({
		outDir: join(root, 'dist'),
		cacheDir: join(root, 'cache'),
		vite: { cacheDir: join(root, 'vite') },
	});
	const siteConfig: AstroInlineConfig = {
		root: siteRoot,
		// Astro resolves `configFile` from `root`.
		configFile: relative(siteRoot, join(REPO, 'astro.config.mjs')),
		srcDir: join(REPO, 'src'),
		publicDir: join(REPO, 'public'),
		...caches(siteRoot),
	};
	const site = await buildInChild(siteConfig);
	const bare = await buildInChild({ root: bareRoot, ...caches(bareRoot) });
	await cleanBuild(siteRoot);
	const siteOnSatteri = await buildInChild(siteConfig, { processor: 'satteri' });
	await rm(siteRoot, { recursive: true, force: true });
	await rm(bareRoot, { recursive: true, force: true });
	return { entries, site, siteOnSatteri, bare };
}

/** Builds the site and the bare collection at each size, smallest first. */
export async function benchBuildScale(sizes: readonly number[], log: (line: string) => void = () => {}): Promise<BuildScaleRow[]> {
	const rows: BuildScaleRow[] = [];
	for (const entries of sizes) {
		const row = await measureSize(entries);
		log(`build scale ${entries}: site ${row.site.ms} ms, bare ${row.bare.ms} ms, site on Sätteri ${row.siteOnSatteri.ms} ms`);
		rows.push(row);
	}
	return rows;
}
