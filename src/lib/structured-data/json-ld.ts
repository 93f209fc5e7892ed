/** A JSON-LD node: schema.org data about a page, in a `<script type="application/ld+json">`. */
export type JsonLd = { [key: string]: unknown };

/** The vocabulary every node of the site uses. */
export const SCHEMA_ORG = 'https://schema.org';

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: JSON with `<`, `>` and `&`
 * written as `\u003c`, `\u003e` and `\u0026`, so no title or quote can close the element
 * (`</script>`) or open a comment (`<!--`) in the HTML parser, and U+2028/U+2029 escaped for
 * readers that take it for JavaScript. `JSON.parse` gives back exactly `data`.
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(
		/[<>&\u2028\u2029]/g,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
