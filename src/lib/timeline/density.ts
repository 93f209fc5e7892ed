import {
	dayToUtcMs,
	formatCalendarDate,
	formatDayRange,
	fromDayNumber,
	monthLabel,
	toDayNumber,
	lastDayNumber,
} from '../dates/index.ts';
import { barHeight, DENSITY_ROWS } from './bars.ts';
import { round, type DayRange, type TimelineEvent } from './domain.ts';
import { LABEL_TIERS, type LabelTierName } from './labels.ts';

/**
 * Past a few dozen events, one row per event no longer fits a screen, and a strip of packed labels
 * would scroll sideways. The overview then counts events by month (by week when the chronology
 * spans only a few months) and draws one bar per month or week, as tall as its count, fitted to
 * the width whatever the number of events: each bar a link to its month's section of the
 * chronology, whose events are one tap away there.
 */
export interface DensityBin {
	/** The month section (`YYYY-MM`, the events' `month`) the bar leads to: a week's, its first event's. */
	month: string;
	/** The days the bin covers, day numbers. */
	first: number;
	last: number;
	count: number;
	/** Its events in the chronology's order, and the first one's place there. */
	slugs: string[];
	order: number;
	/**
	 * The accessible name: "14 events, September 2023", "1 event, 4–10 September 2023". It starts
	 * with the count, the bar's visible text ("Label in Name"), as a cluster's name does.
	 */
	label: string;
}

/** A month boundary on the overview's axis, labelled at the widths where its label fits. */
export interface DensityTick {
	/** Percent of the drawing. */
	x: number;
	/** "Sept 2023", shown at `tiers`; a January's (or the first tick's) year alone at `yearTiers`, where it has room. */
	label: string;
	tiers: LabelTierName[];
	year?: string;
	yearTiers?: LabelTierName[];
}

/** One bar, every coordinate filled in: `x`, `width` in percent, the rest in em. */
export interface DensityBar extends DensityBin {
	x: number;
	width: number;
	barY: number;
	barHeight: number;
	/** The widths at which the count fits above the bar (the name carries it everywhere). */
	countTiers: LabelTierName[];
}

export interface DensityView {
	unit: 'week' | 'month';
	domain: DayRange;
	heightEm: number;
	/** The baseline the bars stand on, in em. */
	baseY: number;
	bars: DensityBar[];
	ticks: DensityTick[];
}

/** A chronology spanning fewer months than this is counted by week. */
export const WEEKS_BELOW_MONTHS = 4;

/** Glyph width of counts and axis labels, in em (regular text, generous: see StripOptions.fitGlyphEm). */
const GLYPH_EM = 0.6;

/** The Monday-to-Sunday week of a day number (day 0, 1 January 1970, was a Thursday): its Monday's day number. */
export function weekStart(day: number): number {
	return day - ((((day + 3) % 7) + 7) % 7);
}

/** The day the chronology orders an event by: its last possible day, or its first when open-ended. */
function orderDay(event: TimelineEvent): number {
	return event.span.openEnd ? event.span.first : event.span.last;
}

const monthOf = (month: string) => {
	const [year, number] = month.split('-').map(Number) as [number, number];
	return { year, month: number, precision: 'month' } as const;
};

