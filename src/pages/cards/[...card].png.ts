import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
// Inlined into the build's server code, so the fonts are found wherever Astro bundles this page.
import boldFont from '../../assets/fonts/NotoSans-Bold.ttf?inline';
import regularFont from '../../assets/fonts/NotoSans-Regular.ttf?inline';
import { getChronology } from '../../data/chronology.ts';
import { createCardCache, DEFAULT_CARD_CACHE } from '../../lib/cards/card-cache.ts';
import { createCardImages } from '../../lib/cards/card-images.ts';
import { createCardPool } from '../../lib/cards/card-pool.ts';
import { chronologyCard, eventCard, type Card } from '../../lib/cards/cards.ts';
import { MissingGlyphError } from '../../lib/cards/card-renderer.ts';
import { cardName } from '../../lib/routes.ts';

/** The preview cards (`og:image`): `cards/chronology.png` and `cards/events/<slug>.png`, built as PNG files. */
export const getStaticPaths = (async () => {
	const { events } = await getChronology();
	const cards: Props[] = [
		{ card: chronologyCard() },
		...events.map((event) => ({ card: eventCard(event), slug: event.slug })),
	];
	// Every card starts now, on the pool's threads, while the build renders its other pages.
	if (import.meta.env.PROD) images.prefetch(cards.map(({ card }) => card.content));
	return cards.map(({ card, slug }) => ({
		params: { card: cardName(slug) },
		props: { card, slug },
	}));
}) satisfies GetStaticPaths;

interface Props {
	card: Card;
	/** The event's slug, to name its file when its card cannot be drawn. */
	slug?: string | undefined;
}

const fonts = [
	{ data: fromDataUrl(regularFont), weight: 400 as const },
	{ data: fromDataUrl(boldFont), weight: 700 as const },
];
const cache = createCardCache(
	process.env.CARDS_CACHE_DIR || DEFAULT_CARD_CACHE,
	fonts.map(({ data }) => data),
);
// The worker is src/lib/cards/card-worker.ts, run by Node from the source tree (astro.config.mjs
// names it): a worker thread runs a file, and this page is bundled elsewhere.
const images = createCardImages(cache, createCardPool({ worker: new URL(__CARD_WORKER__), fonts }));

export const GET: APIRoute<Props> = async ({ props: { card, slug } }) => {
	try {
		const png = await images.png(card.content);
		return new Response(png as Uint8Array<ArrayBuffer>, {
			headers: { 'Content-Type': 'image/png' },
		});
	} catch (error) {
		if (!(error instanceof MissingGlyphError)) throw error;
		const file = slug
			? ((await getEntry('events', slug))?.filePath ?? `the event ${slug}`)
			: 'the chronology';
		throw new AstroError(
			`${file}: its preview card cannot be drawn: ${error.message}.`,
			'Write the title and attribution with characters the card font has (Latin, Greek, Cyrillic, typographic punctuation), or add a font that has them to src/assets/fonts/ and to the cards’ fonts in src/pages/cards/.',
		);
	}
};

function fromDataUrl(url: string): Uint8Array {
	return new Uint8Array(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
}
