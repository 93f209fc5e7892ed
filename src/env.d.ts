/** The file URL of src/lib/cards/card-worker.ts, defined by astro.config.mjs for the card pages. */
declare const __CARD_WORKER__: string;
