/** The two faces the map writes in: place names (semibold or heavier) and country names (italic). */
export type MapFace = 'bold' | 'italic';

/**
 * Advance widths in em of the printable ASCII characters (space to `~`), the widest of three
 * common system sans-serifs (Noto Sans, DejaVu Sans, Liberation Sans) in each face: the map says
 * `system-ui`, so the reader's font is unknown, and a label measured too wide only costs room.
 */
const WIDTHS: Record<MapFace, readonly number[]> = {
	bold: [
		0.35, 0.46, 0.53, 0.84, 0.7, 1.01, 0.88, 0.31, 0.46, 0.46, 0.55, 0.84, 0.38, 0.42, 0.38, 0.42,
		0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.4, 0.4, 0.84, 0.84, 0.84, 0.62, 1, 0.78,
		0.77, 0.74, 0.84, 0.69, 0.69, 0.83, 0.84, 0.39, 0.56, 0.78, 0.64, 1, 0.84, 0.86, 0.74, 0.86,
		0.78, 0.73, 0.69, 0.82, 0.78, 1.11, 0.78, 0.73, 0.73, 0.46, 0.42, 0.46, 0.84, 0.56, 0.5, 0.68,
		0.72, 0.6, 0.72, 0.68, 0.44, 0.72, 0.72, 0.35, 0.35, 0.67, 0.35, 1.05, 0.72, 0.69, 0.72, 0.72,
		0.5, 0.6, 0.48, 0.72, 0.66, 0.93, 0.65, 0.66, 0.59, 0.72, 0.56, 0.72, 0.84,
	],
	italic: [
		0.32, 0.41, 0.46, 0.84, 0.64, 0.96, 0.78, 0.28, 0.4, 0.4, 0.56, 0.84, 0.32, 0.37, 0.32, 0.36,
		0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.56,
		1.02, 0.69, 0.69, 0.73, 0.78, 0.67, 0.62, 0.78, 0.76, 0.33, 0.5, 0.67, 0.56, 0.87, 0.75, 0.79,
		0.67, 0.79, 0.73, 0.67, 0.62, 0.74, 0.69, 0.99, 0.69, 0.67, 0.69, 0.4, 0.36, 0.4, 0.84, 0.56,
		0.5, 0.62, 0.64, 0.55, 0.64, 0.62, 0.36, 0.64, 0.64, 0.28, 0.28, 0.58, 0.28, 0.98, 0.64, 0.62,
		0.64, 0.64, 0.42, 0.53, 0.4, 0.64, 0.6, 0.82, 0.6, 0.6, 0.53, 0.64, 0.56, 0.64, 0.84,
	],
};
/** Any other character (accented Latin, Cyrillic, Hangul): as wide as the widest capital, or a CJK em. */
const OTHER = 1.12;
/**
 * How far a line's box reaches above and below its baseline, in em: the largest ascent and
 * descent of those fonts (Noto Sans), which is the box a browser gives a `<text>` element.
 */
export const ASCENT = 1.07;
export const DESCENT = 0.3;

/** The width of `text` written `size` units high in `face`, in the same units. */
export function textWidth(text: string, size: number, face: MapFace): number {
	let em = 0;
	for (const character of text) {
		const code = character.codePointAt(0)!;
		em += code >= 32 && code <= 126 ? WIDTHS[face][code - 32]! : OTHER;
	}
	return em * size;
}
