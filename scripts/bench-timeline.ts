/**
 * Timeline scale benchmark (issue 4): the timeline island with synthetic 100 / 1,000 / 10,000
 * events beside plain vis-timeline given the same items, in the same run, in Chromium.
 *
 * Builds a small throwaway Astro project (by default under `docs/.bench/timeline-scale/`) with two pages per size:
 * `island/<n>/` renders our Timeline component (build-time strip, then the island on demand), and
 * `plain/<n>/` loads vis-timeline with the page and hands it the same items with default options,
 * as a plain integration would. Figures are medians of `--runs` page loads, in milliseconds.
 *
 * Usage: node scripts/bench-timeline.ts [--sizes 100,1000,10000] [--runs 3] [--out file.md]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import type { Page } from 'playwright-core';
import { startSite, type OpenedPage, type Site } from '../harness/site.ts';
import { BENCH_DIR, REPO } from './bench/paths.ts';
import { median } from './bench/stats.ts';

/** Where the throwaway project is written and built, unless the caller says otherwise. */
const DEFAULT_WORK = join(BENCH_DIR, 'timeline-scale');
/** How long the main thread must stay free of long tasks to count as interactive. */
const QUIET_MS = 1000;

/** One size's figures (ms). */
export interface TimelineBenchRow {
	events: number;
	/** The build-time strip: first contentful paint, and the end of the last long task after it. */
	stripPaint: number;
	stripInteractive: number;
	/** From the reader pressing "Explore" to vis-timeline's items painted, and to a quiet main thread. */
	islandDrawn: number;
	islandInteractive: number;
	/** Plain vis-timeline, from navigation: items painted, and a quiet main thread. */
	plainDrawn: number;
	plainInteractive: number;
}

