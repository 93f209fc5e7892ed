/**
 * The benchmark's figures as Markdown: one section per benchmark, each table with its goal and
 * whether it is met, so `docs/performance.md` reads on its own.
 */
import { formatTimelineTable, type TimelineBenchRow } from '../bench-timeline.ts';
import type { BuildScaleRow } from './build-scale.ts';
import { PHONE_WIDTH, type ChronologyScaleRow } from './chronology-scale.ts';
import { kib } from './compress.ts';
import { FIRST_ROUND_TRIP_BYTES, type FirstView } from './first-view.ts';
import { CATEGORIES, type LighthouseRow } from './lighthouse.ts';
import type { Machine, RunInfo } from './machine.ts';
import type { StripRow } from './timeline-strip.ts';

/** The figures of each benchmark, with when they were measured; a section is missing until it has run. */
export interface BenchResults {
	machine: Machine;
	firstViews?: { run: RunInfo; views: FirstView[] };
	lighthouse?: { run: RunInfo; rows: LighthouseRow[] };
	timeline?: { run: RunInfo; rows: TimelineBenchRow[]; strip: StripRow[] };
	buildScale?: { run: RunInfo; rows: BuildScaleRow[] };
	chronologyScale?: { run: RunInfo; row: ChronologyScaleRow };
}

const ok = (met: boolean) => (met ? '✅' : '❌');
const bytes = (value: number) => `${value.toLocaleString('en-GB')} B`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** A ratio; `Infinity`/NaN (a zero denominator) shows as a dash. */
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/** Everything after this line of the report is written by hand and kept when the figures are rewritten. */
export const NOTES_MARKER =
	'<!-- Notes below this line are written by hand; `npm run bench` keeps them. -->';

/** The timeline goal: 10,000 events interactive within a second. */
export const TIMELINE_GOAL_MS = 1000;
/** The build-scale goal: the site's build at most this many times the bare collection's. */
export const BUILD_RATIO_GOAL = 1.3;
/** The preview cards' goal: milliseconds per event rendered cold, on every core of the machine. */
export const CARD_GOAL_MS = 15;
/** Lighthouse's mobile performance goal for the chronology at scale (hundreds of events). */
export const SCALE_PERFORMANCE_GOAL = 90;
/** Lighthouse's goal in every category. */
export const LIGHTHOUSE_GOAL = 100;

/** The line under a section's heading: when, how, and how busy the machine was. */
function measured({ date, quick, load }: RunInfo): string {
	return `_Measured ${date}${quick ? ' with `--quick` (smaller sizes, fewer runs)' : ''}; the machine’s load average was ${load} when it started._`;
}

function machineSection({ machine }: BenchResults): string {
	return [
		`| machine | |`,
		`|---|---|`,
		`| CPUs (nproc) | ${machine.cpus} × ${machine.cpuModel} |`,
		`| memory | ${machine.memoryGb} GiB |`,
		`| Node | ${machine.node} |`,
		`| Chromium | ${machine.chromium} |`,
		`| Astro | ${machine.astro} |`,
		`| Lighthouse | ${machine.lighthouse} |`,
	].join('\n');
}

function firstViewSection({ run, views }: NonNullable<BenchResults['firstViews']>): string {
	const lines = [
		'## First view',
		'',
		measured(run),
		'',
		`What a page needs before it can paint: its HTML and every render-blocking stylesheet, raw and compressed (gzip level 6, Brotli quality 11). Goal: at most ${bytes(FIRST_ROUND_TRIP_BYTES)} compressed (the first round trip, TCP's initial window of 10 segments) and no render-blocking script.`,
		'',
		'| page | HTML raw | of which inline CSS | of which JSON data | blocking CSS files | first view gzip | first view Brotli | blocking scripts | goal |',
		'|---|---:|---:|---:|---:|---:|---:|---:|:-:|',
	];
	for (const view of views) {
		const met =
			view.total.gzip <= FIRST_ROUND_TRIP_BYTES &&
			view.total.brotli <= FIRST_ROUND_TRIP_BYTES &&
			view.blockingScripts === 0;
		lines.push(
			`| \`${view.page}\` | ${bytes(view.html.raw)} | ${bytes(view.inlineCss)} | ${bytes(view.inlineData)} | ${view.blockingCss.length} | ${bytes(view.total.gzip)} | ${bytes(view.total.brotli)} | ${view.blockingScripts} | ${ok(met)} |`,
		);
	}
	lines.push(
		'',
		'### JavaScript shipped',
		'',
		'| page | script | raw | gzip | Brotli | loads |',
		'|---|---|---:|---:|---:|---|',
	);
	for (const view of views) {
		if (view.scripts.length === 0) lines.push(`| \`${view.page}\` | none | | | | |`);
		for (const script of view.scripts) {
			lines.push(
				`| \`${view.page}\` | \`${script.name}\` | ${bytes(script.sizes.raw)} | ${bytes(script.sizes.gzip)} | ${bytes(script.sizes.brotli)} | ${script.loading} |`,
			);
		}
	}
	lines.push(
		'',
		'"module, after parsing": a `type="module"` script, deferred by definition (runs after the HTML is parsed, never blocks rendering). "lazy: dynamic import()": fetched only when the page asks for it — the vis-timeline island (with its CSS), when the reader asks for it with the “Explore: zoom and pan” button, or, on a page opened at one event (`/#slug`), once it has loaded, painted and gone idle.',
	);
	return lines.join('\n');
}

