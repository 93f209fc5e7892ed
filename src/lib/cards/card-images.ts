import type { CardCache } from './card-cache.ts';
import { cardLayout, type CardContent } from './card-layout.ts';
import type { CardRenderer } from './card-renderer.ts';

/** The PNG of each card of a build. */
export interface CardImages {
	/**
	 * Starts every card of the list at once, from the cache or the renderer: the pages ask for them
	 * one at a time, but a pool of workers renders as many as it has threads, alongside the build.
	 */
	prefetch(contents: readonly CardContent[]): void;
	/** The card's PNG, rendered (or read from the cache) once however often it is asked for. */
	png(content: CardContent): Promise<Uint8Array>;
}

/** The cards of a build: each read from `cache` or drawn by `renderer` once. */
export function createCardImages(cache: CardCache, renderer: CardRenderer): CardImages {
	const started = new Map<string, Promise<Uint8Array>>();
	const png = (content: CardContent) => {
		const layout = cardLayout(content);
		const key = JSON.stringify(layout);
		let image = started.get(key);
		if (!image) {
			image = cache.get(layout, () => renderer.render(content)).then(({ png }) => png);
			// Its page reports a failure (a missing glyph, say) when it asks: not an unhandled rejection before that.
			image.catch(() => {});
			started.set(key, image);
		}
		return image;
	};
	return {
		prefetch(contents) {
			for (const content of contents) void png(content);
		},
		png,
	};
}
