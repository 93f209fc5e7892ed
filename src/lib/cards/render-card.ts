import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import {
	CARD_FONT_FAMILY,
	CARD_HEIGHT,
	CARD_WIDTH,
	cardLayout,
	type CardContent,
} from './card-layout.ts';
import { encodeOpaquePng } from './encode-png.ts';
import { fontCoverage, missingCharacters, type Coverage } from './font-coverage.ts';

/** A font file for the cards, with the weight it is used for. */
export interface CardFont {
	data: Uint8Array;
	weight: 400 | 700;
}

/** Thrown when a card's text has characters its fonts cannot draw. */
export class MissingGlyphError extends Error {
	/** The characters, each once, in order of first appearance. */
	readonly characters: string[];
	constructor(characters: string[]) {
		super(
			`the card font (${CARD_FONT_FAMILY}) has no glyph for ${characters.map(describe).join(', ')}`,
		);
		this.name = 'MissingGlyphError';
		this.characters = characters;
	}
}

/** `“😀” (U+1F600)`: the character and its code point, which stays legible when the character does not. */
export function describe(character: string): string {
	const codePoints = [...character].map(
		(c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
	);
	return `“${character}” (${codePoints.join(' ')})`;
}

/** Renders preview cards with one set of fonts, parsed once. */
export interface CardRenderer {
	/**
	 * The card as a 1200×630 PNG.
	 * @throws {MissingGlyphError} before rendering, when a character of the card has no glyph.
	 */
	render(content: CardContent): Promise<Uint8Array>;
}

/** A renderer for `fonts`: each weight must cover every character the cards use. */
export function createCardRenderer(fonts: CardFont[]): CardRenderer {
	const coverage = new Map<number, Coverage>(
		fonts.map(({ data, weight }) => [weight, fontCoverage(data)]),
	);
	const satoriFonts = fonts.map(({ data, weight }) => ({
		name: CARD_FONT_FAMILY,
		data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
		weight,
		style: 'normal' as const,
	}));
	return {
		async render(content) {
			// The kicker and title are bold, the rest regular: check each text against the weight that draws it.
			const bold = coverage.get(700) ?? coverage.get(400)!;
			const regular = coverage.get(400) ?? bold;
			const missing = [
				...missingCharacters(`${content.kicker}${content.title}`, [bold]),
				...missingCharacters(`${content.byline ?? ''}${content.footer}`, [regular]),
			];
			if (missing.length > 0) throw new MissingGlyphError([...new Set(missing)]);
			const svg = await satori(cardLayout(content), {
				width: CARD_WIDTH,
				height: CARD_HEIGHT,
				fonts: satoriFonts,
				// Never reached after the check above; if satori still finds a segment it cannot draw, fail
				// rather than let it fall back to blank text.
				loadAdditionalAsset: async (_language, segment) => {
					throw new MissingGlyphError([...segment]);
				},
			});
			// satori has drawn the text as paths: resvg needs no fonts, and loading the system's (its
			// default) took longer than drawing the card. Our encoder beats resvg's own (see encode-png.ts).
			const image = new Resvg(svg, {
				fitTo: { mode: 'original' },
				font: { loadSystemFonts: false },
			}).render();
			return encodeOpaquePng(image.pixels, image.width, image.height);
		},
	};
}