function lighthouseSection({ run, rows }: NonNullable<BenchResults['lighthouse']>): string {
	const lines = [
		'## Lighthouse',
		'',
		measured(run),
		'',
		`Lighthouse ${rows[0]?.lighthouseVersion ?? ''}, mobile preset (simulated slow 4G and 4× CPU slowdown), headless Chromium, against the built site on a local server that compresses like a static host. Median of ${rows[0]?.runs ?? 0} runs. Goal: ${LIGHTHOUSE_GOAL} in each category (for performance roughly TBT ≤ 66 ms, LCP ≤ 1.5 s, CLS ≤ 0.04).`,
		'',
		`| page | ${CATEGORIES.join(' | ')} | TBT | LCP | FCP | CLS | goal |`,
		`|---|${CATEGORIES.map(() => '---:').join('|')}|---:|---:|---:|---:|:-:|`,
	];
	for (const row of rows) {
		const met = CATEGORIES.every((category) => row.scores[category] >= LIGHTHOUSE_GOAL);
		lines.push(
			`| \`${row.page}\` | ${CATEGORIES.map((category) => row.scores[category]).join(' | ')} | ${row.tbt} ms | ${row.lcp} ms | ${row.fcp} ms | ${row.cls} | ${ok(met)} |`,
		);
	}
	const shortfalls = rows.flatMap((row) =>
		row.shortfalls.map((shortfall) => ({ page: row.page, runs: row.runs, ...shortfall })),
	);
	if (shortfalls.length > 0) {
		lines.push(
			'',
			'Scored audits that fell short in some run:',
			'',
			'| page | category | audit | runs failed | value |',
			'|---|---|---|---:|---|',
		);
		for (const item of shortfalls) {
			lines.push(
				`| \`${item.page}\` | ${item.category} | \`${item.id}\` ${item.title} | ${item.failedRuns}/${item.runs} | ${item.displayValue} |`,
			);
		}
	}
	return lines.join('\n');
}

function timelineSection({ run, rows, strip }: NonNullable<BenchResults['timeline']>): string {
	const largest = rows.at(-1);
	const lines = [
		'## Timeline scale',
		'',
		measured(run),
		'',
		`Synthetic events, one a day, every kind of date; our timeline (build-time strip, vis-timeline island on demand) beside plain vis-timeline given the same items with default options, in the same run, Chromium at 1280×800. Median of runs, milliseconds. Goal: ${largest ? largest.events.toLocaleString('en-GB') : '10,000'} events interactive within ${TIMELINE_GOAL_MS} ms.`,
		'',
		formatTimelineTable(rows),
	];
	if (largest) {
		lines.push(
			'',
			`Goal at ${largest.events.toLocaleString('en-GB')} events: island interactive ${largest.islandInteractive} ms after the reader presses “Explore” ${ok(largest.islandInteractive <= TIMELINE_GOAL_MS)}; the strip interactive ${largest.stripInteractive} ms after navigation ${ok(largest.stripInteractive <= TIMELINE_GOAL_MS)}.`,
		);
	}
	if (strip.length > 0) {
		lines.push(
			'',
			'### The build-time strip',
			'',
			'What the page draws before the island loads, with JavaScript or without: up to 24 events one row per event, fitted to the width; past that, bars counting the events of each month (of each week when the chronology spans less than four months), fitted to the width whatever the number of events, each bar a link to its month in the list. The island’s items are inline in the page up to 2 KiB, else a separate same-origin file fetched when the island loads (“file”).',
			'',
			'| events | drawn as | marks | fits the width | strip markup raw | strip markup Brotli | island data raw | island data Brotli | whole page Brotli |',
			'|---:|---|---:|:-:|---:|---:|---:|---:|---:|',
			...strip.map(
				(row) =>
					`| ${row.events.toLocaleString('en-GB')} | ${row.form} | ${row.marks.toLocaleString('en-GB')} | ${row.fits ? 'yes' : 'no'} | ${kib(row.svg.raw)} | ${kib(row.svg.brotli)} | ${kib(row.data.raw)}${row.dataInline === false ? ' (file)' : ''} | ${kib(row.data.brotli)} | ${kib(row.page.brotli)} |`,
			),
		);
	}
	return lines.join('\n');
}

