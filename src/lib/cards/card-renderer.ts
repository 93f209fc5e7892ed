import { CARD_FONT_FAMILY, type CardContent } from './card-layout.ts';

/*
 * What a card renderer is, apart from the renderer (render-card.ts, which loads satori and resvg):
 * the build's pages and the worker pool import only this, so the site's server bundle carries
 * neither library; the workers load them.
 */

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
function describe(character: string): string {
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
