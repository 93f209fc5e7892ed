/**
 * `npm run bench`: the performance figures of issue 4, printed and written to docs/performance.md.
 * Figures, not tests: nothing here fails on a slow result; each table says whether its goal is met.
 *
 * - first view: bytes of the chronology page and an event page (HTML + render-blocking CSS) and
 *   the scripts they ship, with when each loads;
 * - Lighthouse on the same two pages, median of runs;
 * - timeline scale: the island beside plain vis-timeline at 100 / 1,000 / 10,000 events, and the
 *   build-time strip at those sizes (scripts/bench-timeline.ts);
 * - build scale: the site beside a bare Astro MDX collection, alternating, from 100 events + 100
 *   sources up, and what the preview cards cost cold;
 * - the chronology at scale: `/` of a 500-event chronology, its bytes, elements, height per event on
 *   a phone, and Lighthouse's mobile scores.
 *
 * Usage: npm run bench [-- --quick] [-- --only first-view,lighthouse,timeline,build,scale] [-- --out file.md]
 * `--quick` runs smaller sizes and fewer runs (a few minutes instead of about twenty). `--only` re-runs
 * some sections and keeps the others' last figures (kept in `<work>/results.json`, with their dates).
 * `--report` only rewrites the report from those kept figures (after a change to its format).
 * `--tiny` runs every step at a toy size, once: the bench's own test (scripts/bench.test.ts), so that
 * no step rots unnoticed; its figures mean nothing. `--work` is the throwaway folder (default
 * docs/.bench/; it must be inside the repository).
 * The report's hand-written part, below its notes marker, is kept as it is.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../harness/chromium.ts';
import { startSite } from '../harness/site.ts';
import { benchTimeline } from './bench-timeline.ts';
import { buildInChild } from './bench/astro-build.ts';
import { benchBuildScale } from './bench/build-scale.ts';
import { benchChronologyScale } from './bench/chronology-scale.ts';
import { measureFirstView } from './bench/first-view.ts';
import { benchLighthouse } from './bench/lighthouse.ts';
import { describeMachine, runInfo } from './bench/machine.ts';
import { BENCH_DIR, REPO } from './bench/paths.ts';
import { formatReport, NOTES_MARKER, type BenchResults } from './bench/report.ts';
import { measureStrip } from './bench/timeline-strip.ts';

const SECTIONS = ['first-view', 'lighthouse', 'timeline', 'build', 'scale'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		tiny: { type: 'boolean', default: false },
		work: { type: 'string', default: BENCH_DIR },
		report: { type: 'boolean', default: false },
		only: { type: 'string' },
		out: { type: 'string', default: join(REPO, 'docs/performance.md') },
	},
});
const only = new Set((values.report ? [] : (values.only?.split(',') ?? SECTIONS)) as Section[]);
for (const section of only)
	if (!SECTIONS.includes(section))
		throw new Error(`--only: unknown section "${section}"; use ${SECTIONS.join(', ')}`);
const { tiny } = values;
const work = resolve(values.work);
const quick = values.quick || tiny;
const plan = tiny
	? {
			lighthouseRuns: 1,
			timelineSizes: [5],
			timelineRuns: 1,
			buildSizes: [{ events: 3, sources: 2 }],
			buildRounds: 1,
			scale: { events: 5, sources: 2 },
		}
	: {
			lighthouseRuns: quick ? 3 : 5,
			timelineSizes: [100, 1000, 10_000],
			timelineRuns: quick ? 1 : 5,
			buildSizes: [
				{ events: 100, sources: 100 },
				{ events: 500, sources: 250 },
				...(quick ? [] : [{ events: 2000, sources: 1000 }]),
			],
			buildRounds: 3,
			scale: { events: 500, sources: 250 },
		};

// Lighthouse and the timeline run in Chromium: without one, stop now rather than after the first builds.
if (only.has('lighthouse') || only.has('timeline') || only.has('scale')) chromiumPath();

const started = performance.now();
const log = (line: string) =>
	console.error(
		`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`,
	);
const RESULTS_FILE = join(work, 'results.json');
const previous =
	only.size < SECTIONS.length
		? await readFile(RESULTS_FILE, 'utf8').then(
				(text) => JSON.parse(text) as BenchResults,
				() => undefined,
			)
		: undefined;
const results: BenchResults = { ...previous, machine: describeMachine() };
/** Keeps the figures measured so far, so that a step that fails later loses only its own. */
const keep = async () => {
	await mkdir(work, { recursive: true });
	await writeFile(RESULTS_FILE, JSON.stringify(results, null, '\t'));
};
// Build-scale figures kept from before its rows named events and sources apart cannot be reported.
if (results.buildScale && !results.buildScale.rows.every((row) => 'sources' in row))
	delete results.buildScale;

