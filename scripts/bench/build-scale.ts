/**
 * Build scale: the real site built from synthetic content of growing size, beside a bare Astro 7 MDX
 * collection of the same files with Astro's defaults, in the same run.
 *
 * Each size gets a throwaway folder under the bench's work folder (ignored by git) holding only
 * content; the real site is built from it with the repository's own `astro.config.mjs`, `src/` and
 * `public/` (as the build tests build their fixtures), so no content folder needs configuring and
 * nothing is ever written into `content/`. Each build runs in its own process, so its peak memory is
 * its own. The site is built once with an empty card cache (what the cards cost cold), then the bare
 * project and the site alternate, `rounds` times each (A B A B: a busy spell on a shared machine
 * weighs on both), every cache cold but the cards'.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { buildInChild, type BuildCost } from './astro-build.ts';
import { REPO } from './paths.ts';
import { median } from './stats.ts';

/** Paragraphs per synthetic source: about a news article's. */
const PARAGRAPHS = 20;

/** A size to build: events, and sources they cite. */
export interface BuildSize {
	events: number;
	sources: number;
}

/** One size's figures: medians of the alternating rounds. */
export interface BuildScaleRow extends BuildSize {
	rounds: number;
	/** The site, its preview cards read from their cache, every other cache cold. */
	site: BuildCost;
	/** The site with an empty card cache: every card rendered. */
	siteCardsCold: BuildCost;
	bare: BuildCost;
	/** Each round's site ÷ bare wall-time ratio, in order, to show the spread. */
	ratios: number[];
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
	for (const folder of ['dist', 'cache', 'vite', '.astro'])
		await rm(join(root, folder), { recursive: true, force: true });
}

/** The median build of `costs`, figure by figure. */
const medianCost = (costs: BuildCost[]): BuildCost => ({
	ms: Math.round(median(costs.map((cost) => cost.ms))),
	cpuMs: Math.round(median(costs.map((cost) => cost.cpuMs))),
	maxRssMb: Math.round(median(costs.map((cost) => cost.maxRssMb))),
});

/** Builds both projects at one size: the site once with cold cards, then bare and site `rounds` times each. */
async function measureSize(
	{ events, sources }: BuildSize,
	rounds: number,
	work: string,
): Promise<BuildScaleRow> {
	const siteRoot = join(work, `site-${events}`);
	const bareRoot = join(work, `bare-${events}`);
	const cards = join(work, `cards-${events}`);
	for (const folder of [siteRoot, bareRoot, cards])
		await rm(folder, { recursive: true, force: true });
	const options = { sources, paragraphs: PARAGRAPHS };
	await writeSyntheticChronology(siteRoot, events, options);
	await writeSyntheticChronology(bareRoot, events, options);
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
	const env = { CARDS_CACHE_DIR: cards };
	try {
		const siteCardsCold = await buildInChild(siteConfig, { env });
		const site: BuildCost[] = [];
		const bare: BuildCost[] = [];
		for (let round = 0; round < rounds; round++) {
			await cleanBuild(bareRoot);
			bare.push(await buildInChild({ root: bareRoot, ...caches(bareRoot) }));
			await cleanBuild(siteRoot);
			site.push(await buildInChild(siteConfig, { env }));
		}
		const ratios = site.map((cost, round) => Math.round((cost.ms / bare[round]!.ms) * 100) / 100);
		return {
			events,
			sources,
			rounds,
			site: medianCost(site),
			siteCardsCold,
			bare: medianCost(bare),
			ratios,
		};
	} finally {
		for (const folder of [siteRoot, bareRoot, cards])
			await rm(folder, { recursive: true, force: true });
	}
}

/** Options of {@link benchBuildScale}. */
export interface BuildScaleOptions {
	/** Site and bare builds per size, alternating. */
	rounds: number;
	/** A throwaway folder inside the repository (Astro bundles pages only under the working directory). */
	work: string;
	log?: (line: string) => void;
}

/** Builds the site and the bare collection at each size, smallest first. */
export async function benchBuildScale(
	sizes: readonly BuildSize[],
	{ rounds, work, log = () => {} }: BuildScaleOptions,
): Promise<BuildScaleRow[]> {
	const rows: BuildScaleRow[] = [];
	for (const size of sizes) {
		const row = await measureSize(size, rounds, join(work, 'build-scale'));
		log(
			`build scale ${size.events} + ${size.sources}: site ${row.site.ms} ms, bare ${row.bare.ms} ms (${row.ratios.join(', ')}), cards cold ${row.siteCardsCold.ms} ms`,
		);
		rows.push(row);
	}
	return rows;
}
