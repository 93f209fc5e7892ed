import { createHash } from 'node:crypto';

/**
 * The SHA-256 of an article's text as a reader sees it: UTF-8 (a byte-order mark dropped), line
 * endings as `\n`, no spaces or tabs at the ends of lines, no blank lines at the end, Unicode in
 * NFC. Two downloads of one article that differ only there (Windows line endings, an editor that
 * strips trailing spaces, a decomposed "é") have the same; `undefined` for bytes that are not UTF-8.
 */
export function normalizedSha256(bytes: Uint8Array): string | undefined {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
	const normal = text
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t]+$/gm, '')
		.replace(/\n+$/, '')
		.normalize('NFC');
	return createHash('sha256').update(normal).digest('hex');
}
