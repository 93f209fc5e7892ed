/** Words of the quote shown in its anchor, for a reader of the address; the hash makes it unique. */
const SLUG_WORDS = 4;

/**
 * The id of a quote's mark on its source's page (`q-north-korea-has-delivered-3c9a1f0e`), from the
 * quote's words alone: its first words as a slug (ASCII letters and digits; none for a quote in
 * another script) and 8 hex digits of a 32-bit FNV-1a hash of the quote with its whitespace
 * collapsed. So the anchor survives any change to the rest of the source (a paragraph inserted,
 * another corrected) and changes only when the quoted words do; two citations of the same words
 * share one mark. Paragraph numbers are never part of it: they are positions, and move.
 */
export function quoteAnchor(quote: string): string {
	const normalised = quote.replace(/\s+/g, ' ').trim();
	const slug = normalised
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[-‐‑–—/]/g, ' ')
		.replace(/[^a-z0-9\s]/g, '')
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, SLUG_WORDS)
		.join('-');
	return slug ? `q-${slug}-${fnv1a(normalised)}` : `q-${fnv1a(normalised)}`;
}

/** 32-bit FNV-1a of the string's UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}
