/**
 * Which characters a TrueType/OpenType font can draw, read from its `cmap` table, so a preview card
 * is refused before rendering rather than drawn with blank boxes. Satori's own signal for a missing
 * glyph (its `loadAdditionalAsset` hook) fires once per segment per process, so a second card with
 * the same character would pass silently; the cmap answers every time.
 */

/** The code points a font maps to a glyph. */
export type Coverage = (codePoint: number) => boolean;

/**
 * Reads a font's Unicode cmap subtable (format 12 for the full range, else format 4 for the BMP).
 * @throws when the data is not a TrueType/OpenType font with a Unicode cmap.
 */
export function fontCoverage(font: Uint8Array): Coverage {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const version = font.byteLength >= 12 ? view.getUint32(0) : 0;
	// 1.0 for TrueType outlines, 'OTTO' for CFF, 'true' for Apple's TrueType.
	if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565) {
		throw new Error(
			'Not a TrueType or OpenType font (WOFF and WOFF2 files must be decompressed first).',
		);
	}
	const cmap = findTable(view, 'cmap');
	const count = view.getUint16(cmap + 2);
	let best: { format: number; offset: number } | undefined;
	for (let i = 0; i < count; i++) {
		const record = cmap + 4 + i * 8;
		const platform = view.getUint16(record);
		const encoding = view.getUint16(record + 2);
		const offset = cmap + view.getUint32(record + 4);
		const format = view.getUint16(offset);
		const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
		if (!unicode || (format !== 4 && format !== 12)) continue;
		if (!best || (format === 12 && best.format === 4)) best = { format, offset };
	}
	if (!best) throw new Error('The font has no Unicode cmap subtable (format 4 or 12).');
	return best.format === 12 ? format12(view, best.offset) : format4(view, best.offset);
}

function findTable(view: DataView, tag: string): number {
	const tables = view.getUint16(4);
	for (let i = 0; i < tables; i++) {
		const record = 12 + i * 16;
		const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
		if (name === tag) return view.getUint32(record + 8);
	}
	throw new Error(`The font has no '${tag}' table.`);
}

/** Segmented coverage: groups of [start, end] with a start glyph id; glyph 0 is .notdef. */
function format12(view: DataView, offset: number): Coverage {
	const groups = view.getUint32(offset + 12);
	const ranges: [number, number][] = [];
	for (let i = 0; i < groups; i++) {
		const group = offset + 16 + i * 12;
		const start = view.getUint32(group);
		const end = view.getUint32(group + 4);
		const glyph = view.getUint32(group + 8);
		// A group mapping its first code point to .notdef still maps the rest to real glyphs.
		ranges.push([glyph === 0 ? start + 1 : start, end]);
	}
	return (codePoint) => ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** Segment mapping to delta values, for the Basic Multilingual Plane. */
function format4(view: DataView, offset: number): Coverage {
	const segments = view.getUint16(offset + 6) / 2;
	const ends = offset + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	return (codePoint) => {
		if (codePoint > 0xffff) return false;
		for (let i = 0; i < segments; i++) {
			if (codePoint > view.getUint16(ends + i * 2)) continue;
			const start = view.getUint16(starts + i * 2);
			if (codePoint < start) return false;
			const delta = view.getUint16(deltas + i * 2);
			const rangeOffset = view.getUint16(rangeOffsets + i * 2);
			if (rangeOffset === 0) return ((codePoint + delta) & 0xffff) !== 0;
			const glyphAt = rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2;
			const glyph = view.getUint16(glyphAt);
			return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
		}
		return false;
	};
}

/**
 * The distinct characters of `text` that none of the fonts can draw, in order of first appearance.
 * Spaces and line breaks need no glyph.
 */
export function missingCharacters(text: string, fonts: Coverage[]): string[] {
	const missing = new Set<string>();
	for (const character of text) {
		const codePoint = character.codePointAt(0)!;
		if (/\s/u.test(character)) continue;
		if (!fonts.some((covers) => covers(codePoint))) missing.add(character);
	}
	return [...missing];
}
