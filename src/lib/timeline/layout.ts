import { dayToUtcMs, fromDayNumber, monthLabel, toDayNumber, toIsoString } from '../dates/index.ts';
import {
	markDays,
	NARROWEST_EM,
	round,
	timelineDomain,
	type DayRange,
	type TimelineEvent,
} from './domain.ts';
import { labelTiers, type LabelTier } from './labels.ts';

/**
 * Geometry of the build-time timeline strip: an SVG whose horizontal positions are percentages of
 * its width and vertical ones are `em`. The strip is never narrower than `widthEm`, so labels
 * packed so as not to overlap at that width cannot overlap when it is wider.
 */
export interface StripOptions {
	/** Width of one day at the strip's narrowest. */
	emPerDay: number;
	/** The narrowest the strip may be, whatever the number of days. */
	minWidthEm: number;
	/** Longest title shown in a label; longer ones are cut at a word and end in "…". */
	titleChars: number;
	/** Estimated average glyph width, generous so that estimates err towards room. */
	glyphEm: number;
	/** Free space kept between two labels in one lane. */
	gapEm: number;
	/** Lanes with labels; events that find no room in them are drawn as bare marks below. */
	maxLanes: number;
	/** Rows of bare marks; past this they share the last row. */
	maxCompactRows: number;
	/**
	 * A chronology of at most this many events is drawn whole at any width: one row per event in the
	 * chronology's order, the time scale fitted to the drawing's width. A longer one is a strip of
	 * packed lanes as wide as its days need, scrolled sideways.
	 */
	fitMax: number;
	/**
	 * Glyph widths of a fitted strip's date (regular) and title (semi-bold), measured on DejaVu Sans,
	 * among the widest of system fonts, so that labels that fit there fit anywhere.
	 */
	fitGlyphEm: { date: number; title: number };
}

/** Sizes tuned for the chronology page's column (about 40 em of 13 px text). */
export const STRIP_OPTIONS: StripOptions = {
	emPerDay: 0.75,
	minWidthEm: 36,
	titleChars: 34,
	glyphEm: 0.58,
	gapEm: 1,
	maxLanes: 8,
	maxCompactRows: 6,
	fitMax: 24,
	fitGlyphEm: { date: 0.53, title: 0.62 },
};

/**
 * Vertical rhythm of the strip, in em of its own font size. A lane is as tall as a row of
 * vis-timeline's drawing (timeline-vis.css), so the strip reserves the height vis-timeline needs.
 */
export const STRIP_ROWS = {
	axisEm: 1.75,
	laneEm: 3.6,
	compactEm: 1.1,
	bottomEm: 0.5,
	lineEm: 1.15,
} as const;

/** One event placed on the strip. */
export interface StripItem {
	slug: string;
	/** The accessible name of a bare mark, "date label: title" in full. */
	label: string;
	dateLabel: string;
	/** The whole title, whatever a label shows. */
	title: string;
	/** The title as shown, shortened to fit; `title` keeps it whole. */
	shownTitle: string;
	/** On a fitted strip, the label at each drawing width (labels.ts): `labelX`, `anchor` and `shownTitle` are the narrowest's. */
	labels?: LabelTier[];
	display: TimelineEvent['display'];
	/** The days the event may cover, open sides included: clustering groups bare marks by their last day. */
	span: TimelineEvent['span'];
	/** The event's place in the chronology. */
	order: number;
	/** Left edge and width of the days the mark covers, in percent of the strip's width. */
	x: number;
	width: number;
	/** Where the label starts (`anchor: 'start'`) or ends (`'end'`), in percent: at the mark, or at the edge when it would not fit there. */
	labelX: number;
	anchor: 'start' | 'end';
	/** Left edge and width of everything the item draws, mark and label: its click and focus area. */
	areaX: number;
	areaWidth: number;
	/** Labelled lanes come first; a compact item is a bare mark in a row below them. */
	compact: boolean;
	row: number;
	/** Top of the item's row, in em from the top of the strip. */
	y: number;
}

/** A month boundary on the axis, labelled like "Sept 2023" in the site's locale. */
export interface MonthTick {
	x: number;
	label: string;
	/** `YYYY-MM`, for a `<time datetime>`-like machine value. */
	datetime: string;
}

