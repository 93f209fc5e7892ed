import { axisLabel, dayToUtcMs, monthLabel, toDayNumber } from '../dates/index.ts';
import { LABEL_TIERS, type LabelTierName } from './labels.ts';
import type { MonthTick } from './layout.ts';

/** The axis's text, in em: glyph width (regular text, generous: see StripOptions.fitGlyphEm). */
export const AXIS_GLYPH_EM = 0.6;
/** How far a label starts right of its rule (or ends left of it, near the right edge), in em. */
export const AXIS_INSET_EM = 0.3;
/** The least space between two labels, in em: about a space and a half. */
const AXIS_GAP_EM = 0.5;

/**
 * Steps between labelled months, counted from January so that the same months are labelled at
 * every width ("Jan Apr Jul Oct"); from 12 on, only Januaries (every year, every 2nd, 5th, 10th).
 */
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;

/** One label of a month rule, drawn at the drawing widths `tiers` (all of them when absent). */
export interface AxisLabel {
	tiers?: LabelTierName[];
	text: string;
	/** Starts right of the rule, or ends left of it (a month near the drawing's right edge). */
	anchor: 'start' | 'end';
}

/** Where a label of `text` at `x` percent sits in a drawing `em` wide, in em: its anchor and box. */
function placed(text: string, x: number, em: number) {
	const width = text.length * AXIS_GLYPH_EM;
	const rule = (x / 100) * em;
	return rule + AXIS_INSET_EM + width <= em
		? { anchor: 'start' as const, left: rule + AXIS_INSET_EM, right: rule + AXIS_INSET_EM + width }
		: { anchor: 'end' as const, left: rule - AXIS_INSET_EM - width, right: rule - AXIS_INSET_EM };
}

/** Texts for some ticks (by index), or undefined where two would overlap in a drawing `em` wide. */
function fitting(
	ticks: readonly MonthTick[],
	texts: ReadonlyMap<number, string>,
	em: number,
): Map<number, string> | undefined {
	let end = 0;
	for (const [index, text] of [...texts].sort(([a], [b]) => a - b)) {
		const box = placed(text, ticks[index]!.x, em);
		if (box.left < end) return undefined;
		end = box.right + AXIS_GAP_EM;
	}
	return new Map(texts);
}

const monthNumber = (tick: MonthTick) => {
	const [year, month] = tick.datetime.split('-').map(Number) as [number, number];
	return {
		count: year * 12 + month - 1,
		time: dayToUtcMs(toDayNumber({ year, month, precision: 'month' })),
	};
};

/**
 * The labels of a fitted strip's month rules in a drawing `em` wide: every month as "Sept 2023"
 * where they all fit (a short chronology); else every 2nd, 3rd or 6th month (the fewest steps
 * that fit) as the island's axis labels them, "Sept", with each January as its year ("2024", as
 * the overview marks years), and the first labelled month with its year where there is room; else
 * only years. Indexes are the ticks'.
 */
function axisTexts(ticks: readonly MonthTick[], em: number): Map<number, string> {
	const every = fitting(ticks, new Map(ticks.map((tick, index) => [index, tick.label])), em);
	if (every) return every;
	const months = ticks.map(monthNumber);
	let texts = new Map<number, string>();
	for (const step of STEPS) {
		texts = new Map(
			months.flatMap(({ count, time }, index) =>
				count % step === 0 ? [[index, axisLabel(time, 'month')] as const] : [],
			),
		);
		const shown = fitting(ticks, texts, em);
		if (!shown) continue;
		// The year of the months before the first January: on the first labelled one, or the first tick.
		const [first] = [...shown.keys()];
		const lead = step < 12 ? first : 0;
		if (lead !== undefined && months[lead]!.count % 12 !== 0) {
			const year =
				step < 12 ? monthLabel(months[lead]!.time) : axisLabel(months[lead]!.time, 'year');
			const withYear = fitting(ticks, new Map([...shown, [lead, year]]), em);
			if (withYear) return withYear;
		}
		return shown;
	}
	// Decades that still overlap (a few events over centuries): the first, and each one with room.
	const kept = new Map<number, string>();
	for (const [index, text] of texts) {
		if (fitting(ticks, new Map([...kept, [index, text]]), em)) kept.set(index, text);
	}
	return kept;
}

/**
 * Each tick's labels over the drawing widths (LABEL_TIERS): one untiered label where every width
 * shows the same, else one per run of widths with the same text and anchor.
 */
export function axisLabels(ticks: readonly MonthTick[]): AxisLabel[][] {
	const perTier = LABEL_TIERS.map(({ name, em }) => ({ name, em, texts: axisTexts(ticks, em) }));
	return ticks.map((tick, index) => {
		const labels: AxisLabel[] = [];
		for (const { name, em, texts } of perTier) {
			const text = texts.get(index);
			if (text === undefined) continue;
			const { anchor } = placed(text, tick.x, em);
			const last = labels.at(-1);
			if (last && last.text === text && last.anchor === anchor) last.tiers!.push(name);
			else labels.push({ tiers: [name], text, anchor });
		}
		if (labels.length === 1 && labels[0]!.tiers!.length === LABEL_TIERS.length)
			return [{ text: labels[0]!.text, anchor: labels[0]!.anchor }];
		return labels;
	});
}