function buildScaleSection({ run, rows }: NonNullable<BenchResults['buildScale']>): string {
	const lines = [
		'## Build scale',
		'',
		measured(run),
		'',
		`The real site (our config, schemas, citation check, pages, exports, preview cards) built from N synthetic events citing M synthetic sources (20 paragraphs each; each event cites two sources verbatim), beside a bare Astro project with the same MDX files in two collections, default settings (its default Markdown processor, as ours), one page per entry. Each build in its own process; the bare build and the site alternate (A B A B), every cache cold but the site’s preview cards (their cache is kept between deploys); figures are medians of ${rows[0]?.rounds ?? 0} rounds. Goal: at most ${BUILD_RATIO_GOAL}× the bare build, cost per entry flat as N grows.`,
		'',
		'| events + sources | site | site CPU | site peak RSS | bare | bare CPU | bare peak RSS | site ÷ bare | each round | site ÷ bare, CPU | site ms per entry | bare ms per entry | goal |',
		'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:-:|',
	];
	for (const row of rows) {
		const entries = row.events + row.sources;
		lines.push(
			`| ${row.events.toLocaleString('en-GB')} + ${row.sources.toLocaleString('en-GB')} | ${seconds(row.site.ms)} | ${seconds(row.site.cpuMs)} | ${row.site.maxRssMb} MB | ${seconds(row.bare.ms)} | ${seconds(row.bare.cpuMs)} | ${row.bare.maxRssMb} MB | ${ratio(row.site.ms, row.bare.ms)} | ${row.ratios.map((value) => value.toFixed(2)).join(', ')} | ${ratio(row.site.cpuMs, row.bare.cpuMs)} | ${(row.site.ms / entries).toFixed(1)} | ${(row.bare.ms / entries).toFixed(1)} | ${ok(row.site.ms / row.bare.ms <= BUILD_RATIO_GOAL)} |`,
		);
	}
	lines.push(
		'',
		'### Preview cards, cold',
		'',
		`The site built once more with an empty card cache, before the rounds above: every event’s card rendered (on every core, ${CARD_GOAL_MS} ms per event at most is the goal). The cost per event is the difference from the site’s median build with the cache warm, over the events; its CPU time (every thread) is the steadier figure on a busy machine.`,
		'',
		'| events | site, cards cold | site, cards warm | cards cold, ms per event | CPU ms per card | goal |',
		'|---:|---:|---:|---:|---:|:-:|',
		...rows.map((row) => {
			const perEvent = (row.siteCardsCold.ms - row.site.ms) / row.events;
			const cpuPerCard = (row.siteCardsCold.cpuMs - row.site.cpuMs) / row.events;
			return `| ${row.events.toLocaleString('en-GB')} | ${seconds(row.siteCardsCold.ms)} | ${seconds(row.site.ms)} | ${perEvent.toFixed(1)} | ${cpuPerCard.toFixed(1)} | ${ok(perEvent <= CARD_GOAL_MS)} |`;
		}),
		'',
		'Times are wall-clock seconds of `build()`; the goal is judged on them. CPU is the build process’s user + system time across its threads: the site renders its cards on worker threads, so its CPU time can exceed its wall time. Entries are events + sources.',
	);
	return lines.join('\n');
}

function chronologyScaleSection({
	run,
	row,
}: NonNullable<BenchResults['chronologyScale']>): string {
	const { lighthouse } = row;
	const met =
		lighthouse.scores.performance >= SCALE_PERFORMANCE_GOAL &&
		lighthouse.scores.accessibility >= LIGHTHOUSE_GOAL;
	return [
		'## The chronology at scale',
		'',
		measured(run),
		'',
		`The site built from ${row.events.toLocaleString('en-GB')} synthetic events citing ${row.sources.toLocaleString('en-GB')} sources; its chronology page \`/\` as a phone reader gets it: bytes (Brotli quality 11), elements, its height in Chromium at ${PHONE_WIDTH} CSS px, and Lighthouse’s mobile preset (median of ${lighthouse.runs} runs). Goal: performance ≥ ${SCALE_PERFORMANCE_GOAL}, accessibility ${LIGHTHOUSE_GOAL}.`,
		'',
		`| events | HTML raw | HTML Brotli | elements | height at ${PHONE_WIDTH} px | px per event | performance | accessibility | TBT | LCP | goal |`,
		'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:-:|',
		`| ${row.events.toLocaleString('en-GB')} | ${kib(row.html.raw)} | ${kib(row.html.brotli)} | ${row.elements.toLocaleString('en-GB')} | ${row.heightPx.toLocaleString('en-GB')} px | ${row.pxPerEvent} | ${lighthouse.scores.performance} | ${lighthouse.scores.accessibility} | ${lighthouse.tbt} ms | ${lighthouse.lcp} ms | ${ok(met)} |`,
	].join('\n');
}

/** The whole report. */
export function formatReport(results: BenchResults): string {
	const sections = [
		'# Performance',
		'',
		'Written by `npm run bench` (`scripts/bench.ts`); figures, not tests. Re-run it after changes that touch pages, styles, scripts or the build, and commit the new figures with them.',
		'',
		machineSection(results),
	];
	if (results.firstViews) sections.push('', firstViewSection(results.firstViews));
	if (results.lighthouse) sections.push('', lighthouseSection(results.lighthouse));
	if (results.timeline) sections.push('', timelineSection(results.timeline));
	if (results.buildScale) sections.push('', buildScaleSection(results.buildScale));
	if (results.chronologyScale) sections.push('', chronologyScaleSection(results.chronologyScale));
	return `${sections.join('\n')}\n`;
}