export interface StripLayout {
	domain: DayRange;
	/** One row per event, scaled to the drawing's width (see {@link StripOptions.fitMax}). */
	fit: boolean;
	widthEm: number;
	heightEm: number;
	lanes: number;
	/** The height of a labelled lane: its date line, its title's lines (up to TITLE_LINES) and its mark. */
	laneEm: number;
	/** The most lines a title takes in this strip. */
	titleLines: number;
	compactRows: number;
	items: StripItem[];
	ticks: MonthTick[];
}

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with "…". */
export function shortenTitle(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

/** First-fit: the index of the first row whose occupied end is at or before `start`, or -1. */
function firstFreeRow(ends: number[], start: number): number {
	return ends.findIndex((end) => end <= start);
}

/** Month boundaries inside the domain. */
export function monthTicks(domain: DayRange, toPercent: (day: number) => number): MonthTick[] {
	const start = fromDayNumber(domain.first);
	const ticks: MonthTick[] = [];
	// Months counted from year 0, so that stepping on past December needs no special case.
	for (let months = start.year * 12 + start.month! - (start.day === 1 ? 1 : 0); ; months++) {
		const month = {
			year: Math.floor(months / 12),
			month: (months % 12) + 1,
			precision: 'month',
		} as const;
		const day = toDayNumber(month);
		if (day > domain.last) break;
		ticks.push({
			x: round(toPercent(day)),
			label: monthLabel(dayToUtcMs(day)),
			datetime: toIsoString(month),
		});
	}
	return ticks;
}

/**
 * A short chronology drawn whole: one row per event in the chronology's order (the list's), each
 * with its label above its mark, on a time scale in percent of the drawing's width. Each label is
 * laid out for each drawing width the page knows (labels.ts): the whole title in up to two lines
 * where it fits, else the editor's short title; every lane is as tall as the longest label.
 */
function layoutFitted(events: readonly TimelineEvent[], options: StripOptions): StripLayout {
	const domain = timelineDomain(events);
	const days = domain.last - domain.first + 1;
	const toPercent = (day: number) => ((day - domain.first) / days) * 100;
	const placed = events.map((event) => {
		const mark = markDays(event.span);
		const x = round(toPercent(mark.first));
		const end = round(toPercent(mark.end));
		return { event, x, end, labels: labelTiers(event, x, end, options.fitGlyphEm) };
	});
	const titleLines = Math.max(
		1,
		...placed.flatMap(({ labels }) => labels.map((label) => label.lines.length)),
	);
	const laneEm = round(STRIP_ROWS.laneEm + (titleLines - 1) * STRIP_ROWS.lineEm);
	const items = placed.map(({ event, x, end, labels }, index): StripItem => {
		const narrowest = labels[0]!;
		return {
			slug: event.slug,
			label: `${event.dateLabel}: ${event.title}`,
			dateLabel: event.dateLabel,
			title: event.title,
			shownTitle: narrowest.lines.join(' '),
			labels,
			display: event.display,
			span: event.span,
			order: index,
			x,
			width: round(end - x),
			labelX: narrowest.x,
			anchor: narrowest.anchor,
			areaX: 0,
			areaWidth: 100,
			compact: false,
			row: index,
			y: round(STRIP_ROWS.axisEm + index * laneEm),
		};
	});
	return {
		domain,
		fit: true,
		widthEm: NARROWEST_EM,
		heightEm: round(STRIP_ROWS.axisEm + events.length * laneEm + STRIP_ROWS.bottomEm),
		lanes: events.length,
		laneEm,
		titleLines,
		compactRows: 0,
		items,
		ticks: monthTicks(domain, toPercent),
	};
}

/**
 * Places every event on the strip, in the chronology's order. A short chronology (at most
 * `fitMax` events) gets one row per event, fitted to any width (layoutFitted). A longer one is a
 * strip as wide as its days need: each mark spans the days it may cover, and labels go into lanes
 * by greedy first-fit so that no two overlap; events left without room become bare marks (their
 * full text is still their accessible name, and the list has it all).
 */
export function layoutStrip(
	events: readonly TimelineEvent[],
	options: StripOptions = STRIP_OPTIONS,
): StripLayout {
	if (events.length <= options.fitMax) return layoutFitted(events, options);
	return layoutPacked(events, options);
}

/** The strip of a long chronology: labelled lanes packed by first-fit, bare marks below, as wide as its days need. */
function layoutPacked(events: readonly TimelineEvent[], options: StripOptions): StripLayout {
	const domain = timelineDomain(events);
	const days = domain.last - domain.first + 1;
	const widthEm = Math.max(options.minWidthEm, days * options.emPerDay);
	const emPerDay = widthEm / days;
	const toPercent = (day: number) => ((day - domain.first) / days) * 100;

	const placed = events.map((event, index) => {
		const mark = markDays(event.span);
		const shownTitle = shortenTitle(event.title, options.titleChars);
		const labelDays =
			(Math.max(event.dateLabel.length, shownTitle.length) * options.glyphEm) / emPerDay;
		// A label runs rightwards from its mark unless that would leave the strip; then it ends at the mark's end.
		const anchor: 'start' | 'end' = mark.first + labelDays <= domain.last + 1 ? 'start' : 'end';
		const labelStart =
			anchor === 'start' ? mark.first : Math.max(domain.first, mark.end - labelDays);
		const areaStart = Math.min(mark.first, labelStart);
		const areaEnd = Math.max(mark.end, labelStart + labelDays);
		return { event, index, mark, shownTitle, anchor, areaStart, areaEnd };
	});

	const gapDays = options.gapEm / emPerDay;
	const laneEnds: number[] = [];
	const compactEnds: number[] = [];
	const rows = new Map<number, { compact: boolean; row: number }>();
	const byStart = [...placed].sort((a, b) => a.areaStart - b.areaStart || a.index - b.index);
	for (const item of byStart) {
		let row = firstFreeRow(laneEnds, item.areaStart);
		if (row === -1 && laneEnds.length < options.maxLanes) row = laneEnds.push(0) - 1;
		if (row !== -1) {
			laneEnds[row] = item.areaEnd + gapDays;
			rows.set(item.index, { compact: false, row });
			continue;
		}
		row = firstFreeRow(compactEnds, item.mark.first);
		if (row === -1)
			row =
				compactEnds.length < options.maxCompactRows
					? compactEnds.push(0) - 1
					: compactEnds.length - 1;
		compactEnds[row] = Math.max(compactEnds[row] ?? 0, item.mark.end);
		rows.set(item.index, { compact: true, row });
	}

	const lanes = laneEnds.length;
	const items = placed.map(
		({ event, index, mark, shownTitle, anchor, areaStart, areaEnd }): StripItem => {
			const { compact, row } = rows.get(index) ?? { compact: true, row: 0 };
			const y =
				STRIP_ROWS.axisEm +
				(compact
					? lanes * STRIP_ROWS.laneEm + row * STRIP_ROWS.compactEm
					: row * STRIP_ROWS.laneEm);
			return {
				slug: event.slug,
				label: `${event.dateLabel}: ${event.title}`,
				dateLabel: event.dateLabel,
				title: event.title,
				shownTitle,
				display: event.display,
				span: event.span,
				order: index,
				x: round(toPercent(mark.first)),
				width: round(toPercent(mark.end) - toPercent(mark.first)),
				labelX: round(toPercent(anchor === 'start' ? mark.first : mark.end)),
				anchor,
				areaX: round(toPercent(compact ? mark.first : areaStart)),
				areaWidth: round(
					toPercent(compact ? mark.end : areaEnd) - toPercent(compact ? mark.first : areaStart),
				),
				compact,
				row,
				y: round(y),
			};
		},
	);

	const compactRows = compactEnds.length;
	return {
		domain,
		fit: false,
		widthEm: round(widthEm),
		heightEm: round(
			STRIP_ROWS.axisEm +
				lanes * STRIP_ROWS.laneEm +
				compactRows * STRIP_ROWS.compactEm +
				STRIP_ROWS.bottomEm,
		),
		lanes,
		laneEm: STRIP_ROWS.laneEm,
		titleLines: 1,
		compactRows,
		items,
		ticks: monthTicks(domain, toPercent),
	};
}
