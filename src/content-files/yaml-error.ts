/** What a YAML error in a frontmatter most likely means, for an editor: the cause, and how to write the line. */
export interface YamlExplanation {
	/** The cause, in a sentence. */
	cause: string;
	/** How to fix it, with the line rewritten where that can be done. */
	hint: string;
}

const QUOTING =
	`Quote such a value one of two ways. In single quotes, writing each ' inside as '': ` +
	`quote: '"We condemn the DPRK," Kirby said, citing the country''s official name'. ` +
	`Or as a block scalar, with no quoting at all: \`quote: >-\` alone on its line, then the text on the next line, indented further than "quote". ` +
	`Double quotes (") work only when the text has none inside.`;

/**
 * Explains the YAML parser's error at `line` (1-based, of `lines`) by what is on that line, since
 * its own words name a symptom ("bad indentation of a mapping entry") for three different
 * mistakes: an unquoted value holding ": ", a quoted value with more text after its closing
 * quote, and a line indented unlike its neighbours (or with a tab).
 */
export function explainYamlError(
	lines: readonly string[],
	line: number,
	reason: string,
): YamlExplanation {
	const text = lines[line - 1] ?? '';
	const entry = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(\s*:\s+)(.*)$/.exec(text);
	if (/^\s*\t/.test(text) || /\btab\b/.test(reason)) {
		return {
			cause: 'The line is indented with a tab, and YAML indents with spaces only.',
			hint: 'Replace the tab at the start of the line with spaces, as many as the lines around it use.',
		};
	}
	if (entry) {
		const [, lead = '', key = '', colon = '', value = ''] = entry;
		const opening = value[0];
		if (opening === '"' || opening === "'") {
			const close = closingQuote(value, opening);
			if (
				close !== -1 &&
				value.slice(close + 1).trim() !== '' &&
				!value
					.slice(close + 1)
					.trim()
					.startsWith('#')
			) {
				return {
					cause: `The value of "${key}" starts with a quotation mark (${opening}), so YAML ends it at the next one, and the text after that (${JSON.stringify(value.slice(close + 1, close + 21))}…) cannot follow. A value that contains quotation marks must be quoted as a whole.`,
					hint: QUOTING,
				};
			}
		} else if (
			/:\s/.test(value) &&
			opening !== '[' &&
			opening !== '{' &&
			opening !== '>' &&
			opening !== '|'
		) {
			const at = value.search(/:\s/);
			const quoted = `${lead}${key}${colon}"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
			return {
				cause: `The value of "${key}" holds ": " (after ${JSON.stringify(value.slice(Math.max(0, at - 40), at))}), which YAML reads as the start of another field. It has no quotation marks to escape: it only needs quoting.`,
				hint: `Put the value in double quotes:\n    ${quoted.trim()}\n(or in single quotes, or as a block scalar: \`${key}: >-\` then the text on the next line, indented).`,
			};
		}
	}
	if (/indentation|indented|sequence entry|mapping entry/.test(reason)) {
		const indent = text.match(/^ */)?.[0].length ?? 0;
		const above = [...lines.slice(0, line - 1)]
			.reverse()
			.find((candidate) => candidate.trim() !== '' && !candidate.trim().startsWith('#'));
		const aboveIndent = above?.match(/^ */)?.[0].length ?? 0;
		return {
			cause: `The line is indented by ${indent} space${indent === 1 ? '' : 's'}, the line above by ${aboveIndent}: YAML reads nesting from indentation, so a field must start exactly under the fields of its own entry.`,
			hint: 'Indent the field as its neighbours are (in a citation, `source:`, `paragraph:` and `quote:` each start under the first letter after "- "). If the line is a value that goes on from the line above, quote that value instead.',
		};
	}
	return { cause: `YAML cannot read the line (the parser says: ${reason}).`, hint: QUOTING };
}

/** Index of the quotation mark closing a YAML quoted scalar that opens `value`, or -1. */
function closingQuote(value: string, mark: string): number {
	for (let index = 1; index < value.length; index++) {
		if (mark === "'" && value[index] === "'" && value[index + 1] === "'") index++;
		else if (mark === '"' && value[index] === '\\') index++;
		else if (value[index] === mark) return index;
	}
	return -1;
}
