import type { z } from 'astro/zod';
import { Document, Scalar } from 'yaml';
import type { sourceSchema } from '../schemas/source.ts';

/**
 * The frontmatter the ingest writes, as src/schemas/source.ts reads it before parsing: its fields,
 * with the date still the quoted string (the schema takes any value there and refuses all but a
 * string). `url` is written only when the editor gives it (`--url` or the manifest).
 */
export type SourceFrontmatter = Omit<z.input<typeof sourceSchema>, 'published'> & {
	published: string;
};

/** Fields YAML must quote: a bare date would become an instant, a bare hex digest may read as a number. */
const QUOTED_FIELDS = ['title', 'published', 'sha256'] as const;

/**
 * The YAML of a source's frontmatter, opened by comment lines for the editor: which fields the
 * ingest derived and should be checked, and that an edited file is safe from a rerun.
 * @param origins where each derived field came from, from {@link deriveFields}.
 */
export function formatFrontmatter(
	fields: SourceFrontmatter,
	origins: Record<string, string>,
): string {
	const { byline, url, furniture, ...rest } = fields;
	// Explicit key order, byline only when there is one: the file reads top-down like the contract.
	const ordered = {
		title: rest.title,
		publisher: rest.publisher,
		...(byline === undefined ? {} : { byline }),
		published: rest.published,
		language: rest.language,
		...(url === undefined ? {} : { url }),
		received: rest.received,
		sha256: rest.sha256,
		...(furniture === undefined ? {} : { furniture }),
	};
	const document = new Document(ordered);
	for (const key of QUOTED_FIELDS) {
		const node = document.get(key, true);
		if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
	}
	const notes = [
		`Written by \`npm run ingest\` from the received file ${fields.received}.`,
		'Where the fields came from (check and correct what was derived):',
		...Object.keys(ordered)
			.filter((field) => field in origins)
			.map((field) => `  ${field}: ${origins[field]}`),
		...(url === undefined
			? ["Add `url:` when the article's address is known; the ingest never guesses one."]
			: []),
		'Edit freely: a rerun keeps an edited file, and a corrected article (--write) keeps this frontmatter.',
	];
	// On the map, not the document: a document comment would be followed by a blank line.
	if (document.contents)
		document.contents.commentBefore = notes.map((line) => ` ${line}`).join('\n');
	// lineWidth 0: a long title stays on one line instead of being folded.
	return document.toString({ lineWidth: 0 }).trimEnd();
}
