import { round } from './domain.ts';

/** Vertical rhythm of the overview, in em: the axis labels, the tallest bar, room for a count above it. */
export const DENSITY_ROWS = {
	axisEm: 1.75,
	countEm: 1.3,
	barsEm: 8,
	bottomEm: 0.75,
	minBarEm: 0.35,
} as const;

/**
 * The height of an overview's bar of `count` events when the busiest bar has `most`, in em: the
 * build's bars, and the filter's recounted ones in the browser (so this module imports no dates).
 */
export function barHeight(count: number, most: number): number {
	return round(Math.max(DENSITY_ROWS.minBarEm, (count / Math.max(1, most)) * DENSITY_ROWS.barsEm));
}

/**
 * Where each row of a drawing of one row per event goes once some rows are hidden: the rows left
 * close up, in order, onto the first rows' places. `tops` are the rows' tops (em), `shown` whether
 * each is still drawn; the answer is each row's shift (em, zero for a hidden one).
 */
export function closeUpRows(tops: readonly number[], shown: readonly boolean[]): number[] {
	let next = 0;
	return tops.map((top, row) => (shown[row] ? round(tops[next++]! - top) : 0));
}
