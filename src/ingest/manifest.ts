import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { IngestError } from './ingest-error.ts';

/** The manifest's file name, looked for beside the articles. */
export const MANIFEST_NAME = 'manifest.yaml';

/** What a manifest row says about one article; every field but `file` is optional. */
export interface ManifestRow {
	file: string;
	publisher?: string;
	url?: string;
	title?: string;
	language?: string;
	/** `manifest.yaml:12`, for the frontmatter's comments and messages. */
	place: string;
}

/** The manifest of one folder, by file name. */
export type Manifest = ReadonlyMap<string, ManifestRow>;

const FIELDS = ['file', 'publisher', 'url', 'title', 'language'] as const;
const EXAMPLE = '- file: article.txt\n  publisher: Yonhap News Agency\n  url: https://en.yna.co.kr/…\n  title: "…"\n  language: en';

/**
 * Reads `manifest.yaml` in `folder`: a YAML list with one mapping per article (`file`, and any of
 * `publisher`, `url`, `title`, `language`). Returns an empty manifest when there is none.
 * @throws IngestError naming the manifest and line for anything it cannot use.
 */
export async function readManifest(folder: string): Promise<Manifest> {
	const path = join(folder, MANIFEST_NAME);
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
		throw error;
	}
	return parseManifest(text, path);
}

/** Parses the text of a manifest; `path` names it in messages. */
export function parseManifest(text: string, path: string): Manifest {
	const lines = new LineCounter();
	const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
	const [yamlError] = document.errors;
	if (yamlError) {
		throw new IngestError(path, lines.linePos(yamlError.pos[0]).line, `is not valid YAML (${yamlError.message.split('\n')[0]})`, `Write one entry per article, quoting a value that holds ": " or starts with a quote:\n${EXAMPLE}`);
	}
	const rows = new Map<string, ManifestRow>();
	if (document.contents === null) return rows;
	if (!isSeq(document.contents)) throw new IngestError(path, lineOf(document.contents), 'is not a list of articles', `Write one entry per article:\n${EXAMPLE}`);
	for (const item of document.contents.items) {
		const line = lineOf(item as Node);
		if (!isMap(item)) throw new IngestError(path, line, 'has an entry that is not a mapping of fields', `Write it as:\n${EXAMPLE}`);
		const row: Record<string, string> = {};
		for (const pair of item.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			const at = lineOf(pair.key as Node) ?? line;
			if (!(FIELDS as readonly string[]).includes(key)) throw new IngestError(path, at, `has an unknown field "${key}"`, `Use only ${FIELDS.join(', ')}`);
			const value = isScalar(pair.value) ? pair.value.value : undefined;
			if (typeof value !== 'string' || value.trim() === '') throw new IngestError(path, at, `gives "${key}" no text`, `Write the ${key} as text, or leave the field out`);
			row[key] = value.trim();
		}
		const { file } = row;
		if (file === undefined) throw new IngestError(path, line, 'has an entry without "file"', 'Name the article it is about with file: <name>.txt');
		if (rows.has(file)) throw new IngestError(path, line, `lists ${file} twice (first on line ${rows.get(file)!.place.split(':').pop()})`, 'Keep one entry per file');
		if (row['url'] !== undefined && !isHttpsUrl(row['url'])) throw new IngestError(path, line, `gives ${file} the url "${row['url']}", which is not an https:// address`, "Copy the article's address from the browser, starting with https://");
		rows.set(file, { ...row, file, place: `${MANIFEST_NAME}:${line ?? 1}` });
	}
	return rows;
}

/** Whether `text` is an absolute https URL, as the sources schema requires. */
export function isHttpsUrl(text: string): boolean {
	return URL.canParse(text) && new URL(text).protocol === 'https:';
}
