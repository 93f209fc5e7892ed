import { axisLabels, AXIS_INSET_EM, type AxisLabel } from './axis.ts';
import { chunkStrip, CHUNK_EM } from './chunks.ts';
import {
	CLUSTER_OPTIONS,
	CLUSTER_ROW_EM,
	clusterBareMarks,
	type ClusterOptions,
	type StripCluster,
} from './clusters.ts';
import { NARROWEST_EM, OPEN_ARROW_EM, round, type TimelineEvent } from './domain.ts';
import { densityView, type DensityView } from './density.ts';
import { LABEL_TIERS, type LabelTierName } from './labels.ts';
import {
	layoutStrip,
	type MonthTick,
	STRIP_OPTIONS,
	STRIP_ROWS,
	type StripItem,
	type StripLayout,
	type StripOptions,
} from './layout.ts';

/**
 * The build-time strip as the component draws it. Horizontal values (`x`, `width`, `cx`) are percent
 * of their piece's width; vertical ones and sizes (`y`, `height`, `cy`, `r`, `dx`) are em of the
 * strip's font size, so the strip scales with the reader's text.
 */
export interface TimelineView {
	/** How many events the strip draws, each as its own mark or inside a cluster. */
	events: number;
	/** Total width and the height of every piece, in em. */
	widthEm: number;
	heightEm: number;
	/** Labelled lanes, and rows of bare marks below them. */
	lanes: number;
	/** The most lines a label's title takes: every lane is as tall as that (and the island's rows too). */
	titleLines: number;
	compactRows: number;
	/** Whether some week's bare marks are drawn as one mark with their count (past a few hundred events). */
	clustered: boolean;
	/**
	 * One row per event, drawn as wide as its box (a short chronology, whole on any screen); otherwise
	 * the strip is `widthEm` wide and scrolls sideways.
	 */
	fit: boolean;
	/** Where marks are drawn, top and height in em: month rules cross these bands only, never a label. */
	bands: { y: number; height: number }[];
	chunks: ViewChunk[];
	/**
	 * A chronology too long for one row per event: its overview, bars of events by month or week
	 * (density.ts), drawn instead of `chunks`, which are then empty.
	 */
	density?: DensityView;
}

/** One piece of the strip: one SVG (see chunkStrip for why a long strip is cut). */
export interface ViewChunk {
	widthEm: number;
	ticks: ViewTick[];
	/** Events drawn one by one, in the chronology's order. */
	marks: ViewMark[];
	clusters: ViewCluster[];
}

/** A month boundary: a rule across the strip and its labels at the top ("Sept 2023"; axis.ts). */
export interface ViewTick {
	x: number;
	label: string;
	/** `YYYY-MM`. */
	datetime: string;
	/** Where its labels' baseline sits. */
	labelY: number;
	/** Its label at each drawing width that shows one (none where the months are thinned out). */
	labels: ViewTickLabel[];
}

/** A month's label at some drawing widths (all of them when `tiers` is absent). */
export interface ViewTickLabel extends AxisLabel {
	/** How far right of the rule it starts (negative: left of it, ending there, near the right edge). */
	dx: number;
}

/** A rectangle: `x`, `width` in percent, `y`, `height`, `rx` in em. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
	rx: number;
}

/**
 * A known day is a dot; a known period a solid bar (`display: 'range'`), a month, a year or "some
 * day between" a hatched band (`'imprecise'`) over the days it may cover.
 */
export type MarkShape =
	{ kind: 'dot'; cx: number; cy: number; r: number } | ({ kind: 'band' } & Box);

/**
 * The arrow on a side the sources leave open: {@link OPEN_ARROW_EM} long whatever the scale, drawn
 * outwards from the known bound at `x` (percent) as `points` in a `viewBox` of `0 0 20 10`
 * (negative x for the start side) stretched over `width` × `height` em from (`x`, `y`).
 */
export interface ViewArrow {
	side: 'start' | 'end';
	x: number;
	y: number;
	width: number;
	height: number;
	points: string;
}

/** One event's link on the strip. */
export interface ViewMark {
	slug: string;
	/** Its place in the chronology: the keyboard steps through marks and clusters in this order. */
	order: number;
	/**
	 * The accessible name of a bare mark, "date label: title" in full. A labelled mark is named by
	 * its label as shown (see {@link ViewLabelTier.full}), so that the name holds the visible words.
	 */
	label: string;
	display: TimelineEvent['display'];
	openStart: boolean;
	openEnd: boolean;
	/** A bare mark, below the labelled lanes, with no text. */
	compact: boolean;
	/** Its click and focus area: mark and label. */
	area: Box;
	shape: MarkShape;
	/** Arrows on the sides the sources leave open ("on or before", "on or after"). */
	arrows: ViewArrow[];
	/** Its two-line label (date, then shortened title), absent on a bare mark. */
	text?: ViewLabel;
}

