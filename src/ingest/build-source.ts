import { createHash } from 'node:crypto';
import { slug as slugify } from 'github-slugger';
import { toIsoString } from '../lib/dates/index.ts';
import { sourceSchema } from '../schemas/source.ts';
import { decodeUtf8 } from './decode-text.ts';
import { deriveFields } from './derive-fields.ts';
import type { SourceFrontmatter } from './frontmatter.ts';
import { IngestError } from './ingest-error.ts';
import { parseArticle } from './parse-article.ts';
import { toMdx } from './to-mdx.ts';
import { verifyParagraphs } from './verify-paragraphs.ts';

/** How to turn one received file into a source. */
export interface BuildOptions {
	/** The input as named on the command line, for messages. */
	file: string;
	/** The name it is kept under in content/received/ and recorded as `received`. */
	receivedName: string;
	publisher?: string | undefined;
	title?: string | undefined;
	slug?: string | undefined;
	language?: string | undefined;
}

/** A source ready to be written: its slug, its MDX, and the hash that identifies its input. */
export interface BuiltSource {
	slug: string;
	mdx: string;
	frontmatter: SourceFrontmatter;
}

const DEFAULT_LANGUAGE = 'en';

/**
 * Turns the bytes of a received article into the MDX of its source page, without touching the
 * file system (so tests and the CLI share it).
 * @throws IngestError when the input is refused or a field cannot be determined.
 */
export function buildSource(bytes: Uint8Array, options: BuildOptions): BuiltSource {
	const { file } = options;
	const article = parseArticle(decodeUtf8(bytes, file), file);
	const fields = deriveFields(article.paragraphs, { publisher: options.publisher, title: options.title });
	if (fields.body.length === 0) {
		throw new IngestError(file, 1, 'has a byline but no article text', 'Add the paragraphs after the byline, separated by blank lines');
	}
	const { publisher } = fields;
	if (publisher === undefined) {
		throw new IngestError(file, undefined, 'does not say who published it (no "By … with …" byline, no "Source: …; Publisher" paragraph)', 'Pass the publisher with --publisher "Name"');
	}
	const origins = { ...fields.origins, language: options.language === undefined ? 'the default; pass --language if the text is not in English' : 'given with --language' };
	const frontmatter: SourceFrontmatter = {
		title: fields.title,
		publisher,
		byline: fields.byline,
		published: toIsoString(article.published),
		language: options.language ?? DEFAULT_LANGUAGE,
		received: options.receivedName,
		sha256: createHash('sha256').update(bytes).digest('hex'),
	};
	const checked = sourceSchema.safeParse(frontmatter);
	if (!checked.success) {
		const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
		throw new IngestError(file, undefined, `the page would fail the sources schema (${problems})`, 'Correct the value given on the command line');
	}
	const slug = options.slug ?? defaultSlug(frontmatter.published, publisher, file);
	// The entry id is the file name slugged (entryId in src/loaders/unique-glob.ts): only a slug
	// that slugging leaves unchanged keeps file name, id and URL the same.
	if (slug === '' || slugify(slug) !== slug) {
		throw new IngestError(file, undefined, `--slug "${slug}" is not a slug (the page's id would be "${slugify(slug)}")`, 'Use lowercase letters, digits and hyphens, e.g. --slug 2023-10-14-euronews');
	}
	const paragraphs = fields.body.map((paragraph) => paragraph.text);
	const mdx = toMdx({ frontmatter, origins, paragraphs });
	verifyParagraphs(mdx, paragraphs, file);
	return { slug, mdx, frontmatter };
}

/** `<published>-<publisher>`: stable across reruns, readable, and the same for every ingest of one article. */
function defaultSlug(published: string, publisher: string, file: string): string {
	const name = slugify(publisher);
	if (name.replace(/-/g, '') === '') {
		throw new IngestError(file, undefined, `the publisher "${publisher}" gives no letters or digits for a slug`, 'Pass one with --slug, e.g. --slug 2023-10-14-name');
	}
	return `${published}-${name}`;
}
