import type { Paragraph as ParagraphNode, Root, RootContent } from 'mdast';
import { mdxJsxToMarkdown, type MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Handle, Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { CREDIT_COMPONENT, SOCIAL_POST_COMPONENT } from '../content-files/components.ts';
import { formatFrontmatter, type SourceFrontmatter } from './frontmatter.ts';
import { parseSocialPost } from './social-post.ts';

/** What a source's MDX file is made of. */
export interface SourceDocument {
	frontmatter: SourceFrontmatter;
	/** Where each derived field came from, written as comments for the editor. */
	origins: Record<string, string>;
	/** The page's paragraphs and credit lines, verbatim, in order. */
	paragraphs: (string | CreditLine)[];
}

/** A credit or caption line ("Photo : YONHAP News"), written as a `<Credit>` element. */
export interface CreditLine {
	credit: string;
}

/**
 * Unsafe patterns added to mdast-util-to-markdown's own; whatever matches is escaped.
 * - MDX reads a line starting `import ` or `export ` as JavaScript (ESM).
 * - The built-in patterns for list markers and hard breaks test the next character by matching
 *   it, so a match that takes a line ending hides a marker on the next line ("1.\n1. x" keeps
 *   its second "1." and becomes a list). The same patterns with a lookahead find every line.
 */
const UNSAFE: Unsafe[] = [
	{ atBreak: true, character: 'i', after: '(?=mport\\b)' },
	{ atBreak: true, character: 'e', after: '(?=xport\\b)' },
	{ atBreak: true, before: '\\d+', character: '.', after: '(?=[ \\t\\r\\n]|$)' },
	{ atBreak: true, character: '*', after: '(?=[ \\t\\r\\n*])' },
	{ atBreak: true, character: '+', after: '(?=[ \\t\\r\\n])' },
	{ atBreak: true, character: '-', after: '(?=[ \\t\\r\\n-])' },
	{ character: '\\', after: '(?=[\\r\\n])', inConstruct: 'phrasing' },
];

const jsxHandlers = mdxJsxToMarkdown().handlers ?? {};

/**
 * mdast-util-mdx-jsx escapes only the quote in attribute values, but MDX decodes character
 * references there, so an author named "&#123;" would come back as "{". Writing `&` as `&amp;`
 * first makes every value read back as it was.
 */
const mdxJsxFlowElement: Handle = (node: MdxJsxFlowElement, parent, state, info) => {
	const attributes = node.attributes.map((attribute) =>
		attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
			? { ...attribute, value: attribute.value.replaceAll('&', '&amp;') }
			: attribute,
	);
	return jsxHandlers['mdxJsxFlowElement']!({ ...node, attributes }, parent, state, info);
};

/**
 * The serializer: MDX syntax (so `{` and `<` are escaped), GFM (so `~` and `|` are escaped the way
 * Astro's GFM-enabled pipeline needs) and YAML frontmatter.
 */
const processor = unified()
	.use(remarkFrontmatter, ['yaml'])
	.use(remarkMdx)
	.use(remarkGfm)
	.use(remarkStringify, { unsafe: UNSAFE, handlers: { mdxJsxFlowElement } });

/**
 * The MDX of a source: frontmatter, then each paragraph as a Markdown paragraph, or as a
 * `<SocialPost>` element when it is an embedded post, and each credit line as a `<Credit>`
 * element (which the paragraph numbering skips). Built as an mdast tree and serialized by
 * remark, so any text at all is escaped into MDX that reads back as the same text.
 */
export function toMdx(document: SourceDocument): string {
	const tree: Root = {
		type: 'root',
		children: [
			{ type: 'yaml', value: formatFrontmatter(document.frontmatter, document.origins) },
			...document.paragraphs.map(toNode),
		],
	};
	return processor.stringify(tree);
}

function toNode(part: string | CreditLine): RootContent {
	if (typeof part !== 'string')
		return {
			type: 'mdxJsxFlowElement',
			name: CREDIT_COMPONENT,
			attributes: [],
			children: [paragraph(part.credit)],
		};
	const text = part;
	const post = parseSocialPost(text);
	if (!post) return paragraph(text);
	const element: MdxJsxFlowElement = {
		type: 'mdxJsxFlowElement',
		name: SOCIAL_POST_COMPONENT,
		attributes: (['author', 'handle', 'date'] as const).map((name) => ({
			type: 'mdxJsxAttribute',
			name,
			value: post[name],
		})),
		children: [paragraph(post.text)],
	};
	return element;
}

function paragraph(text: string): ParagraphNode {
	return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}
