/**
 * Renders a source's MDX the way the site does, fast enough for a property test: Astro's
 * frontmatter split, then the site's own Markdown processor (Sätteri, with the plugins and features
 * of astro.config.mjs) evaluated with React's JSX runtime instead of Astro's (both only escape
 * text). tests/build/ingest-render.test.ts shows this matches a real Astro build.
 */
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { evaluate, type Features } from 'satteri';
import { siteMarkdown } from './site-markdown.ts';

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
	const module = await evaluate(content, {
		...runtime,
		mdastPlugins: siteMarkdown.options.mdastPlugins,
		features: siteMarkdown.options.features as Features,
		fileURL: pathToFileURL('/site/content/sources/test.mdx'),
		elementAttributeNameCase: 'html',
	});
	const Content = module['default'] as ComponentType<{ components: object }>;
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
