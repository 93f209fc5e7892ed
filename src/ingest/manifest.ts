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
	/** `manifest.yaml:14`: the line of its `url`, when it gives one. */
	urlPlace?: string;
}

/** The manifest of one folder, by file name. */
export type Manifest = ReadonlyMap<string, ManifestRow>;

const FIELDS = ['file', 'publisher', 'url', 'title', 'language'] as const;
const EXAMPLE =
	'- file: article.txt\n  publisher: Yonhap News Agency\n  url: https://en.yna.co.kr/…\n  title: "…"\n  language: en';

/**
 * Reads `manifest.yaml` in `folder`: a YAML list with one mapping per article (`file`, and any of
 * `publisher`, `url`, `title`, `language`). Returns an empty manifest when there is none.
 * @throws ManifestErrors naming the manifest and line of everything it cannot use.
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

/**
 * Parses the text of a manifest; `path` names it in messages. Every problem is found in one run,
 * each at the line of the field at fault.
 * @throws ManifestErrors holding every problem, when there is one.
 */
export function parseManifest(text: string, path: string): Manifest {
	const lines = new LineCounter();
	const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const lineOf = (node: Node | null | undefined) =>
		node?.range ? lines.linePos(node.range[0]).line : undefined;
	const errors: IngestError[] = [];
	for (const yamlError of document.errors) {
		errors.push(
			new IngestError(
				path,
				lines.linePos(yamlError.pos[0]).line,
				`is not valid YAML (${yamlError.message.split('\n')[0]})`,
				`Write one entry per article, quoting a value that holds ": " or starts with a quote:\n${EXAMPLE}`,
			),
		);
	}
	const rows = new Map<string, ManifestRow>();
	if (errors.length > 0) throw new ManifestErrors(errors);
	if (document.contents === null) return rows;
	if (!isSeq(document.contents))
		throw new ManifestErrors([
			new IngestError(
				path,
				lineOf(document.contents),
				'is not a list of articles',
				`Write one entry per article:\n${EXAMPLE}`,
			),
		]);
	for (const item of document.contents.items) {
		const line = lineOf(item as Node);
		if (!isMap(item)) {
			errors.push(
				new IngestError(
					path,
					line,
					'has an entry that is not a mapping of fields',
					`Write it as:\n${EXAMPLE}`,
				),
			);
			continue;
		}
		const row: Record<string, string> = {};
		const lineOfField: Record<string, number | undefined> = {};
		for (const pair of item.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			const at = lineOf(pair.key as Node) ?? line;
			if (!(FIELDS as readonly string[]).includes(key)) {
				errors.push(
					new IngestError(
						path,
						at,
						`has an unknown field "${key}"`,
						`Use only ${FIELDS.join(', ')}`,
					),
				);
				continue;
			}
			const value = isScalar(pair.value) ? pair.value.value : undefined;
			if (typeof value !== 'string' || value.trim() === '') {
				errors.push(
					new IngestError(
						path,
						at,
						`gives "${key}" no text`,
						`Write the ${key} as text, or leave the field out`,
					),
				);
				continue;
			}
			row[key] = value.trim();
			lineOfField[key] = at;
		}
		const { file } = row;
		if (file === undefined) {
			errors.push(
				new IngestError(
					path,
					line,
					'has an entry without "file"',
					'Name the article it is about with file: <name>.txt',
				),
			);
			continue;
		}
		if (rows.has(file)) {
			errors.push(
				new IngestError(
					path,
					lineOfField['file'],
					`lists ${file} twice (first on line ${rows.get(file)!.place.split(':').pop()})`,
					'Keep one entry per file',
				),
			);
			continue;
		}
		if (row['url'] !== undefined && !isWebUrl(row['url'])) {
			errors.push(
				new IngestError(
					path,
					lineOfField['url'],
					`gives ${file} the url "${row['url']}", which is not an https:// or http:// address`,
					"Copy the article's address from the browser, starting with https:// (or http://)",
				),
			);
			continue;
		}
		rows.set(file, {
			...row,
			file,
			place: `${MANIFEST_NAME}:${line ?? 1}`,
			...(row['url'] !== undefined && {
				urlPlace: `${MANIFEST_NAME}:${lineOfField['url'] ?? line ?? 1}`,
			}),
		});
	}
	if (errors.length > 0) throw new ManifestErrors(errors);
	return rows;
}

/** Every problem of one manifest: the files of its folder are not ingested until all are fixed. */
export class ManifestErrors extends Error {
	override name = 'ManifestErrors';
	readonly errors: readonly IngestError[];

	constructor(errors: readonly IngestError[]) {
		super(errors.map((error) => error.message).join('\n'));
		this.errors = errors;
	}
}

/** Whether `text` is an absolute https or http URL, as the sources schema requires. */
export function isWebUrl(text: string): boolean {
	return URL.canParse(text) && ['https:', 'http:'].includes(new URL(text).protocol);
}
