import { AstroError } from 'astro/errors';
import { explainYamlError } from '../content-files/yaml-error.ts';

/** Where a YAML error is: the file as the editor opens it, its 1-based line, and that line's text. */
export interface YamlErrorPlace {
	/** The file as shown to the editor: `content/events/kim-putin-summit.mdx`. */
	shown: string;
	/** Its absolute path, for Astro's error location. */
	path: string;
	/** The whole file, to read the line and the field it belongs to. */
	contents: string;
	/** 1-based line of the file. */
	line: number;
	/** The YAML parser's own words ("bad indentation of a mapping entry"). */
	reason: string;
}

/**
 * A content file whose frontmatter is not valid YAML, explained for an editor: the file, the
 * line, the field, and the cause read from the line ({@link explainYamlError}): an unquoted value
 * holding ": ", quotation marks inside a quoted value, or indentation. The parser's reason comes
 * last: it names a symptom ("bad indentation") rather than the cause.
 */
export class FrontmatterSyntaxError extends AstroError {
	readonly loc: { file: string; line: number; column: number };

	constructor(place: YamlErrorPlace) {
		const lines = place.contents.split(/\r?\n/);
		const field = fieldAt(lines, place.line);
		const text = lines[place.line - 1]?.trim() ?? '';
		const { cause, hint } = explainYamlError(lines, place.line, place.reason);
		super(
			`${place.shown}, line ${place.line}${field ? ` (field "${field}")` : ''}: the frontmatter is not valid YAML, so the file cannot be read.\n` +
				`    ${text}\n` +
				`${cause} (The parser says: ${place.reason}.)`,
			hint,
		);
		this.name = 'FrontmatterSyntaxError';
		this.loc = { file: place.path, line: place.line, column: 1 };
	}
}

/** The key of the line, or of the nearest line above it that has one: the field being written. */
function fieldAt(lines: readonly string[], line: number): string | undefined {
	for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
		const key = /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s|$)/.exec(lines[index]!)?.[1];
		if (key) return key;
		if (lines[index] === '---') return undefined;
	}
	return undefined;
}
