import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { locateQuote } from '../lib/locate-quote.ts';
import { listParagraphs } from '../lib/paragraphs.ts';
import { quoteAnchor } from '../lib/quote-anchor.ts';
import { listEventFiles } from '../loaders/event-files.ts';
import { entryId } from '../loaders/unique-glob.ts';
import { inScope } from './remark-paragraph-ids.ts';

/** The component placed at the end of a paragraph with marked quotes: the links back to the events citing them. */
export const QUOTE_LINKS_COMPONENT = 'QuoteLinks';

/** Options for {@link remarkQuoteMarks}. */
export interface Options {
	/** Only files whose path contains this segment are marked (the sources collection). */
	pathIncludes?: string;
	/** The events folder, relative to a source's folder: `../events` (content/sources → content/events). */
	events?: string;
}

/** A citation as an event's frontmatter writes it; the events loader has checked it before any page is built. */
interface CitationFrontmatter {
	source?: unknown;
	paragraph?: unknown;
	quote?: unknown;
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
		const citations = citationsBySource(resolve(dirname(path), options.events ?? '../events')).get(source) ?? [];
		if (citations.length === 0) return null;
		return defineMdastPlugin({
			name: 'quote-marks',
			before(tree, context) {
				const paragraphs = listParagraphs(tree as Root);
				const ranges = new Map<string, Range>();
				for (const { quote, paragraph } of citations) {
					if (typeof quote !== 'string') continue;
					const lookup = locateQuote(paragraphs, quote, typeof paragraph === 'number' ? paragraph : undefined);
					if (lookup.status === 'found') ranges.set(quoteAnchor(quote), { anchor: quoteAnchor(quote), ...lookup.place });
				}
				for (const { number, node } of paragraphs) {
					const inParagraph = [...ranges.values()].filter((range) => range.paragraph === number).sort((a, b) => a.start - b.start || b.end - a.end);
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
	return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key.startsWith('_') || key === 'position' ? undefined : value))) as RootContent;
}

/** Appends to the paragraph, or to a social post's last paragraph, so the links sit after the words, inside the quotation. */
function appendToText(node: Parent, element: MdxJsxTextElement): void {
	const last = node.children.at(-1);
	if (node.type !== 'paragraph' && last && last.type === 'paragraph') return appendToText(last, element);
	(node.children as Node[]).push(element as Node);
}

/**
 * How long a reading of the events folder is trusted before its files are listed and their times
 * compared again: a build compiles hundreds of sources within that time (listing and stating 500
 * event files for each of 250 sources took two seconds), while in `astro dev` a source is compiled
 * again only when it changes, long after any event edit before it.
 */
const RECHECK_MS = 1000;

/** The citations last read from each events folder, by source, with the file list and times they were read at. */
const readFolders = new Map<string, { stamp: string; checked: number; bySource: Map<unknown, CitationFrontmatter[]> }>();

/**
 * Every citation in the events folder, grouped by the source it names. Read once per build, not
 * once per source page (n sources × m events), and again only when an event file is added,
 * removed or saved, as in `astro dev`.
 */
function citationsBySource(folder: string): Map<unknown, CitationFrontmatter[]> {
	const known = readFolders.get(folder);
	if (known && performance.now() - known.checked < RECHECK_MS) return known.bySource;
	const names = listEventFiles(folder);
	const stamp = names.map((name) => `${name}\0${statSync(join(folder, name)).mtimeMs}`).join('\n');
	if (known?.stamp === stamp) {
		known.checked = performance.now();
		return known.bySource;
	}
	const bySource = new Map<unknown, CitationFrontmatter[]>();
	for (const name of names) {
		const { frontmatter } = parseFrontmatter(readFileSync(join(folder, name), 'utf8'));
		const citations: unknown = frontmatter['citations'];
		if (!Array.isArray(citations)) continue;
		for (const citation of citations as CitationFrontmatter[]) {
			const list = bySource.get(citation.source);
			if (list) list.push(citation);
			else bySource.set(citation.source, [citation]);
		}
	}
	readFolders.set(folder, { stamp, checked: performance.now(), bySource });
	return bySource;
}

function quoteLinks(source: string, group: readonly Range[]): MdxJsxTextElement {
	return {
		type: 'mdxJsxTextElement',
		name: QUOTE_LINKS_COMPONENT,
		attributes: [
			{ type: 'mdxJsxAttribute', name: 'source', value: source },
			{ type: 'mdxJsxAttribute', name: 'anchors', value: group.map((range) => range.anchor).join(' ') },
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
	const holder = parent.children.findIndex((_, index) => spans[index]![0] <= range.start && range.end <= spans[index]![1]);
	const child = parent.children[holder];
	if (child && 'children' in child && (child.type === 'paragraph' || spans[holder]![1] - spans[holder]![0] > range.end - range.start)) {
		return markRange(child, { ...range, start: range.start - spans[holder]![0], end: range.end - spans[holder]![0] });
	}
	const before: Node[] = [];
	const inside: Node[] = [];
	const rest: Node[] = [];
	parent.children.forEach((node, index) => {
		let [from, to] = spans[index]!;
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
			to = range.end;
		} else inside.push(piece);
	});
	const mark = { type: 'quoteMark', data: { hName: 'mark', hProperties: { id: range.anchor, className: ['quote'] } }, children: inside } as unknown as Node;
	parent.children = [...before, mark, ...rest] as Parent['children'];
}

/** A node cut at `at` characters of its text: text by its value, an element into two copies holding each part. */
function splitAt(node: Node, at: number): [Node, Node] {
	if ('value' in node && typeof node.value === 'string') return [{ ...node, value: node.value.slice(0, at) }, { ...node, value: node.value.slice(at) }];
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
