import { getCollection } from 'astro:content';
import type { QuotedParagraph } from '../lib/locate-quote.ts';
import { listParagraphs } from '../lib/paragraphs.ts';
import { parseMdx } from '../lib/parse-mdx.ts';

let paragraphs: Promise<Map<string, QuotedParagraph[]>> | undefined;

/**
 * Each source's numbered paragraphs, by source id, as its page numbers them (`listParagraphs` over
 * the entry's MDX): the text around each quote for the annotations export. Read once per build.
 */
export function getSourceParagraphs(): Promise<Map<string, QuotedParagraph[]>> {
	return (paragraphs ??= getCollection('sources').then(
		(entries) =>
			new Map(
				entries.map((entry) => [
					entry.id,
					listParagraphs(parseMdx(entry.body ?? '')).map(({ number, text }) => ({ number, text })),
				]),
			),
	));
}
