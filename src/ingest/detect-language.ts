import { detectAll } from 'tinyld';

/** The language of an article, and how sure the detector is. */
export interface DetectedLanguage {
	/** An ISO 639-1 code, a BCP 47 tag as the sources schema takes it ("de"). */
	tag: string;
	/** The detector's score for it, 0 to 1. */
	accuracy: number;
}

/** Below this score the detector is guessing: the ingest then says so and falls back to English. */
const MIN_ACCURACY = 0.3;

/**
 * The language the article's text is written in, detected by tinyld (two-letter ISO 639-1 codes,
 * the BCP 47 tags the schema and the leads' date parser use), or `undefined` when the text is too
 * short or too mixed to tell.
 */
export function detectLanguage(paragraphs: readonly string[]): DetectedLanguage | undefined {
	const [best] = detectAll(paragraphs.join('\n'));
	return best && best.lang !== '' && best.accuracy >= MIN_ACCURACY
		? { tag: best.lang, accuracy: best.accuracy }
		: undefined;
}
