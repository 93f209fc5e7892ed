import { NARROWEST_EM, WIDE_EM, WIDEST_EM, type TimelineEvent } from './domain.ts';

/**
 * The drawing widths a fitted strip lays its labels out for, narrowest first, each shown by a media
 * query of timeline.css (and timeline-vis.css): below 36rem a 320 px screen's drawing, from 36rem a
 * drawing of at least 40 em, from 64rem one of at least 75 em (a 1024 px screen's column).
 */
export const LABEL_TIERS = [
	{ name: 'narrow', em: NARROWEST_EM },
	{ name: 'wide', em: WIDE_EM },
	{ name: 'widest', em: WIDEST_EM },
] as const;

export type LabelTierName = (typeof LABEL_TIERS)[number]['name'];

/** The most lines a title takes on the strip: whole titles wrap to this many, or the short title is shown. */
export const TITLE_LINES = 2;

/** Space a label keeps from the drawing's edges, in em. */
export const LABEL_MARGIN_EM = 0.5;

/** A label as laid out for some drawing widths: where it is anchored and its title's lines. */
export interface LabelTier {
	/** The tiers ({@link LABEL_TIERS}) this layout is for: neighbours with the same layout share one. */
	tiers: LabelTierName[];
	/** Where the label starts (`anchor: 'start'`) or ends, in percent of the drawing: at the mark, or at an edge. */
	x: number;
	anchor: 'start' | 'end';
	/** The title's lines, whole words; only a title with no room even as the short one is cut, with "…". */
	lines: string[];
}

/** Glyph widths in em of the date (regular) and the title (semi-bold): see StripOptions.fitGlyphEm. */
export interface GlyphEm {
	date: number;
	title: number;
}

/**
 * Greedy word wrap of `text` into lines of at most `maxChars` characters. A word longer than a line
 * gets a line of its own (and the caller finds it too long).
 */
export function wrapWords(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/u).filter(Boolean)) {
		if (line === '') line = word;
		else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}

/**
 * `text` in at most `maxLines` lines of `maxChars`, else undefined; lines as even as that many
 * allow, so that a title never ends on one orphaned word.
 */
function fitting(text: string, maxChars: number, maxLines: number): string[] | undefined {
	const lines = wrapWords(text, maxChars);
	if (lines.length > maxLines || lines.some((line) => line.length > maxChars)) return undefined;
	let even = lines;
	for (let chars = maxChars - 1; lines.length > 1 && chars > 0; chars--) {
		const narrower = wrapWords(text, chars);
		if (narrower.length > lines.length || narrower.some((line) => line.length > chars)) break;
		even = narrower;
	}
	return even;
}

/** The first `maxLines` lines of `text`, the last cut at a word and ended with "…". */
function cutLines(text: string, maxChars: number, maxLines: number): string[] {
	const lines = wrapWords(text, maxChars).map((line) =>
		line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line,
	);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1]!;
	const cut =
		last.length + 1 > maxChars
			? last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : maxChars - 1)
			: last;
	kept[maxLines - 1] = `${cut.replace(/[\s,;:–-]+$/u, '')}…`;
	return kept;
}

/**
 * One event's label at one drawing width (`widthEm`), its mark covering `x`…`end` percent: beside
 * the mark on its side with more room, or from the drawing's edge on that side when it needs the
 * whole width. The whole title is shown when it fits in {@link TITLE_LINES} lines, else the
 * editor's short title; with neither fitting, the shorter is cut.
 */
export function placeLabel(
	event: Pick<TimelineEvent, 'title' | 'short' | 'dateLabel'>,
	x: number,
	end: number,
	widthEm: number,
	glyph: GlyphEm,
): Omit<LabelTier, 'tiers'> {
	const startsLeft = (x + end) / 2 <= 50;
	const anchor = startsLeft ? 'start' : 'end';
	const beside = ((startsLeft ? 100 - x : end) / 100) * widthEm - LABEL_MARGIN_EM;
	const whole = widthEm - 2 * LABEL_MARGIN_EM;
	const texts = event.short === undefined ? [event.title] : [event.title, event.short];
	for (const text of texts) {
		for (const [room, at] of [
			[beside, startsLeft ? x : end],
			[whole, startsLeft ? 0 : 100],
		] as const) {
			if (event.dateLabel.length * glyph.date > room) continue;
			const lines = fitting(text, Math.floor(room / glyph.title), TITLE_LINES);
			if (lines) return { x: at, anchor, lines };
		}
	}
	const shortest = texts.reduce((a, b) => (b.length < a.length ? b : a));
	return {
		x: startsLeft ? 0 : 100,
		anchor,
		lines: cutLines(shortest, Math.floor(whole / glyph.title), TITLE_LINES),
	};
}

/** The label of one event at every tier, neighbouring tiers with the same layout merged. */
export function labelTiers(
	event: Pick<TimelineEvent, 'title' | 'short' | 'dateLabel'>,
	x: number,
	end: number,
	glyph: GlyphEm,
): LabelTier[] {
	const tiers: LabelTier[] = [];
	for (const { name, em } of LABEL_TIERS) {
		const placed = placeLabel(event, x, end, em, glyph);
		const previous = tiers.at(-1);
		if (
			previous &&
			previous.x === placed.x &&
			previous.anchor === placed.anchor &&
			previous.lines.join('\n') === placed.lines.join('\n')
		)
			previous.tiers.push(name);
		else tiers.push({ tiers: [name], ...placed });
	}
	return tiers;
}
