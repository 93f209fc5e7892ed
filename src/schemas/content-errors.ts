import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { fieldLineInFile } from '../content-files/field-line.ts';

/** One field that does not match its schema: where it is and what is wrong with it. */
export interface FieldProblem {
	/** The field as an editor finds it in the frontmatter: `title`, `citations #2 → quote`. */
	field: string;
	/** What is wrong, in words that say what to write instead. */
	problem: string;
	/** The field's keys (`['citations', 1, 'quote']`), to find the line it is written on. */
	path?: readonly PropertyKey[] | undefined;
}

/**
 * The content error: what is wrong (every field problem of one content file), where (the file,
 * when known) and what to do. Astro prints it as is, once, with the file as its location.
 */
export class ContentDataError extends AstroError {
	readonly problems: readonly FieldProblem[];
	/** Where Astro says the error is (it prints `loc` for any error that has one). */
	readonly loc: { file: string; line: number; column: number } | undefined;

	constructor(problems: readonly FieldProblem[], file?: { path: string; shown: string }) {
		const count =
			problems.length === 1 ? 'a frontmatter field' : `${problems.length} frontmatter fields`;
		super(
			[
				`${file ? file.shown : 'Content'}: ${count} must be corrected:`,
				...problems.map(({ field, problem }) => `- ${field}: ${problem}`),
			].join('\n'),
			`Edit the frontmatter (between the two --- lines) of ${file ? file.shown : 'that file'}; the schema in src/schemas/ documents every field.`,
		);
		this.name = 'ContentDataError';
		this.problems = problems;
		// The first field at fault, for Astro's location and the dev overlay: not the file's `---`.
		const line =
			file &&
			(problems
				.map(({ path }) => path && fieldLineInFile(file.path, path))
				.find((found) => found !== undefined) ??
				1);
		this.loc = file && { file: file.path, line: line ?? 1, column: 1 };
	}

	/** The same problems, placed in `path` (shown to the editor as `shown`). */
	in(path: string, shown: string): ContentDataError {
		return new ContentDataError(this.problems, { path, shown });
	}
}

/**
 * `schema` for a content collection, failing with one {@link ContentDataError} that lists every
 * field problem in plain words, instead of Astro's generic message (which names each field twice
 * and says "Required" for a missing one). The error is thrown, not added as an issue: zod lets it
 * through, and Astro 7.3's own way to hoist an error from an issue (`params.isHoistedAstroError`)
 * looks for it before zod has finalised the issues, so never finds it.
 */
export function withFieldErrors<Schema extends z.ZodType>(schema: Schema) {
	return z.unknown().transform(async (data): Promise<z.output<Schema>> => {
		const result = await schema.safeParseAsync(data, { reportInput: true });
		if (result.success) return result.data;
		throw new ContentDataError(result.error.issues.map(fieldProblem));
	});
}

/** An issue as an editor reads it: 1-based item numbers, and "missing" rather than "Required". */
function fieldProblem(issue: z.core.$ZodIssue): FieldProblem {
	const { path } = issue;
	const field =
		issue.path
			.map((key, index) =>
				typeof key === 'number' ? `#${key + 1}` : `${index > 0 ? '→ ' : ''}${String(key)}`,
			)
			.join(' ') || '(the frontmatter)';
	if (issue.code === 'invalid_type') {
		const problem =
			issue.input === undefined
				? `missing: add it (${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`})`
				: `expected a ${issue.expected === 'array' ? 'list' : issue.expected}, but found ${describe(issue.input)}`;
		return { field, problem, path };
	}
	return { field, problem: issue.message, path };
}

function describe(value: unknown): string {
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return `an unquoted date (${value.toISOString().slice(0, 10)})`;
	return `${typeof value === 'object' ? 'a mapping' : `the ${typeof value}`} ${JSON.stringify(value)}`;
}
