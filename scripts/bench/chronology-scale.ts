/**
 * The chronology page at scale: the real site built from a synthetic chronology (by default 500
 * events and 250 sources), and what its `/` costs a phone reader: bytes, elements, height per
 * event at 390 CSS px, and Lighthouse's mobile scores.
 */
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { elements } from '../../harness/html.ts';
import { startSite } from '../../harness/site.ts';
import { writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { buildInChild } from './astro-build.ts';
import { sizesOf, type Sizes } from './compress.ts';
import { benchLighthouse, type LighthouseRow } from './lighthouse.ts';
import { REPO } from './paths.ts';

/** A phone's width, in CSS px: where the page's length per event is measured. */
export const PHONE_WIDTH = 390;

/** The chronology page at one size. */
export interface ChronologyScaleRow {
	events: number;
	sources: number;
	/** `/` as built, raw and compressed. */
	html: Sizes;
	/** Elements in `/`, as parsed by the HTML spec's rules. */
	elements: number;
	/** The page's height at {@link PHONE_WIDTH} px, and that height per event. */
	heightPx: number;
	pxPerEvent: number;
	lighthouse: LighthouseRow;
}

/** Options of {@link benchChronologyScale}. */
export interface ChronologyScaleOptions {
	events: number;
	sources: number;
	lighthouseRuns: number;
	/** A throwaway folder inside the repository (Astro bundles pages only under the working directory). */
	work: string;
	log?: (line: string) => void;
}

/** Builds the site from a synthetic chronology and measures its chronology page. */
export async function benchChronologyScale({
	events,
	sources,
	lighthouseRuns,
	work,
	log = () => {},
}: ChronologyScaleOptions): Promise<ChronologyScaleRow> {
	const root = join(work, `chronology-${events}`);
	await rm(root, { recursive: true, force: true });
	await writeSyntheticChronology(root, events, { sources, paragraphs: 20 });
	const dist = join(root, 'dist');
	await buildInChild({
		root,
		configFile: relative(root, join(REPO, 'astro.config.mjs')),
		srcDir: join(REPO, 'src'),
		publicDir: join(REPO, 'public'),
		outDir: dist,
		cacheDir: join(root, 'cache'),
		vite: { cacheDir: join(root, 'vite') },
	});
	const html = await readFile(join(dist, 'index.html'), 'utf8');
	const site = await startSite(dist, { serve: { compress: true, headersFile: true } });
	try {
		const opened = await site.open('', {
			viewport: { width: PHONE_WIDTH, height: 844 },
			timeout: 120_000,
		});
		const heightPx = await opened.page.evaluate(() => document.documentElement.scrollHeight);
		await opened.close();
		log(`chronology scale ${events}: ${heightPx} px at ${PHONE_WIDTH} px; Lighthouse`);
		const lighthouse = await benchLighthouse(site.url, '/', lighthouseRuns, log);
		return {
			events,
			sources,
			html: sizesOf(html),
			elements: [...elements(parse(html))].length,
			heightPx,
			pxPerEvent: Math.round(heightPx / events),
			lighthouse,
		};
	} finally {
		await site.close();
		await rm(root, { recursive: true, force: true });
	}
}
