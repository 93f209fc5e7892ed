import { readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { frontmatterBlock } from './frontmatter.ts';

/**
 * The 1-based line of the file where the frontmatter field at `path` is written
 * (`['citations', 1, 'quote']`: the second citation's quote), so an error can point at it rather
 * than at the file's first line. A field that is missing is placed at the nearest field above it
 * that exists; `undefined` when the frontmatter cannot be read.
 */
export function fieldLine(text: string, path: readonly PropertyKey[]): number | undefined {
	const block = frontmatterBlock(text);
	if (!block) return undefined;
	const document = parseDocument(block.yaml, { keepSourceTokens: false });
	if (document.errors.length > 0) return undefined;
	let node: unknown = document.contents;
	let offset: number | undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find(
				(item) => (item.key as { value?: unknown } | null)?.value === key,
			);
			if (!pair) break;
			offset = (pair.key as Node).range?.[0];
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
			node = node.items[key];
			offset = (node as Node).range?.[0];
		} else break;
	}
	if (offset === undefined) return undefined;
	return text.slice(0, block.start + offset).split('\n').length;
}

/** {@link fieldLine} of the file at `file`; `undefined` when it cannot be read. */
export function fieldLineInFile(file: string, path: readonly PropertyKey[]): number | undefined {
	try {
		return fieldLine(readFileSync(file, 'utf8'), path);
	} catch {
		return undefined;
	}
}