/** The event page with the most HTML: the heaviest first view of its kind. */
async function heaviestEventPage(dist: string): Promise<string> {
	const slugs = await readdir(join(dist, 'events'));
	const sizes = await Promise.all(
		slugs.map(async (slug) => ({
			slug,
			size: (await stat(join(dist, 'events', slug, 'index.html'))).size,
		})),
	);
	const heaviest = sizes.sort((a, b) => b.size - a.size || (a.slug < b.slug ? -1 : 1))[0];
	if (!heaviest) throw new Error('The built site has no event pages to measure.');
	return `events/${heaviest.slug}/`;
}

if (only.has('first-view') || only.has('lighthouse')) {
	const siteWork = join(work, 'site');
	log('building the site');
	await buildInChild({
		root: REPO,
		outDir: join(siteWork, 'dist'),
		cacheDir: join(siteWork, 'cache'),
		vite: { cacheDir: join(siteWork, 'vite') },
	});
	const dist = join(siteWork, 'dist');
	const pages = ['', await heaviestEventPage(dist)];
	if (only.has('first-view')) {
		results.firstViews = {
			run: runInfo(quick),
			views: await Promise.all(pages.map((page) => measureFirstView(dist, page))),
		};
		await keep();
	}
	if (only.has('lighthouse')) {
		const run = runInfo(quick);
		// Served as a production host would (compressed, with `_headers`); Lighthouse drives its own Chromium.
		const site = await startSite(dist, { serve: { compress: true, headersFile: true } });
		try {
			const rows = [];
			for (const page of pages)
				rows.push(
					await benchLighthouse(`${site.url}${page}`, `/${page}`, plan.lighthouseRuns, log),
				);
			results.lighthouse = { run, rows };
			await keep();
		} finally {
			await site.close();
		}
	}
}

if (only.has('timeline')) {
	const timelineWork = join(work, 'timeline-bench');
	log(`timeline: ${plan.timelineSizes.join(' / ')} events, ${plan.timelineRuns} run(s) each`);
	const run = runInfo(quick);
	const rows = await benchTimeline({
		sizes: plan.timelineSizes,
		runs: plan.timelineRuns,
		work: timelineWork,
	});
	results.timeline = {
		run,
		rows,
		strip: await measureStrip(plan.timelineSizes, join(timelineWork, 'dist')),
	};
	await keep();
}

if (only.has('build')) {
	log(
		`build scale: ${plan.buildSizes.map(({ events, sources }) => `${events} + ${sources}`).join(' / ')} events + sources`,
	);
	const run = runInfo(quick);
	results.buildScale = {
		run,
		rows: await benchBuildScale(plan.buildSizes, { rounds: plan.buildRounds, work, log }),
	};
	await keep();
}

if (only.has('scale')) {
	log(`the chronology at ${plan.scale.events} events + ${plan.scale.sources} sources`);
	const run = runInfo(quick);
	results.chronologyScale = {
		run,
		row: await benchChronologyScale({
			...plan.scale,
			lighthouseRuns: plan.lighthouseRuns,
			work,
			log,
		}),
	};
	await keep();
}

const report = formatReport(results);
console.log(report);
const existing = await readFile(values.out, 'utf8').catch(() => '');
const notes = existing.includes(NOTES_MARKER)
	? existing.slice(existing.indexOf(NOTES_MARKER))
	: `${NOTES_MARKER}\n`;
await writeFile(values.out, `${report}\n${notes}`);
log(`wrote ${relative(process.cwd(), values.out)}`);
