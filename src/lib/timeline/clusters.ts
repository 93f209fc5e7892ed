import { formatDayRange } from '../dates/index.ts';
import { round } from './domain.ts';
import { STRIP_ROWS, type StripItem, type StripLayout } from './layout.ts';

/**
 * Past a few hundred events most of them find no room in the strip's labelled lanes, and thousands
 * of bare marks (each a link with its full name) make the page megabytes heavy and slow to become
 * usable. Then the bare marks of one calendar week (Monday to Sunday, by the last day each event
 * can have happened: the chronology's order) are drawn as one mark with their count, a link to the
 * first of them in the chronology; a week with a single bare mark keeps it as it is.
 *
 * Every event stays reachable: the list below the strip is its complete text alternative, and a
 * cluster leads to its first event there, from which the reader goes on through the list.
 */
export interface ClusterOptions {
	/** Bare marks are clustered only when the chronology has more events than this. */
	clusterAbove: number;
}

export const CLUSTER_OPTIONS: ClusterOptions = { clusterAbove: 300 };

/** The row of clusters: tall enough for a count inside the mark. */
export const CLUSTER_ROW_EM = 1.6;

/** One week's bare marks, drawn as one. */
export interface StripCluster {
	/** The first event of the cluster in the chronology: the link leads to it. */
	slug: string;
	/** Every event of the cluster, in the chronology's order. */
	slugs: string[];
	/** The first event's place in the chronology. */
	order: number;
	count: number;
	/** The accessible name: "12 events, 3–9 January 2000", the days its events may cover. */
	label: string;
	/** Left edge and width of the week, in percent of the strip's width. */
	x: number;
	width: number;
	/** Top of the cluster row, in em from the top of the strip. */
	y: number;
}

/** A strip whose bare marks may be clustered: `items` are the events drawn one by one. */
export interface ClusteredStrip extends StripLayout {
	clusters: StripCluster[];
}

/** The Monday-to-Sunday week of a day number (day 0, 1 January 1970, was a Thursday): the day number of its Monday. */
export function weekStart(day: number): number {
	return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * Clusters the bare marks of `layout` (one item per event, as layoutStrip makes it) by week, when
 * there are more events than `clusterAbove`; otherwise returns every item as it is, with no
 * clusters. Labelled items are never touched.
 */
export function clusterBareMarks(
	layout: StripLayout,
	options: ClusterOptions = CLUSTER_OPTIONS,
): ClusteredStrip {
	const ordered = layout.items;
	if (ordered.length <= options.clusterAbove) return { ...layout, clusters: [] };

	const weeks = new Map<number, StripItem[]>();
	for (const item of ordered) {
		if (!item.compact) continue;
		const week = weekStart(item.span.last);
		const members = weeks.get(week);
		if (members) members.push(item);
		else weeks.set(week, [item]);
	}
	if (weeks.size === 0) return { ...layout, clusters: [] };

	const { domain } = layout;
	const days = domain.last - domain.first + 1;
	const toPercent = (day: number) =>
		((Math.min(Math.max(day, domain.first), domain.last + 1) - domain.first) / days) * 100;
	const y = round(STRIP_ROWS.axisEm + layout.lanes * STRIP_ROWS.laneEm);
	const clustered = new Set<number>();
	const singles = new Map<number, number>();
	const clusters: StripCluster[] = [];
	for (const [week, members] of weeks) {
		if (members.length === 1) {
			singles.set(members[0]!.order, week);
			continue;
		}
		let first = Infinity;
		let last = -Infinity;
		for (const member of members) {
			first = Math.min(first, member.span.first);
			last = Math.max(last, member.span.last);
			clustered.add(member.order);
		}
		const x = toPercent(week);
		clusters.push({
			slug: members[0]!.slug,
			slugs: members.map((member) => member.slug),
			order: members[0]!.order,
			count: members.length,
			label: `${members.length} events, ${formatDayRange(first, last)}`,
			x: round(x),
			width: round(toPercent(week + 7) - x),
			y,
		});
	}
	clusters.sort((a, b) => a.order - b.order);
	const items = ordered
		.filter((item) => !clustered.has(item.order))
		.map((item) => (singles.has(item.order) ? { ...item, row: 0, y } : item));
	return {
		...layout,
		items,
		clusters,
		compactRows: 1,
		heightEm: round(
			STRIP_ROWS.axisEm + layout.lanes * STRIP_ROWS.laneEm + CLUSTER_ROW_EM + STRIP_ROWS.bottomEm,
		),
	};
}
