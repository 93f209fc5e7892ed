import type { Chronology } from '../chronology.ts';
import { locateQuote, type QuotedParagraph } from '../locate-quote.ts';
import type { Urls } from '../routes.ts';

/** The W3C Web Annotation context: every annotation tool reads these terms. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of the source's text kept before and after a quote to tell it apart, as Hypothesis does. */
const CONTEXT_CHARACTERS = 32;

/**
 * The chronology's citations as a W3C Web Annotation collection (`annotations.jsonld`): one
 * annotation per citation, in the chronology's order, its target the original article (its `url`)
 * when an editor gave it, else the source's page here, found by a TextQuoteSelector: `exact` is the
 * quoted passage as the source's text has it, `prefix` and `suffix` the text around it in its
 * paragraph. The body names and links the event. Annotation tools (Hypothesis and others that
 * read the W3C model) can then show each quote on the publisher's own page.
 * @param paragraphs each source's numbered paragraphs, by source id, as its page shows them.
 * @param urls absolute URLs (`routes.absolute`).
 */
export function annotationCollection(
	chronology: Pick<Chronology, 'events' | 'sourcesById'>,
	paragraphs: ReadonlyMap<string, readonly QuotedParagraph[]>,
	urls: Urls,
	meta: { title: string; language: string },
) {
	const id = urls.file('annotations.jsonld');
	const items = chronology.events.flatMap((event) =>
		event.citations.map((citation) => {
			const source = chronology.sourcesById.get(citation.sourceId);
			const text = paragraphs.get(citation.sourceId) ?? [];
			const found = locateQuote(text, citation.quote, citation.paragraph);
			if (found.status !== 'found') {
				throw new Error(
					`Event "${event.slug}", citation ${citation.number}: its quote is not found once in "${citation.sourceId}" (${found.status}).`,
				);
			}
			const { paragraph, start, end } = found.place;
			const paragraphText = text.find((candidate) => candidate.number === paragraph)!.text;
			return {
				id: `${id}#${event.slug}-${citation.number}`,
				type: 'Annotation',
				motivation: 'linking',
				body: [
					{
						type: 'TextualBody',
						purpose: 'describing',
						format: 'text/plain',
						language: meta.language,
						value: `Cited by “${event.title}” (${event.dateLabel}), in ${meta.title}.`,
					},
					{
						id: urls.event(event.slug),
						type: 'Text',
						format: 'text/html',
						language: meta.language,
					},
				],
				target: {
					source: source?.url ?? urls.source(citation.sourceId),
					selector: {
						type: 'TextQuoteSelector',
						exact: paragraphText.slice(start, end),
						prefix: paragraphText.slice(Math.max(0, start - CONTEXT_CHARACTERS), start),
						suffix: paragraphText.slice(end, end + CONTEXT_CHARACTERS),
					},
				},
			};
		}),
	);
	return {
		'@context': ANNOTATION_CONTEXT,
		id,
		type: 'AnnotationCollection',
		label: `${meta.title}: every passage the chronology cites`,
		total: items.length,
		first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
	};
}
