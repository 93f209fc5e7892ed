/**
 * The benchmark's figures as Markdown: one section per benchmark, each table with its goal and
 * whether it is met, so `docs/performance.md` reads on its own.
 */
import { formatTimelineTable, type TimelineBenchRow } from '../bench-timeline.ts';
import type { BuildCost } from './astro-build.ts';
import type { BuildScaleRow } from './build-scale.ts';
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
}

const ok = (met: boolean) => (met ? '✅' : '❌');
const bytes = (value: number) => `${value.toLocaleString('en-GB')} B`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** A ratio; `Infinity`/NaN (a zero denominator) shows as a dash. */
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/** Everything after this line of the report is written by hand and kept when the figures are rewritten. */
export const NOTES_MARKER = '<!-- Notes below this line are written by hand; `npm run bench` keeps them. -->';

/** The timeline goal: 10,000 events interactive within a second. */
export const TIMELINE_GOAL_MS = 1000;
/** The build-scale goal: the site's build at most this many times the bare collection's. */
export const BUILD_RATIO_GOAL = 1.2;
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
		const met = view.total.gzip <= FIRST_ROUND_TRIP_BYTES && view.total.brotli <= FIRST_ROUND_TRIP_BYTES && view.blockingScripts === 0;
		lines.push(
			`| \`${view.page}\` | ${bytes(view.html.raw)} | ${bytes(view.inlineCss)} | ${bytes(view.inlineData)} | ${view.blockingCss.length} | ${bytes(view.total.gzip)} | ${bytes(view.total.brotli)} | ${view.blockingScripts} | ${ok(met)} |`,
		);
	}
	lines.push('', '### JavaScript shipped', '', '| page | script | raw | gzip | Brotli | loads |', '|---|---|---:|---:|---:|---|');
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
		'"module, after parsing": a `type="module"` script, deferred by definition (runs after the HTML is parsed, never blocks rendering). "lazy: dynamic import()": fetched only when the page asks for it — the vis-timeline island (with its CSS), when the reader reaches for the timeline strip (pointer over or down, keyboard focus), or, on a page opened at one event (`/#slug`), once it has loaded, painted and gone idle.',
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
	const shortfalls = rows.flatMap((row) => row.shortfalls.map((shortfall) => ({ page: row.page, runs: row.runs, ...shortfall })));
	if (shortfalls.length > 0) {
		lines.push('', 'Scored audits that fell short in some run:', '', '| page | category | audit | runs failed | value |', '|---|---|---|---:|---|');
		for (const item of shortfalls) {
			lines.push(`| \`${item.page}\` | ${item.category} | \`${item.id}\` ${item.title} | ${item.failedRuns}/${item.runs} | ${item.displayValue} |`);
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
			`Goal at ${largest.events.toLocaleString('en-GB')} events: island interactive ${largest.islandInteractive} ms after the reader reaches for it ${ok(largest.islandInteractive <= TIMELINE_GOAL_MS)}; the strip interactive ${largest.stripInteractive} ms after navigation ${ok(largest.stripInteractive <= TIMELINE_GOAL_MS)}.`,
		);
	}
	if (strip.length > 0) {
		lines.push(
			'',
			'### The build-time strip',
			'',
			'Events that find no room in the labelled lanes are drawn as bare marks below them, each a link with the event’s full date and title as its name; past 300 events, the bare marks of one week are drawn as one mark with their count, a link to the first of them (named “N events, <days>”), the list below being the complete text alternative. “Bare marks” counts the events without a label, then the marks drawn for them. The island’s items are inline in the page up to 16 KiB, else a separate same-origin file fetched when the island loads (“file”). Width is the strip at its narrowest (it scrolls sideways), in em and in 40 em chronology columns.',
			'',
			'| events | labelled | bare marks | lanes + mark rows | width | strip markup raw | strip markup Brotli | island data raw | island data Brotli | whole page Brotli |',
			'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
			...strip.map(
				(row) =>
					`| ${row.events.toLocaleString('en-GB')} | ${row.labelled} (${Math.round((row.labelled / row.events) * 100)} %) | ${row.compact}${row.bareMarks !== undefined && row.bareMarks !== row.compact ? ` in ${row.bareMarks} marks` : ''} | ${row.lanes} + ${row.compactRows} | ${row.widthEm.toLocaleString('en-GB')} em (${row.columns} columns) | ${kib(row.svg.raw)} | ${kib(row.svg.brotli)} | ${kib(row.data.raw)}${row.dataInline === false ? ' (file)' : ''} | ${kib(row.data.brotli)} | ${kib(row.page.brotli)} |`,
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
		`The real site (our config, schemas, citation check, pages, exports) built from N synthetic events and N synthetic sources (20 paragraphs each; each event cites two sources verbatim), beside a bare Astro project with the same MDX files in two collections, default settings (its default Markdown processor), one page per entry. Cold builds, each in its own process, in the same run. Goal: at most ${BUILD_RATIO_GOAL}× the bare build, cost per entry flat as N grows.`,
		'',
		'| events + sources | site | site CPU | site peak RSS | bare | bare CPU | bare peak RSS | site ÷ bare | site ÷ bare, CPU | site ms per entry (marginal¹) | bare ms per entry (marginal¹) | goal |',
		'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:-:|',
	];
	/** Wall ms per entry added since the previous size: the growth rate, without the fixed start-up cost. */
	const marginal = (index: number, pick: (row: BuildScaleRow) => number) => {
		const row = rows[index]!;
		const before = rows[index - 1];
		const value = before ? (pick(row) - pick(before)) / ((row.entries - before.entries) * 2) : pick(row) / (row.entries * 2);
		return value.toFixed(1);
	};
	rows.forEach((row, index) => {
		const size = row.entries.toLocaleString('en-GB');
		lines.push(
			`| ${size} + ${size} | ${seconds(row.site.ms)} | ${seconds(row.site.cpuMs)} | ${row.site.maxRssMb} MB | ${seconds(row.bare.ms)} | ${seconds(row.bare.cpuMs)} | ${row.bare.maxRssMb} MB | ${ratio(row.site.ms, row.bare.ms)} | ${ratio(row.site.cpuMs, row.bare.cpuMs)} | ${(row.site.ms / (row.entries * 2)).toFixed(1)} (${marginal(index, (r) => r.site.ms)}) | ${(row.bare.ms / (row.entries * 2)).toFixed(1)} (${marginal(index, (r) => r.bare.ms)}) | ${ok(row.site.ms / row.bare.ms <= BUILD_RATIO_GOAL)} |`,
		);
	});
	lines.push(
		'',
		'### Where the site’s extra time goes',
		'',
		'The site built once more with Astro’s default processor (Sätteri) in place of unified, everything else the same — a diagnostic: without unified our remark plugin does not run, so source paragraphs lose their anchors. The difference from the site is what the processor choice costs; what remains over the bare build is ours (citation check, schemas, the chronology list, exports, feeds, sitemap, `_headers`).',
		'',
		'| events + sources | site | site on Sätteri | bare | site ÷ bare | site on Sätteri ÷ bare | processor’s share of the ratio (wall / CPU) | ours (wall / CPU) |',
		'|---:|---:|---:|---:|---:|---:|---:|---:|',
		...rows.map((row) => {
			const size = row.entries.toLocaleString('en-GB');
			/** How much `a` adds over `b`, in units of the bare build, by wall time and by CPU time. */
			const share = (a: BuildCost, b: BuildCost) =>
				`+${((a.ms - b.ms) / row.bare.ms).toFixed(2)} / +${((a.cpuMs - b.cpuMs) / row.bare.cpuMs).toFixed(2)}`;
			return `| ${size} + ${size} | ${seconds(row.site.ms)} | ${seconds(row.siteOnSatteri.ms)} | ${seconds(row.bare.ms)} | ${ratio(row.site.ms, row.bare.ms)} | ${ratio(row.siteOnSatteri.ms, row.bare.ms)} | ${share(row.site, row.siteOnSatteri)} | ${share(row.siteOnSatteri, row.bare)} |`;
		}),
	);
	lines.push(
		'',
		'Times are wall-clock seconds of `build()`; the goal is judged on them. CPU is the build process’s user + system time across its threads: on a shared machine it moves less than wall time, so its ratio is the steadier one. Entries are events + sources. ¹ Marginal: milliseconds per entry added since the size above (the first row: the plain average); linear growth keeps it flat, whatever the start-up cost.',
	);
	return lines.join('\n');
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
	return `${sections.join('\n')}\n`;
}
