/** Quotes longer than this many words are linked by their first and last words (`text=start,end`). */
const LONG_QUOTE_WORDS = 10;
/** Words on each side of a long quote's link. */
const EDGE_WORDS = 4;

/** Words around a quote, to tell a short or repeated one apart on the original page. */
export interface QuoteContext {
	prefix?: string | undefined;
	suffix?: string | undefined;
}

/**
 * A text-fragment link (`#:~:text=`) to a quote on the original article's page, which browsers that
 * support text fragments scroll to and highlight. Each part is percent-encoded, `-`, `,` and `&`
 * included (they are the directive's syntax); a long quote is given by its first and last words so
 * the link stays short and survives small differences in between; `prefix`/`suffix` tell apart a
 * quote that is short or occurs more than once.
 */
export function textFragmentUrl(url: string, quote: string, context: QuoteContext = {}): string {
	const words = quote.split(/\s+/).filter(Boolean);
	const target =
		words.length > LONG_QUOTE_WORDS
			? `${encodePart(words.slice(0, EDGE_WORDS).join(' '))},${encodePart(words.slice(-EDGE_WORDS).join(' '))}`
			: encodePart(words.join(' '));
	const prefix = context.prefix?.trim() ? `${encodePart(context.prefix.trim())}-,` : '';
	const suffix = context.suffix?.trim() ? `,-${encodePart(context.suffix.trim())}` : '';
	return `${url.replace(/#.*$/, '')}#:~:text=${prefix}${target}${suffix}`;
}

function encodePart(text: string): string {
	return encodeURIComponent(text).replace(
		/[-!'()*]/g,
		(character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
	);
}
