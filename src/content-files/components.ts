/**
 * The MDX components a source page may hold, by the names written in its file. The ingest writes
 * them, the remark plugins and the paragraph numbering read them, the source page renders them:
 * every one of those reads the names here.
 */

/** A social-media post quoted in an article: numbered like a paragraph, so it can be cited. */
export const SOCIAL_POST_COMPONENT = 'SocialPost';

/**
 * A credit or caption line ("Photo : YONHAP News"): shown on the page as a credit, never
 * numbered, so no citation can point at it.
 */
export const CREDIT_COMPONENT = 'Credit';

/** Placed at the end of a paragraph with marked quotes: the links back to the events citing them. */
export const QUOTE_LINKS_COMPONENT = 'QuoteLinks';

/** The components an editor or the ingest may write at the top level of a source. */
export const SOURCE_COMPONENTS: ReadonlySet<string> = new Set([
	SOCIAL_POST_COMPONENT,
	CREDIT_COMPONENT,
]);
