import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { locateQuote } from '../lib/locate-quote.ts';
import { listParagraphs } from '../lib/paragraphs.ts';
import { quoteAnchor } from '../lib/quote-anchor.ts';
import { QUOTE_LINKS_COMPONENT } from '../content-files/components.ts';
import { entryId } from '../content-files/entry-id.ts';
import { citationsBySource } from '../content-files/event-citations.ts';
import { inScope } from './remark-paragraph-ids.ts';

/** Options for {@link remarkQuoteMarks}. */
export interface Options {
	/** Only files whose path contains this segment are marked (the sources collection). */
	pathIncludes?: string;
	/** The events folder, relative to a source's folder: `../events` (content/sources → content/events). */
	events?: string;
}

interface Range {
	anchor: string;
	paragraph: number;
	start: number;
	end: number;
}

/**
 * Marks every cited quote of a source in place: its words become `<mark id="q-…">` (the id from
 * {@link quoteAnchor}, the same the model gives each citation's link), found by
 * {@link locateQuote} as the citation check finds them, in paragraphs and social posts alike.
 * Quotes inside another are marked inside it. At the end of each such paragraph comes one
 * `<QuoteLinks source anchors>`, whose links back to the citing events come from the model: after
 * the words, not between them, so a reader copying a sentence copies only the source's words.
 * A Sätteri mdast plugin, run after remark-paragraph-ids (it keeps the anchors that one set).
 *
 * The events are read from their files, as the citation check reads the sources: the pages'
 * Markdown is compiled before any collection can be queried from here.
 */
export function remarkQuoteMarks(options: Options = {}): MdastPluginEntry {
	return ({ fileURL }) => {
		if (!fileURL || !inScope(fileURL, options.pathIncludes)) return null;
		const path = fileURLToPath(fileURL);
		const source = entryId(basename(path));
		const citations =
			citationsBySource(resolve(dirname(path), options.events ?? '../events')).get(source) ?? [];
		if (citations.length === 0) return null;
		return defineMdastPlugin({
			name: 'quote-marks',
			before(tree, context) {
				const paragraphs = listParagraphs(tree as Root);
				const ranges = new Map<string, Range>();
				for (const { quote, paragraph } of citations) {
					if (typeof quote !== 'string') continue;
					const lookup = locateQuote(
						paragraphs,
						quote,
						typeof paragraph === 'number' ? paragraph : undefined,
					);
					if (lookup.status === 'found')
						ranges.set(quoteAnchor(quote), { anchor: quoteAnchor(quote), ...lookup.place });
				}
				for (const { number, node } of paragraphs) {
					const inParagraph = [...ranges.values()]
						.filter((range) => range.paragraph === number)
						.sort((a, b) => a.start - b.start || b.end - a.end);
					if (inParagraph.length === 0) continue;
					// Sätteri's tree is read-only: the paragraph is rebuilt as plain nodes, marked, and put in its place.
					const marked = plainCopy(node) as Parent;
					for (const range of inParagraph) markRange(marked, range);
					appendToText(marked, quoteLinks(source, inParagraph));
					context.replaceNode(node, marked as never);
				}
			},
		});
	};
}

/** A deep copy of a node as plain mdast: Sätteri's nodes carry internal fields (`_id`, `_resolver`). */
function plainCopy(node: RootContent): RootContent {
	return JSON.parse(
		JSON.stringify(node, (key, value: unknown) =>
			key.startsWith('_') || key === 'position' ? undefined : value,
		),
	) as RootContent;
}

/** Appends to the paragraph, or to a social post's last paragraph, so the links sit after the words, inside the quotation. */
function appendToText(node: Parent, element: MdxJsxTextElement): void {
	const last = node.children.at(-1);
	if (node.type !== 'paragraph' && last && last.type === 'paragraph')
		return appendToText(last, element);
	(node.children as Node[]).push(element as Node);
}

function quoteLinks(source: string, group: readonly Range[]): MdxJsxTextElement {
	return {
		type: 'mdxJsxTextElement',
		name: QUOTE_LINKS_COMPONENT,
		attributes: [
			{ type: 'mdxJsxAttribute', name: 'source', value: source },
			{
				type: 'mdxJsxAttribute',
				name: 'anchors',
				value: group.map((range) => range.anchor).join(' '),
			},
		],
		children: [],
	};
}

type Node = RootContent;

/** Wraps the text `start`–`end` of `parent` (offsets in its text) in a mark, descending into the one child that holds it. */
function markRange(parent: Parent, range: Range): void {
	let offset = 0;
	const spans = parent.children.map((child) => {
		const from = offset;
		offset += toString(child).length;
		return [from, offset] as const;
	});
	const holder = parent.children.findIndex(
		(_, index) => spans[index]![0] <= range.start && range.end <= spans[index]![1],
	);
	const child = parent.children[holder];
	if (
		child &&
		'children' in child &&
		(child.type === 'paragraph' || spans[holder]![1] - spans[holder]![0] > range.end - range.start)
	) {
		return markRange(child, {
			...range,
			start: range.start - spans[holder]![0],
			end: range.end - spans[holder]![0],
		});
	}
	const before: Node[] = [];
	const inside: Node[] = [];
	const rest: Node[] = [];
	parent.children.forEach((node, index) => {
		const to = spans[index]![1];
		let from = spans[index]![0];
		if (to <= range.start) return void before.push(node);
		if (from >= range.end) return void rest.push(node);
		let piece: Node | undefined = node;
		if (from < range.start) {
			const [left, right] = splitAt(piece, range.start - from);
			before.push(left);
			piece = right;
			from = range.start;
		}
		if (to > range.end) {
			const [left, right] = splitAt(piece, range.end - from);
			inside.push(left);
			rest.unshift(right);
		} else inside.push(piece);
	});
	const mark = {
		type: 'quoteMark',
		data: { hName: 'mark', hProperties: { id: range.anchor, className: ['quote'] } },
		children: inside,
	} as unknown as Node;
	parent.children = [...before, mark, ...rest] as Parent['children'];
}

/** A node cut at `at` characters of its text: text by its value, an element into two copies holding each part. */
function splitAt(node: Node, at: number): [Node, Node] {
	if ('value' in node && typeof node.value === 'string')
		return [
			{ ...node, value: node.value.slice(0, at) },
			{ ...node, value: node.value.slice(at) },
		];
	if (!('children' in node)) return [node, { ...node }];
	const left: Node[] = [];
	const right: Node[] = [];
	let offset = 0;
	for (const child of node.children as Node[]) {
		const length = toString(child).length;
		if (offset + length <= at) left.push(child);
		else if (offset >= at) right.push(child);
		else {
			const [a, b] = splitAt(child, at - offset);
			left.push(a);
			right.push(b);
		}
		offset += length;
	}
	return [{ ...node, children: left } as Node, { ...node, children: right } as Node];
}
