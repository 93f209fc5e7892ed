/**
 * A worker thread of the card pool ({@link createCardPool}): renders the cards it is sent with the
 * fonts it was started with, one at a time, and answers each with its PNG or why it failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardContent } from './card-layout.ts';
import type { CardResponse } from './card-pool.ts';
import { MissingGlyphError, type CardFont } from './card-renderer.ts';
import { createCardRenderer } from './render-card.ts';

const renderer = createCardRenderer((workerData as { fonts: CardFont[] }).fonts);

parentPort?.on('message', (content: CardContent) => {
	renderer.render(content).then(
		(png) => parentPort?.postMessage({ png } satisfies CardResponse),
		(error: unknown) => {
			const failure: CardResponse =
				error instanceof MissingGlyphError
					? { missing: error.characters }
					: { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
			parentPort?.postMessage(failure);
		},
	);
});