/** A mark's label: the date on one line and the title's lines below it, just above the mark. */
export interface ViewLabel {
	/** The distance between two lines' baselines. */
	lineEm: number;
	date: string;
	/** The label at each drawing width (labels.ts), narrowest first: the CSS shows the one for the page's width. */
	tiers: ViewLabelTier[];
}

/** The label as laid out for some drawing widths, starting (or ending) at `x`. */
export interface ViewLabelTier {
	/** Which of LABEL_TIERS (labels.ts) it is for. */
	tiers: LabelTierName[];
	x: number;
	/** Nudge off the mark's edge, in em: positive when the label runs right, negative when it ends at `x`. */
	dx: number;
	anchor: 'start' | 'end';
	/** The date's baseline, then the title's first line's: a label of fewer lines than its lane holds sits lower. */
	dateY: number;
	titleY: number;
	/** The title's lines. */
	lines: string[];
	/**
	 * The whole title where the lines show less of it (the short title, or a title cut with "…"):
	 * drawn in text of no size after them, so the link's name is the visible label, then the title.
	 */
	full?: string;
}

/** One week's bare marks as one link with their count. */
export interface ViewCluster {
	slug: string;
	slugs: string[];
	order: number;
	count: number;
	/** "12 events, 3–9 January 2000". */
	label: string;
	area: Box;
	mark: Box;
	/** The centre of the mark, where the count is written. */
	countX: number;
	countY: number;
}

/** Options of {@link timelineView}: the defaults are the site's. */
export interface TimelineViewOptions {
	strip?: StripOptions;
	clusters?: ClusterOptions;
	/** The widest one piece of the strip may be, in em. */
	chunkEm?: number;
}

/** Offsets inside a row, in em, tuned with the strip's CSS (src/styles/timeline.css): the label above, the mark below it. */
const GEOMETRY = {
	/** A bare mark's top in its compact row; a labelled one sits under its two lines of label. */
	compactMarkTop: 0.25,
	markTop: 2.45,
	markHeight: 0.6,
	dotRadius: 0.4,
	markRadius: 0.2,
	areaRadius: 0.3,
	/** Rows keep a little space between their areas, so focus rings do not touch. */
	rowGap: 0.15,
	labelInset: 0.25,
	dateBaseline: 1.05,
	lineHeight: 1.15,
	tickBaseline: 1.15,
	/** How far a band for month rules reaches above and below the marks. */
	bandReach: 0.2,
	clusterMarkTop: 0.15,
	clusterMarkHeight: CLUSTER_ROW_EM - 0.3,
} as const;

/** An arrow pointing right over x 0…20 of a 20 × 10 box: a head and a shaft the height of a line. */
const ARROW_RIGHT = [
	[20, 5],
	[12, 0],
	[12, 3.5],
	[0, 3.5],
	[0, 6.5],
	[12, 6.5],
	[12, 10],
] as const;

function arrowPoints(side: 'start' | 'end'): string {
	return ARROW_RIGHT.map(([x, y]) => `${side === 'start' ? -x : x},${y}`).join(' ');
}

/** How far a lane's mark sits below the lane's top: under the date and every line of title. */
function markTop(strip: Pick<StripLayout, 'titleLines'>): number {
	return round(GEOMETRY.markTop + (strip.titleLines - 1) * STRIP_ROWS.lineEm);
}

function viewMark(item: StripItem, strip: Pick<StripLayout, 'laneEm' | 'titleLines'>): ViewMark {
	const g = GEOMETRY;
	const rowHeight = (item.compact ? STRIP_ROWS.compactEm : strip.laneEm) - g.rowGap;
	const markY = round(item.y + (item.compact ? g.compactMarkTop : markTop(strip)));
	const shape: MarkShape =
		item.display === 'point'
			? {
					kind: 'dot',
					cx: round(item.x + item.width / 2),
					cy: round(markY + g.markHeight / 2),
					r: g.dotRadius,
				}
			: {
					kind: 'band',
					x: item.x,
					y: markY,
					width: item.width,
					height: g.markHeight,
					rx: g.markRadius,
				};
	const arrows: ViewArrow[] = [];
	const arrow = (side: 'start' | 'end', x: number) =>
		arrows.push({
			side,
			x,
			y: markY,
			width: OPEN_ARROW_EM,
			height: g.markHeight,
			points: arrowPoints(side),
		});
	if (item.span.openStart) arrow('start', item.x);
	if (item.span.openEnd) arrow('end', round(item.x + item.width));
	const mark: ViewMark = {
		slug: item.slug,
		order: item.order,
		label: item.label,
		display: item.display,
		openStart: item.span.openStart,
		openEnd: item.span.openEnd,
		compact: item.compact,
		area: {
			x: item.areaX,
			y: item.y,
			width: item.areaWidth,
			height: round(rowHeight),
			rx: g.areaRadius,
		},
		shape,
		arrows,
	};
	if (!item.compact) {
		const tiers = item.labels ?? [
			{
				tiers: LABEL_TIERS.map(({ name }) => name),
				x: item.labelX,
				anchor: item.anchor,
				lines: [item.shownTitle],
			},
		];
		mark.text = {
			lineEm: STRIP_ROWS.lineEm,
			date: item.dateLabel,
			tiers: tiers.map((tier) => {
				const dateY = round(
					item.y + g.dateBaseline + (strip.titleLines - tier.lines.length) * STRIP_ROWS.lineEm,
				);
				const shown: ViewLabelTier = {
					...tier,
					dx: tier.anchor === 'start' ? g.labelInset : -g.labelInset,
					dateY,
					titleY: round(dateY + g.lineHeight),
				};
				// Lines are whole words of the title (labels.ts): spaced alike, they show it all or less.
				if (tier.lines.join(' ') !== item.title.split(/\s+/u).join(' ').trim())
					shown.full = item.title;
				return shown;
			}),
		};
	}
	return mark;
}

