import type { ClusteredStrip, StripCluster } from './clusters.ts';
import { round } from './domain.ts';
import type { MonthTick, StripItem } from './layout.ts';

/**
 * The widest one SVG of the strip may be. Chromium rasterises an SVG as a single drawing, so a
 * strip many screens wide (thousands of events over years) in one SVG takes seconds per frame;
 * cut into pieces, only the pieces on screen are drawn.
 */
export const CHUNK_EM = 160;

/** One piece of the strip: positions are percent of this piece, which may overflow into the next. */
export interface StripChunk {
	widthEm: number;
	items: StripItem[];
	/** Clusters of bare marks (see clusterBareMarks), each in the piece where its week starts. */
	clusters: StripCluster[];
	ticks: MonthTick[];
}

/**
 * Cuts the strip into pieces of equal width, at most `chunkEm` each, each holding the items whose
 * mark starts in it (a label or a long mark runs on over the next pieces). A strip that fits in
 * one piece stays whole.
 */
export function chunkStrip(layout: ClusteredStrip, chunkEm = CHUNK_EM): StripChunk[] {
	const count = Math.max(1, Math.ceil(layout.widthEm / chunkEm));
	const share = 100 / count;
	const widthEm = round(layout.widthEm / count);
	const chunks: StripChunk[] = Array.from({ length: count }, () => ({
		widthEm,
		items: [],
		clusters: [],
		ticks: [],
	}));
	const pieceOf = (x: number) => Math.min(count - 1, Math.max(0, Math.floor(x / share)));
	const at = (x: number, piece: number) => round(((x - piece * share) / share) * 100);
	const along = (width: number) => round((width / share) * 100);
	for (const item of layout.items) {
		const piece = pieceOf(item.x);
		chunks[piece]!.items.push({
			...item,
			x: at(item.x, piece),
			width: along(item.width),
			labelX: at(item.labelX, piece),
			areaX: at(item.areaX, piece),
			areaWidth: along(item.areaWidth),
		});
	}
	for (const cluster of layout.clusters) {
		const piece = pieceOf(cluster.x);
		chunks[piece]!.clusters.push({
			...cluster,
			x: at(cluster.x, piece),
			width: along(cluster.width),
		});
	}
	for (const tick of layout.ticks) {
		const piece = pieceOf(tick.x);
		chunks[piece]!.ticks.push({ ...tick, x: at(tick.x, piece) });
	}
	return chunks;
}
