import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';

/** A content file's frontmatter that is not valid YAML: the 1-based line of the file, and the parser's words. */
export class FrontmatterError extends Error {
	override name = 'FrontmatterError';
	/** The line of the file (not of the frontmatter) the parser stopped at. */
	readonly line: number | undefined;
	/** The YAML parser's own reason ("bad indentation of a mapping entry"). */
	readonly reason: string;

	constructor(line: number | undefined, reason: string) {
		super(line === undefined ? reason : `line ${line}: ${reason}`);
		this.line = line;
		this.reason = reason;
	}
}

/**
 * The frontmatter of a content file, read by the parser Astro's content layer uses
 * (`parseFrontmatter` from `@astrojs/markdown-remark`, js-yaml underneath), so every reader outside
 * Astro sees the values the collections see. A file without frontmatter gives `{}`.
 * @throws FrontmatterError with the file's line when the YAML cannot be read.
 */
export function readFrontmatter(text: string): Record<string, unknown> {
	try {
		return parseFrontmatter(text).frontmatter as Record<string, unknown>;
	} catch (error) {
		const mark = (error as { mark?: { line?: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? (error as Error).message;
		// The frontmatter text starts with the line break after the opening `---`: its line n (0-based) is the file's line n + 1.
		throw new FrontmatterError(typeof mark?.line === 'number' ? mark.line + 1 : undefined, reason);
	}
}

/** Where a file's frontmatter is, for tools that edit it in place (keeping comments and layout). */
export interface FrontmatterBlock {
	/** The YAML between the `---` lines. */
	yaml: string;
	/** Offset of `yaml` in the file. */
	start: number;
	/** Offset of the body: after the closing `---` and its line break. */
	bodyStart: number;
}

/**
 * The frontmatter block of `text`, found as Astro finds it (`extractFrontmatter`), or `undefined`
 * when the file has none. The ingest edits it with `yaml`'s documents, which keep comments; its
 * values are still read with {@link readFrontmatter}.
 */
export function frontmatterBlock(text: string): FrontmatterBlock | undefined {
	const yaml = extractFrontmatter(text);
	if (yaml === undefined) return undefined;
	const start = text.indexOf('---') + 3;
	const end = start + yaml.length + 3;
	const bodyStart = text.startsWith('\r\n', end)
		? end + 2
		: text.startsWith('\n', end)
			? end + 1
			: end;
	return { yaml, start, bodyStart };
}