/** Events counted by month (their `month`) or week, every month or week of the span present, empty ones with 0. */
export function densityBins(events: readonly TimelineEvent[]): {
	unit: 'week' | 'month';
	bins: DensityBin[];
} {
	const months = [...new Set(events.map((event) => event.month))].sort();
	const firstMonth = monthOf(months[0]!);
	const lastMonth = monthOf(months.at(-1)!);
	const spanned = (lastMonth.year - firstMonth.year) * 12 + lastMonth.month - firstMonth.month + 1;
	const unit = spanned < WEEKS_BELOW_MONTHS ? 'week' : 'month';
	const keyOf = (event: TimelineEvent) =>
		unit === 'month' ? toDayNumber(monthOf(event.month)) : weekStart(orderDay(event));
	const byKey = new Map<number, TimelineEvent[]>();
	events.forEach((event) => {
		const key = keyOf(event);
		byKey.set(key, [...(byKey.get(key) ?? []), event]);
	});
	const bins: DensityBin[] = [];
	const keys = [...byKey.keys()].sort((a, b) => a - b);
	for (let key = keys[0]!; key <= keys.at(-1)!;) {
		const start = fromDayNumber(key);
		const next =
			unit === 'month'
				? toDayNumber({
						year: start.year + Math.floor(start.month! / 12),
						month: (start.month! % 12) + 1,
						precision: 'month',
					})
				: key + 7;
		const members = byKey.get(key) ?? [];
		const count = members.length;
		const when =
			unit === 'month'
				? formatCalendarDate({ year: start.year, month: start.month!, precision: 'month' })
				: formatDayRange(key, next - 1);
		bins.push({
			month: members[0]?.month ?? `${start.year}-${String(start.month).padStart(2, '0')}`,
			first: key,
			last: next - 1,
			count,
			slugs: members.map((event) => event.slug),
			order: count > 0 ? events.indexOf(members[0]!) : -1,
			label: `${count} ${count === 1 ? 'event' : 'events'}, ${when}`,
		});
		key = next;
	}
	return { unit, bins };
}

/** The tiers at which `chars` characters fit in `widthPercent` of the drawing. */
function tiersFitting(chars: number, widthPercent: number): LabelTierName[] {
	return LABEL_TIERS.filter(({ em }) => (widthPercent / 100) * em >= chars * GLYPH_EM + 0.3).map(
		({ name }) => name,
	);
}

/** The overview of a long chronology: bars of its events by month or week, over whole months or weeks. */
export function densityView(events: readonly TimelineEvent[]): DensityView {
	const { unit, bins } = densityBins(events);
	// Whole months (or weeks): the island opens on this same span (island-data.ts).
	const domain = { first: bins[0]!.first, last: bins.at(-1)!.last };
	const days = domain.last - domain.first + 1;
	const toPercent = (day: number) =>
		((Math.min(Math.max(day, domain.first), domain.last + 1) - domain.first) / days) * 100;
	const most = Math.max(1, ...bins.map((bin) => bin.count));
	const baseY = round(DENSITY_ROWS.axisEm + DENSITY_ROWS.countEm + DENSITY_ROWS.barsEm);
	const bars = bins
		.filter((bin) => bin.count > 0)
		.map((bin): DensityBar => {
			const x = round(toPercent(bin.first));
			const width = round(toPercent(bin.last + 1) - x);
			const height = barHeight(bin.count, most);
			return {
				...bin,
				x,
				width,
				barY: round(baseY - height),
				barHeight: height,
				countTiers: tiersFitting(String(bin.count).length, width),
			};
		});
	const ticks: DensityTick[] = [];
	const start = fromDayNumber(domain.first);
	for (
		let month = { year: start.year, month: start.month!, precision: 'month' as const };
		toDayNumber(month) <= domain.last;
	) {
		const day = toDayNumber(month);
		const next = {
			year: month.year + Math.floor(month.month / 12),
			month: (month.month % 12) + 1,
			precision: 'month' as const,
		};
		if (day >= domain.first) {
			const label = monthLabel(dayToUtcMs(day));
			const tick: DensityTick = {
				x: round(toPercent(day)),
				label,
				tiers: tiersFitting(
					label.length,
					toPercent(Math.min(lastDayNumber(month) + 1, domain.last + 1)) - toPercent(day),
				),
			};
			// A year's first month says which year it is; so does the first, unless a January follows close behind.
			if (month.month === 1 || (ticks.length === 0 && month.month <= 10)) {
				tick.year = String(month.year);
				// Where the month's own label does not fit, and the year has room before the drawing's edge.
				tick.yearTiers = tiersFitting(4, 100 - tick.x).filter((name) => !tick.tiers.includes(name));
			}
			ticks.push(tick);
		}
		month = next;
	}
	return { unit, domain, heightEm: round(baseY + DENSITY_ROWS.bottomEm), baseY, bars, ticks };
}