/** The bands month rules cross: each labelled lane's marks, then the rows of bare marks as one. */
function markBands(
	strip: Pick<StripLayout, 'lanes' | 'laneEm' | 'titleLines'>,
	belowHeight: number,
): { y: number; height: number }[] {
	const g = GEOMETRY;
	const { lanes } = strip;
	const bands = Array.from({ length: lanes }, (_, lane) => ({
		y: round(STRIP_ROWS.axisEm + lane * strip.laneEm + markTop(strip) - g.bandReach),
		height: round(g.markHeight + 2 * g.bandReach),
	}));
	if (belowHeight > 0)
		bands.push({ y: round(STRIP_ROWS.axisEm + lanes * strip.laneEm), height: round(belowHeight) });
	return bands;
}

function viewCluster(cluster: StripCluster): ViewCluster {
	const g = GEOMETRY;
	const markY = round(cluster.y + g.clusterMarkTop);
	return {
		slug: cluster.slug,
		slugs: cluster.slugs,
		order: cluster.order,
		count: cluster.count,
		label: cluster.label,
		area: {
			x: cluster.x,
			y: cluster.y,
			width: cluster.width,
			height: CLUSTER_ROW_EM,
			rx: g.areaRadius,
		},
		mark: {
			x: cluster.x,
			y: markY,
			width: cluster.width,
			height: g.clusterMarkHeight,
			rx: g.markRadius,
		},
		countX: round(cluster.x + cluster.width / 2),
		countY: round(markY + g.clusterMarkHeight / 2),
	};
}

/**
 * Month rules and their labels. A fitted strip's are thinned and placed for each drawing width
 * (axisLabels), so that none overlaps another or leaves the drawing; a strip as wide as its days
 * labels every month.
 */
function viewTicks(ticks: readonly MonthTick[], fit: boolean): ViewTick[] {
	const labels: AxisLabel[][] = fit
		? axisLabels(ticks)
		: ticks.map((tick) => [{ text: tick.label, anchor: 'start' }]);
	return ticks.map((tick, index) => ({
		...tick,
		labelY: GEOMETRY.tickBaseline,
		labels: labels[index]!.map((label) => ({
			...label,
			dx: label.anchor === 'start' ? AXIS_INSET_EM : -AXIS_INSET_EM,
		})),
	}));
}

/**
 * The timeline strip as one view: `events` in the chronology's order become pieces of marks and
 * clusters with every coordinate and order filled in; past `fitMax` events, an overview of bars by
 * month or week (densityView) instead. Labels are packed into lanes (layoutStrip),
 * a long chronology's bare marks grouped by week (clusterBareMarks), the strip cut into pieces
 * (chunkStrip), then each item given its shapes; the component only draws what it gets.
 */
export function timelineView(
	events: readonly TimelineEvent[],
	options: TimelineViewOptions = {},
): TimelineView {
	if (events.length > (options.strip ?? STRIP_OPTIONS).fitMax) {
		const density = densityView(events);
		return {
			events: events.length,
			widthEm: NARROWEST_EM,
			heightEm: density.heightEm,
			lanes: 0,
			titleLines: 1,
			compactRows: 0,
			clustered: false,
			fit: false,
			bands: [],
			chunks: [],
			density,
		};
	}
	const strip = clusterBareMarks(
		layoutStrip(events, options.strip ?? STRIP_OPTIONS),
		options.clusters ?? CLUSTER_OPTIONS,
	);
	return {
		events: events.length,
		widthEm: strip.widthEm,
		heightEm: strip.heightEm,
		lanes: strip.lanes,
		titleLines: strip.titleLines,
		compactRows: strip.compactRows,
		clustered: strip.clusters.length > 0,
		fit: strip.fit,
		bands: markBands(
			strip,
			strip.heightEm - STRIP_ROWS.axisEm - strip.lanes * strip.laneEm - STRIP_ROWS.bottomEm,
		),
		chunks: chunkStrip(strip, options.chunkEm ?? CHUNK_EM).map((chunk) => ({
			widthEm: chunk.widthEm,
			ticks: viewTicks(chunk.ticks, strip.fit),
			marks: chunk.items.map((item) => viewMark(item, strip)),
			clusters: chunk.clusters.map(viewCluster),
		})),
	};
}
