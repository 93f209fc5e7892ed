import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { listParagraphs, SOCIAL_POST_COMPONENT } from '../lib/paragraphs.ts';

/** Options for {@link remarkParagraphIds}. */
export interface Options {
	/** Only files whose path contains this segment get anchors (the sources collection). */
	pathIncludes?: string;
}

/**
 * Gives every paragraph of a source a stable anchor (`#p1`, `#p2`…), numbered by
 * {@link listParagraphs} so that citations, backlinks and the page agree.
 *
 * A source may hold paragraphs and `<SocialPost>` only: any other component at the top level
 * fails with its position, because the numbering (and every citation) would silently skip it.
 */
export function remarkParagraphIds(options: Options = {}) {
	return (tree: Root, file: VFile) => {
		if (options.pathIncludes && !file.path?.replaceAll('\\', '/').includes(options.pathIncludes)) return;
		for (const node of tree.children) {
			if (node.type === 'mdxJsxFlowElement' && node.name !== SOCIAL_POST_COMPONENT) {
				file.fail(
					`<${node.name ?? ''}> is not allowed in a source: a source holds the article's paragraphs and <${SOCIAL_POST_COMPONENT}> quotations only. Write it as a paragraph, or as <${SOCIAL_POST_COMPONENT} author="…" handle="…" date="YYYY-MM-DD">.`,
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
