/** An sRGB colour: channels 0–255, alpha 0–1. */
export interface Rgba {
	r: number;
	g: number;
	b: number;
	a: number;
}

/**
 * Reads a colour as Chromium's `getComputedStyle` writes it: `rgb(…)`, `rgba(…)` or
 * `color(srgb …)` (what `color-mix()` computes to).
 * @throws for any other form, so a test never judges a colour it did not understand.
 */
export function parseCssColour(text: string): Rgba {
	const value = text.trim();
	if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
	const rgb = /^rgba?\(([^)]*)\)$/.exec(value);
	if (rgb) {
		const [r = 0, g = 0, b = 0, a = 1] = rgb[1]!
			.split(/[\s,/]+/)
			.filter(Boolean)
			.map(Number);
		return { r, g, b, a };
	}
	const srgb = /^color\(srgb ([^)]*)\)$/.exec(value);
	if (srgb) {
		const [r = 0, g = 0, b = 0, a = 1] = srgb[1]!
			.split(/[\s/]+/)
			.filter(Boolean)
			.map(Number);
		return { r: r * 255, g: g * 255, b: b * 255, a };
	}
	throw new Error(`Cannot read the colour "${text}"`);
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
	const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
	return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * What the eye sees through a stack of backgrounds, nearest first (an element's, then its
 * parent's…), over `canvas` where none of them is opaque.
 */
export function compositeBackground(
	layers: readonly string[],
	canvas: Rgba = { r: 255, g: 255, b: 255, a: 1 },
): Rgba {
	let colour = canvas;
	for (const layer of [...layers].reverse()) colour = over(parseCssColour(layer), colour);
	return colour;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
	const linear = (channel: number) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of a colour (blended over `background` if translucent) against an opaque background. */
export function contrastRatio(colour: Rgba, background: Rgba): number {
	const [a, b] = [relativeLuminance(over(colour, background)), relativeLuminance(background)];
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
