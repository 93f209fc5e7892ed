import {
	experimental_AstroContainer as AstroContainer,
	type ContainerRenderOptions,
} from 'astro/container';
import { defaultTreeAdapter, parseFragment } from 'parse5';
import {
	attribute,
	elements,
	textContent,
	type HtmlElement,
	type HtmlNode,
} from '../../harness/html.ts';

/** An Astro component, as a test file imports it from its `.astro` file. */
export type Component = Parameters<AstroContainer['renderToString']>[0];

/** A component's HTML, parsed with parse5 as a browser would parse it inside a page's body. */
export interface Rendered {
	html: string;
	/** Every element with this tag name (`time`, `a`, `script`), in document order. */
	all(tagName: string): HtmlElement[];
	/** The text a reader sees, whitespace runs collapsed to one space (non-breaking and thin spaces kept). */
	text: string;
}

/** One container per test file: creating it loads Astro's runtime, rendering with it is cheap. */
let container: Promise<AstroContainer> | undefined;

/** Renders `component` with the Container API and parses the result. */
export async function render(
	component: Component,
	options: Pick<ContainerRenderOptions, 'props' | 'slots'> = {},
): Promise<Rendered> {
	container ??= AstroContainer.create();
	const html = await (await container).renderToString(component, options);
	const fragment = parseFragment(html);
	return {
		html,
		all: (tagName) => [...elements(fragment)].filter((element) => element.tagName === tagName),
		text: collapse(textContent(fragment)),
	};
}

/** Collapses runs of ASCII white space as HTML rendering does, leaving thin and non-breaking spaces be. */
export function collapse(text: string): string {
	return text.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

/**
 * The name assistive technology gives an element, for the cases these components use: its
 * `aria-label` when it has one, else its text (HTML-AAM's name from content, simplified).
 */
export function accessibleName(element: HtmlElement): string {
	return attribute(element, 'aria-label') ?? collapse(textContent(element));
}

/** The element's child elements, in order. */
export function children(element: HtmlNode): HtmlElement[] {
	return 'childNodes' in element
		? element.childNodes.filter((child) => defaultTreeAdapter.isElementNode(child))
		: [];
}
