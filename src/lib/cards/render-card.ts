import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, cardLayout } from './card-layout.ts';
import { encodeOpaquePng } from './encode-png.ts';
import { fontCoverage, missingCharacters, type Coverage } from './font-coverage.ts';
import { MissingGlyphError, type CardFont, type CardRenderer } from './card-renderer.ts';

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
