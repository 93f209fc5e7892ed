import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SOCIAL_POST_COMPONENT } from '../content-files/components.ts';

/** A numbered paragraph of a source: what a citation points at. */
export interface SourceParagraph {
	/** 1-based position among the source's paragraphs: `#p1`, `#p2`… */
	number: number;
	/** The anchor id on the rendered page. */
	id: string;
	/** The paragraph's text as a reader sees it. */
	text: string;
	/** The mdast node, so a plugin can decorate it. */
	node: RootContent;
}

/** The anchor id of paragraph `number`. */
export function paragraphId(number: number): string {
	return `p${number}`;
}

/**
 * The paragraph number an anchor id names (`p12` → 12), the inverse of {@link paragraphId}: the
 * remark plugin hands components the id alone. `undefined` for any other id.
 */
export function paragraphNumber(id: string | undefined): number | undefined {
	const digits = id?.match(/^p([1-9]\d*)$/)?.[1];
	return digits === undefined ? undefined : Number(digits);
}

function isSocialPost(node: RootContent): node is MdxJsxFlowElement {
	return node.type === 'mdxJsxFlowElement' && node.name === SOCIAL_POST_COMPONENT;
}

/**
 * The paragraphs of a source, numbered in reading order. Only top-level paragraphs and social
 * posts count, so the numbering the page shows, the citation check and the exports always agree.
 */
export function listParagraphs(tree: Root): SourceParagraph[] {
	const paragraphs: SourceParagraph[] = [];
	for (const node of tree.children) {
		if (node.type !== 'paragraph' && !isSocialPost(node)) continue;
		const number = paragraphs.length + 1;
		paragraphs.push({ number, id: paragraphId(number), text: toString(node), node });
	}
	return paragraphs;
}
