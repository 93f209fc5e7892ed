/**
 * Renders MDX as the site does, through Astro's own pipeline: the text is written to a file in a
 * content folder of this run's build directory, imported through Astro's Vite config (so
 * @astrojs/mdx compiles it with astro.config.mjs's Markdown processor and remark plugins, and
 * parses its frontmatter) and rendered with the Container API and the site's own components.
 * Only for test projects built on Astro's Vite config (`getViteConfig` in vitest.config.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { parseFragment } from 'parse5';
import { inject } from 'vitest';
import Credit from '../../src/components/Credit.astro';
import SocialPost from '../../src/components/SocialPost.astro';
import { textContent, type HtmlElement } from '../../harness/html.ts';
import { children } from './component.ts';

/** A paragraph as a reader sees it on the page. */
export interface RenderedParagraph {
	id: string | undefined;
	text: string;
	/** For a social post: its caption ("— Name (@handle) October 13, 2023") and `<time datetime>`. */
	caption?: string;
	datetime?: string;
}

/** A compiled MDX file, as Astro's MDX integration gives it. */
interface MdxModule {
	default: Parameters<AstroContainer['renderToString']>[0];
	frontmatter: Record<string, unknown>;
}

let container: Promise<AstroContainer> | undefined;
let files = 0;

/**
 * Compiles and renders MDX source text (frontmatter included) as a file of the `sources` collection,
 * whose paragraphs the remark plugins number, or of `events`.
 * @throws the compile error Astro reports (its `loc` gives the line and column) for invalid MDX.
 */
export async function renderMdx(
	mdx: string,
	collection: 'sources' | 'events' = 'sources',
): Promise<{ frontmatter: Record<string, unknown>; html: string }> {
	const folder = join(inject('buildDir'), 'mdx', 'content', collection);
	await mkdir(folder, { recursive: true });
	const file = join(folder, `render-${process.pid}-${files++}.mdx`);
	await writeFile(file, mdx);
	let module: MdxModule;
	try {
		module = (await import(/* @vite-ignore */ file)) as MdxModule;
	} catch (error) {
		// Vite gives a compile error's place as `loc`, which Vitest moves under its own key.
		type Located = {
			loc?: { line: number; column: number };
			__vitest_rollup_error__?: { loc?: unknown };
		};
		const located = error as Located;
		throw Object.assign(located, { loc: located.loc ?? located.__vitest_rollup_error__?.loc });
	}
	const { default: Content, frontmatter } = module;
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
		AstroContainer.create({ renderers }),
	);
	const html = await (
		await container
	).renderToString(Content, { props: { components: { SocialPost, Credit } } });
	return { frontmatter, html };
}

/** Renders MDX source text ({@link renderMdx}) and returns its frontmatter and top-level paragraphs and posts. */
export async function renderParagraphs(
	mdx: string,
	collection?: 'sources' | 'events',
): Promise<{ frontmatter: Record<string, unknown>; paragraphs: RenderedParagraph[] }> {
	const { frontmatter, html } = await renderMdx(mdx, collection);
	return { frontmatter, paragraphs: children(parseFragment(html)).map(toParagraph) };
}

function toParagraph(element: HtmlElement): RenderedParagraph {
	const id = element.attrs.find((attr) => attr.name === 'id')?.value;
	if (element.tagName !== 'figure') return { id, text: textContent(element) };
	const [quote] = children(element).filter((child) => child.tagName === 'blockquote');
	const [caption] = children(element).filter((child) => child.tagName === 'figcaption');
	const [time] = caption ? children(caption).filter((child) => child.tagName === 'time') : [];
	return {
		id,
		text: quote ? textContent(quote) : '',
		caption: caption ? textContent(caption) : '',
		datetime: time?.attrs.find((attr) => attr.name === 'datetime')?.value ?? '',
	};
}
