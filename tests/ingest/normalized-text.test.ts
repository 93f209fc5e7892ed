import { describe, expect, test } from 'vitest';
import { normalizedSha256 } from '../../src/ingest/normalized-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const ARTICLE =
	' date 2023-10-14 By Euronews with AP\n\nCorée du Nord: more than 1,000 containers.\n';

describe('normalizedSha256', () => {
	test.each([
		['Windows line endings', ARTICLE.replaceAll('\n', '\r\n')],
		['trailing spaces and tabs', ARTICLE.replaceAll('\n', ' \t\n')],
		['blank lines at the end', `${ARTICLE}\n\n`],
		['decomposed letters (NFD)', ARTICLE.normalize('NFD')],
		['a byte-order mark', `\uFEFF${ARTICLE}`],
	])('gives the same hash to a copy differing only in %s', (_, copy) => {
		expect(copy).not.toBe(ARTICLE);
		expect(normalizedSha256(bytes(copy))).toBe(normalizedSha256(bytes(ARTICLE)));
	});

	test('tells apart a copy whose words differ', () => {
		expect(normalizedSha256(bytes(ARTICLE.replace('1,000', '1,001')))).not.toBe(
			normalizedSha256(bytes(ARTICLE)),
		);
	});
});