/** Writes the throwaway project whose pages the benchmark opens. */
async function writeProject(sizes: readonly number[], work: string): Promise<void> {
	await rm(work, { recursive: true, force: true });
	const pages = join(work, 'src/pages');
	const from = (path: string) => relative(join(pages, 'island'), join(REPO, path));
	await mkdir(join(pages, 'island'), { recursive: true });
	await mkdir(join(pages, 'plain'), { recursive: true });
	await mkdir(join(pages, 'timeline-data'), { recursive: true });
	await writeFile(
		join(work, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
	);
	const head = (title: string) =>
		// An empty icon: else Chromium asks for /favicon.ico, and its 404 would read as an error of the page measured.
		`<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><link rel="icon" href="data:," /><title>${title}</title></head>`;
	const paths = `export function getStaticPaths() {\n\treturn ${JSON.stringify(sizes)}.map((size) => ({ params: { size: String(size) } }));\n}`;
	await writeFile(
		join(pages, 'island/[size].astro'),
		`---
import Timeline from '${from('src/components/Timeline.astro')}';
import '${from('src/styles/global.css')}';
import { buildTimeline } from '${from('src/lib/timeline/index.ts')}';
import { syntheticTimeline } from '${from('harness/synthetic-chronology.ts')}';
${paths}
const timeline = buildTimeline(syntheticTimeline(Number(Astro.params.size)));
---
<html lang="en">${head('Timeline island')}<body><main><Timeline timeline={timeline} dataHref={\`/timeline-data/\${Astro.params.size}.json\`} /></main></body></html>
`,
	);
	// The island's items, fetched by it when they are too many to carry inline (as src/pages/timeline.json.ts does for the site).
	await writeFile(
		join(pages, 'timeline-data/[size].json.ts'),
		`import { buildTimeline } from '${relative(join(pages, 'timeline-data'), join(REPO, 'src/lib/timeline/index.ts'))}';
import { syntheticTimeline } from '${relative(join(pages, 'timeline-data'), join(REPO, 'harness/synthetic-chronology.ts'))}';
${paths}
export function GET({ params }: { params: { size: string } }) {
	return new Response(buildTimeline(syntheticTimeline(Number(params.size))).json);
}
`,
	);
	await writeFile(
		join(pages, 'plain/[size].astro'),
		`---
import '${from('src/styles/global.css')}';
import { buildTimeline } from '${from('src/lib/timeline/index.ts')}';
import { syntheticTimeline } from '${from('harness/synthetic-chronology.ts')}';
${paths}
const { json } = buildTimeline(syntheticTimeline(Number(Astro.params.size)));
---
<html lang="en">${head('Plain vis-timeline')}<body><main>
<div id="plain"></div>
<script type="application/json" id="plain-data" set:html={json} />
<script>
	import { DataSet } from 'vis-data/esnext';
	import { Timeline } from 'vis-timeline/esnext';
	import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
	const data = JSON.parse(document.getElementById('plain-data')?.textContent ?? '{}');
	new Timeline(document.getElementById('plain')!, new DataSet(data.items), {});
</script>
</main></body></html>
`,
	);
}

/** Records long tasks, the first drawn vis-timeline item and the reader's first press of "Explore". */
function instrument(): void {
	const bench = { long: [] as { start: number; end: number }[], firstItem: 0, trigger: 0 };
	Object.assign(window, { __bench: bench });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			bench.long.push({ start: entry.startTime, end: entry.startTime + entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	new MutationObserver((_, observer) => {
		if (document.querySelector('.vis-item')) {
			bench.firstItem = performance.now();
			observer.disconnect();
		}
	}).observe(document, { childList: true, subtree: true });
	document.addEventListener(
		'pointerdown',
		(event) => {
			if (
				!bench.trigger &&
				event.target instanceof Element &&
				event.target.closest('[data-timeline-explore]')
			)
				bench.trigger = performance.now();
		},
		true,
	);
}

interface Trace {
	long: { start: number; end: number }[];
	firstItem: number;
	trigger: number;
	paint: number;
	domReady: number;
}

/** Waits until no long task has started for {@link QUIET_MS}, then returns the page's trace. */
async function settle(page: Page): Promise<Trace> {
	for (let waited = 0; waited < 120_000; waited += 250) {
		const quiet = await page.evaluate((quietMs) => {
			const { long } = (window as unknown as { __bench: { long: { end: number }[] } }).__bench;
			const last = long.at(-1)?.end ?? 0;
			return performance.now() - last >= quietMs;
		}, QUIET_MS);
		if (quiet) break;
		await page.waitForTimeout(250);
	}
	return page.evaluate(() => {
		const bench = (window as unknown as { __bench: Omit<Trace, 'paint' | 'domReady'> }).__bench;
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			...bench,
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
			domReady: navigation.domContentLoadedEventEnd,
		};
	});
}

/** When what happened at `time` reached the screen: the end of the long task it happened in, if any. */
const paintedAt = (trace: Trace, time: number) =>
	trace.long.find((task) => task.start <= time && time <= task.end)?.end ?? time;
const lastTaskEnd = (trace: Trace, after: number) =>
	Math.max(after, ...trace.long.filter((task) => task.end >= after).map((task) => task.end));

/** Opens a benchmark page, instrumented before it loads; a page at 10,000 events takes its time. */
const openInstrumented = (site: Site, path: string) =>
	site.open(path, {
		viewport: { width: 1280, height: 800 },
		timeout: 120_000,
		before: (page) => page.addInitScript(instrument),
	});

/** Closes a measured page, saying so if it logged errors: its figures may not be what they seem. */
async function closeMeasured({ page, errors, close }: OpenedPage): Promise<void> {
	if (errors.length > 0)
		console.error(`warning: ${page.url()} logged errors while measured:\n  ${errors.join('\n  ')}`);
	await close();
}

async function measureIsland(site: Site, path: string) {
	const opened = await openInstrumented(site, path);
	const { page } = opened;
	const before = await settle(page);
	// The island loads only on request: the "Explore: zoom and pan" button (or a `/#slug` link).
	await page.getByRole('button', { name: /^Explore/ }).click();
	await page.locator('.timeline-vis .vis-item').first().waitFor();
	const after = await settle(page);
	await closeMeasured(opened);
	return {
		stripPaint: before.paint,
		stripInteractive: lastTaskEnd(before, Math.max(before.domReady, before.paint)),
		islandDrawn: paintedAt(after, after.firstItem) - after.trigger,
		islandInteractive: lastTaskEnd(after, after.firstItem) - after.trigger,
	};
}

async function measurePlain(site: Site, path: string) {
	const opened = await openInstrumented(site, path);
	const { page } = opened;
	await page.locator('.vis-item').first().waitFor();
	const trace = await settle(page);
	await closeMeasured(opened);
	return {
		plainDrawn: paintedAt(trace, trace.firstItem),
		plainInteractive: lastTaskEnd(trace, trace.firstItem),
	};
}

/**
 * Builds the benchmark pages and measures each size `runs` times. `work` is the throwaway project's
 * folder (inside the repository, so that its build finds node_modules), its built pages left in `dist/`.
 */
export async function benchTimeline({
	sizes = [100, 1000, 10_000],
	runs = 3,
	work = DEFAULT_WORK,
} = {}): Promise<TimelineBenchRow[]> {
	await writeProject(sizes, work);
	await build({ root: work, logLevel: 'error' });
	const site = await startSite(join(work, 'dist'));
	const rows: TimelineBenchRow[] = [];
	try {
		for (const events of sizes) {
			const island = [];
			const plain = [];
			for (let run = 0; run < runs; run++) {
				island.push(await measureIsland(site, `island/${events}/`));
				plain.push(await measurePlain(site, `plain/${events}/`));
			}
			const pick = <T extends object>(samples: T[], key: keyof T) =>
				Math.round(median(samples.map((sample) => Number(sample[key]))));
			rows.push({
				events,
				stripPaint: pick(island, 'stripPaint'),
				stripInteractive: pick(island, 'stripInteractive'),
				islandDrawn: pick(island, 'islandDrawn'),
				islandInteractive: pick(island, 'islandInteractive'),
				plainDrawn: pick(plain, 'plainDrawn'),
				plainInteractive: pick(plain, 'plainInteractive'),
			});
		}
	} finally {
		await site.close();
	}
	return rows;
}

/** The figures as a Markdown table. */
export function formatTimelineTable(rows: readonly TimelineBenchRow[]): string {
	const lines = [
		'| events | strip painted | strip interactive | island drawn¹ | island interactive¹ | plain vis-timeline drawn | plain interactive | plain ÷ island² |',
		'|---:|---:|---:|---:|---:|---:|---:|---:|',
		...rows.map(
			(row) =>
				`| ${row.events.toLocaleString('en-GB')} | ${row.stripPaint} ms | ${row.stripInteractive} ms | ${row.islandDrawn} ms | ${row.islandInteractive} ms | ${row.plainDrawn} ms | ${row.plainInteractive} ms | ${(row.plainInteractive / Math.max(row.islandInteractive, 1)).toFixed(1)}× |`,
		),
		'',
		'¹ From the reader pressing “Explore: zoom and pan” (pointer down) to vis-timeline painted / to a main thread free of long tasks for 1 s; the strip is readable and keyboard-usable before that.',
		'² Plain vis-timeline’s time to interactive from navigation over the island’s from the reader’s press of “Explore”.',
	];
	return lines.join('\n');
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { sizes: { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' } },
	});
	const sizes = values.sizes ? values.sizes.split(',').map(Number) : undefined;
	const rows = await benchTimeline({
		...(sizes && { sizes }),
		...(values.runs && { runs: Number(values.runs) }),
	});
	const table = formatTimelineTable(rows);
	console.log(table);
	if (values.out) {
		await mkdir(dirname(values.out), { recursive: true });
		await writeFile(values.out, `${table}\n`);
	}
}
