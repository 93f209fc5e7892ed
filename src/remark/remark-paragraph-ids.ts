import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
// Types `node.data.hProperties`, which mdast-util-to-hast turns into the element's attributes.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { CREDIT_COMPONENT, SOCIAL_POST_COMPONENT, SOURCE_COMPONENTS } from '../content-files/components.ts';
import { listParagraphs } from '../lib/paragraphs.ts';

/** Options for {@link remarkParagraphIds}. */
export interface Options {
	/** Only files whose path contains this segment get anchors (the sources collection). */
	pathIncludes?: string;
}

/**
 * Gives every paragraph of a source a stable anchor (`#p1`, `#p2`…), numbered by
 * {@link listParagraphs} so that citations, backlinks and the page agree.
 *
 * A source may hold paragraphs, `<SocialPost>` (numbered like a paragraph) and `<Credit>` (not
 * numbered: a credit line is not the article's text): any other component at the top level fails
 * with its position, because the numbering (and every citation) would silently skip it.
 */
export function remarkParagraphIds(options: Options = {}) {
	return (tree: Root, file: VFile) => {
		if (options.pathIncludes && !file.path?.replaceAll('\\', '/').includes(options.pathIncludes)) return;
		for (const node of tree.children) {
			if (node.type === 'mdxJsxFlowElement' && !SOURCE_COMPONENTS.has(node.name ?? '')) {
				file.fail(
					`<${node.name ?? ''}> is not allowed in a source: a source holds the article's paragraphs, <${SOCIAL_POST_COMPONENT}> quotations and <${CREDIT_COMPONENT}> lines only. Write it as a paragraph, as <${SOCIAL_POST_COMPONENT} author="…" handle="…" date="YYYY-MM-DD">, or as <${CREDIT_COMPONENT}>…</${CREDIT_COMPONENT}>.`,
					node,
					'remark-paragraph-ids:unknown-component',
				);
			}
		}
		for (const { id, node } of listParagraphs(tree)) {
			if (node.type === 'mdxJsxFlowElement') {
				const attribute: MdxJsxAttribute = { type: 'mdxJsxAttribute', name: 'id', value: id };
				node.attributes = [...node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'id')), attribute];
			} else {
				node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
			}
		}
	};
}
