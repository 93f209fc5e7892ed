import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';

/** A node of a parsed page. */
export type HtmlNode = DefaultTreeAdapterMap['node'];
/** An element of a parsed page. */
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Every element under `node`, in document order (as in the DOM, not inside `<template>` contents). */
export function* elements(node: HtmlNode): Generator<HtmlElement> {
	if (!('childNodes' in node)) return;
	for (const child of node.childNodes) {
		if (defaultTreeAdapter.isElementNode(child)) yield child;
		yield* elements(child);
	}
}

/** The value of attribute `name` of `element`, if it has one. */
export function attribute(element: HtmlElement, name: string): string | undefined {
	return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The DOM's `textContent`: the text of every text node under `node`, entities decoded. */
export function textContent(node: HtmlNode): string {
	if (defaultTreeAdapter.isTextNode(node)) return node.value;
	if (!('childNodes' in node)) return '';
	return node.childNodes.map(textContent).join('');
}

/** A page of a built site, parsed with parse5 (the HTML spec's parsing, as a browser does). */
export interface Page {
	document: DefaultTreeAdapterMap['document'];
	/** The element with this id; the page must have exactly one. */
	byId(id: string): HtmlElement;
	/** Every element for which `test` holds, in document order. */
	all(test: (element: HtmlElement) => boolean): HtmlElement[];
}

/** Parses the page at `path` of a built site: `readPage(dist, 'sources/2023-10-14-euronews/')`. */
export async function readPage(dist: string, path: string): Promise<Page> {
	const file = join(dist, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
	const document = parse(await readFile(file, 'utf8'));
	const all = (test: (element: HtmlElement) => boolean) => [...elements(document)].filter(test);
	return {
		document,
		all,
		byId(id) {
			const found = all((element) => attribute(element, 'id') === id);
			if (found.length !== 1)
				throw new Error(`${file} has ${found.length} elements with id "${id}", expected one`);
			return found[0]!;
		},
	};
}
