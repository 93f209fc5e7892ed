/**
 * Renders a source's MDX the way the site does, fast enough for a property test: Astro's
 * frontmatter split, then @mdx-js/mdx with the plugin list @astrojs/markdown-remark 7 builds
 * for `.mdx` (mdx/create-processor.js: GFM unless off, smartypants unless off, our remark plugins
 * from astro.config.mjs, rehype-raw), rendered to HTML with React instead of Astro's JSX renderer
 * (both only escape text). tests/build/ingest-render.test.ts shows this matches a real Astro build.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { createProcessor, nodeTypes, run } from '@mdx-js/mdx';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import config from '../../astro.config.mjs';

interface UnifiedProcessorOptions {
	remarkPlugins: PluggableList;
	gfm?: boolean;
	smartypants?: unknown;
}

/** The site's Markdown processor options, so this helper follows any change to the config. */
export const siteMarkdown = (config.markdown as { processor: { name: string; options: UnifiedProcessorOptions } }).processor;

const processor = createProcessor({
	outputFormat: 'function-body',
	remarkPlugins: [...(siteMarkdown.options.gfm === false ? [] : [remarkGfm]), ...siteMarkdown.options.remarkPlugins],
	rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }]],
	elementAttributeNameCase: 'html',
});

/** A stand-in for src/components/SocialPost.astro showing what matters here: its text and its props. */
function SocialPost(props: { id?: string; author: string; handle: string; date: string; children?: ReactNode }) {
	const caption = ['— ', props.author, ' (@', props.handle, ') ', createElement('time', { dateTime: props.date, key: 't' }, props.date)];
	return createElement('figure', { id: props.id, className: 'social-post' }, createElement('blockquote', null, props.children), createElement('figcaption', null, ...caption));
}

/** A paragraph as a reader sees it on the page. */
export interface RenderedParagraph {
	id: string | undefined;
	text: string;
	/** For a social post: its caption ("— Name (@handle) 2023-10-13") and `<time datetime>`. */
	caption?: string;
	datetime?: string;
}

/** Renders MDX source text (frontmatter included) and returns its top-level paragraphs and posts. */
export async function renderParagraphs(mdx: string): Promise<{ frontmatter: Record<string, unknown>; paragraphs: RenderedParagraph[] }> {
	const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
	// The path puts the file in the sources collection, where remarkParagraphIds numbers paragraphs.
	const compiled = await processor.process({ value: content, path: '/site/content/sources/test.mdx' });
	const { default: Content } = await run(String(compiled.value), { ...runtime, baseUrl: import.meta.url });
	const html = renderToStaticMarkup(createElement(Content, { components: { SocialPost } }));
	const tree: HastRoot = fromHtml(html, { fragment: true });
	const paragraphs = tree.children.filter((node): node is Element => node.type === 'element').map(toParagraph);
	return { frontmatter, paragraphs };
}

function toParagraph(element: Element): RenderedParagraph {
	const id = typeof element.properties['id'] === 'string' ? element.properties['id'] : undefined;
	if (element.tagName !== 'figure') return { id, text: textOf(element) };
	const [quote, caption] = element.children.filter((node): node is Element => node.type === 'element');
	const time = caption?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'time');
	return { id, text: quote ? textOf(quote) : '', caption: caption ? textOf(caption) : '', datetime: String(time?.properties['dateTime']) };
}

/** `textContent`: every text node, nothing collapsed, so a changed space shows. */
function textOf(node: ElementContent | Element): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}
