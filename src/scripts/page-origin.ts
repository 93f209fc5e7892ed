/**
 * A built site that was not told its address (`SITE_URL`) writes a placeholder origin into the
 * absolute links a reader copies, and says so on `<html data-placeholder-origin>`. This puts the
 * page's own origin in its place, so a copied link, citation or embed code works wherever the
 * site is served; a site built with its address is left alone.
 */
export function onThisOrigin(text: string): string {
	const placeholder = document.documentElement.dataset['placeholderOrigin'];
	return placeholder ? text.replaceAll(placeholder, location.origin) : text;
}
