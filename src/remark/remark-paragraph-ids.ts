import { fileURLToPath } from 'node:url';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import {
	CREDIT_COMPONENT,
	SOCIAL_POST_COMPONENT,
	SOURCE_COMPONENTS,
} from '../content-files/components.ts';
import { listParagraphs } from '../lib/paragraphs.ts';

/** Options for {@link remarkParagraphIds}. */
export interface Options {
	/** Only files whose path contains this segment get anchors (the sources collection). */
	pathIncludes?: string;
}

/**
 * A content error at a node of a Markdown file. Astro's MDX integration reports it with the file,
 * and with this line and column; `reason` and `ruleId` are as unified's file messages name them.
 */
export class MarkdownContentError extends Error {
	readonly reason: string;
	readonly ruleId: string;
	readonly line: number | undefined;
	readonly column: number | undefined;
	constructor(reason: string, node: RootContent, ruleId: string) {
		const { line, column } = node.position?.start ?? {};
		super(line === undefined ? reason : `${line}:${column}: ${reason}`);
		this.name = 'MarkdownContentError';
		this.reason = reason;
		this.ruleId = ruleId;
		this.line = line;
		this.column = column;
	}
}

/** Whether the file compiled is one the plugin works on: under `pathIncludes`, if given. */
export function inScope(fileURL: URL | undefined, pathIncludes: string | undefined): boolean {
	if (!pathIncludes) return true;
	return (
		fileURL !== undefined && fileURLToPath(fileURL).replaceAll('\\', '/').includes(pathIncludes)
	);
}

const paragraphIds = defineMdastPlugin({
	name: 'paragraph-ids',
	// The error on an unknown component names its line and column.
	options: { position: true },
	before(tree, context) {
		const root = tree as Root;
		for (const node of root.children) {
			if (node.type === 'mdxJsxFlowElement' && !SOURCE_COMPONENTS.has(node.name ?? '')) {
				throw new MarkdownContentError(
					`<${node.name ?? ''}> is not allowed in a source: a source holds the article's paragraphs, <${SOCIAL_POST_COMPONENT}> quotations and <${CREDIT_COMPONENT}> lines only. Write it as a paragraph, as <${SOCIAL_POST_COMPONENT} author="…" handle="…" date="YYYY-MM-DD">, or as <${CREDIT_COMPONENT}>…</${CREDIT_COMPONENT}>.`,
					node,
					'remark-paragraph-ids:unknown-component',
				);
			}
		}
		for (const { id, node } of listParagraphs(root)) {
			if (node.type === 'mdxJsxFlowElement') {
				// Sätteri sets no attributes in place: the post is replaced by itself with its id.
				const attribute: MdxJsxAttribute = { type: 'mdxJsxAttribute', name: 'id', value: id };
				const attributes = [
					...node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'id')),
					attribute,
				];
				context.replaceNode(node, {
					type: node.type,
					name: node.name,
					attributes,
					children: node.children,
				});
			} else {
				// `hProperties` become the paragraph's attributes, as in unified's mdast-util-to-hast.
				const data = node.data as { hProperties?: Record<string, unknown> } | undefined;
				context.setProperty(node, 'data', { ...data, hProperties: { ...data?.hProperties, id } });
			}
		}
	},
});

/**
 * Gives every paragraph of a source a stable anchor (`#p1`, `#p2`…), numbered by
 * {@link listParagraphs} so that citations, backlinks and the page agree. A Sätteri mdast plugin.
 *
 * A source may hold paragraphs, `<SocialPost>` (numbered like a paragraph) and `<Credit>` (not
 * numbered: a credit line is not the article's text): any other component at the top level fails
 * with its position, because the numbering (and every citation) would silently skip it.
 */
export function remarkParagraphIds(options: Options = {}): MdastPluginEntry {
	return ({ fileURL }) => (inScope(fileURL, options.pathIncludes) ? paragraphIds : null);
}
