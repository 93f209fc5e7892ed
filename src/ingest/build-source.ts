import { createHash } from 'node:crypto';
import { slug as slugify } from 'github-slugger';
import { toIsoString } from '../lib/dates/index.ts';
import { sourceSchema } from '../schemas/source.ts';
import { decodeUtf8 } from './decode-text.ts';
import { deriveFields } from './derive-fields.ts';
import { detectLanguage } from './detect-language.ts';
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
	/** The article's https address; never guessed. */
	url?: string | undefined;
	/** Where a given field came from when not the command line (`manifest.yaml:4`). */
	givenIn?: Partial<Record<'publisher' | 'title' | 'language' | 'url', string>> | undefined;
}

/** A source ready to be written: its slug, its MDX, and the hash that identifies its input. */
export interface BuiltSource {
	/** The slug it gets when no other source has it: `--slug`, or `<published>-<publisher>`. */
	slug: string;
	/**
	 * Every slug it may get, in order: `slug`, then `<published>-<publisher>-<first words of the
	 * title>` for when another source of that publisher and day holds the first.
	 */
	slugs: string[];
	mdx: string;
	frontmatter: SourceFrontmatter;
	/** Why the title the text gave may be wrong, for the ingest to say "check the title: …". */
	titleDoubt: string | undefined;
	/** How the language was found: given, detected from the text, or the default. */
	languageOrigin: string;
	/** Lines of page furniture left out of the paragraphs (kept in `furniture:`), each with its kind. */
	furniture: { text: string; kind: string; line: number }[];
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
	const { givenIn = {} } = options;
	const fields = deriveFields(
		article.paragraphs,
		{ publisher: options.publisher, title: options.title, givenIn },
		{ firstLineAlone: article.firstLineAlone },
	);
	if (!fields.body.some((paragraph) => !paragraph.credit)) {
		throw new IngestError(
			file,
			1,
			'has a byline but no article text',
			'Add the paragraphs after the byline, separated by blank lines',
		);
	}
	const { publisher } = fields;
	if (publisher === undefined) {
		throw new IngestError(
			file,
			undefined,
			'does not say who published it (no "By … with …" byline, no "Source: …; Publisher" paragraph)',
			'Pass the publisher with --publisher "Name"',
		);
	}
	const detected =
		options.language === undefined
			? detectLanguage(
					fields.body.filter((paragraph) => !paragraph.credit).map((paragraph) => paragraph.text),
				)
			: undefined;
	const languageOrigin =
		options.language !== undefined
			? (givenIn.language ?? 'given with --language')
			: detected
				? `detected from the text (tinyld, score ${detected.accuracy.toFixed(2)}); pass --language if it is wrong`
				: 'the default: the text is too short or mixed to tell; pass --language if it is not English';
	const origins: Record<string, string> = { ...fields.origins, language: languageOrigin };
	if (fields.furniture.length > 0)
		origins['furniture'] =
			'page furniture left out of the paragraphs (ads, notices, prompts, timestamps), kept verbatim';
	if (options.url !== undefined)
		origins['url'] =
			`${givenIn.url ?? 'given with --url'}${options.url.startsWith('http:') ? '; an http:// address, kept as given' : ''}`;
	const frontmatter: SourceFrontmatter = {
		title: fields.title,
		publisher,
		byline: fields.byline,
		published: toIsoString(article.published),
		language: options.language ?? detected?.tag ?? DEFAULT_LANGUAGE,
		url: options.url,
		received: options.receivedName,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		...(fields.furniture.length > 0 && { furniture: fields.furniture.map((line) => line.text) }),
	};
	const checked = sourceSchema.safeParse(frontmatter);
	if (!checked.success) {
		const problems = checked.error.issues
			.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
			.join('; ');
		throw new IngestError(
			file,
			undefined,
			`the page would fail the sources schema (${problems})`,
			'Correct the value given on the command line',
		);
	}
	const slug = options.slug ?? defaultSlug(frontmatter.published, publisher, file);
	// The entry id is the file name slugged (entryId in src/content-files/entry-id.ts): only a slug
	// that slugging leaves unchanged keeps file name, id and URL the same.
	if (slug === '' || slugify(slug) !== slug) {
		throw new IngestError(
			file,
			undefined,
			`--slug "${slug}" is not a slug (the page's id would be "${slugify(slug)}")`,
			'Use lowercase letters, digits and hyphens, e.g. --slug 2023-10-14-euronews',
		);
	}
	const mdx = toMdx({
		frontmatter,
		origins,
		paragraphs: fields.body.map((paragraph) =>
			paragraph.credit ? { credit: paragraph.text } : paragraph.text,
		),
	});
	const text = (credit: boolean) =>
		fields.body
			.filter((paragraph) => paragraph.credit === credit)
			.map((paragraph) => paragraph.text);
	verifyParagraphs(mdx, text(false), file, text(true));
	const words = slugify(frontmatter.title)
		.split('-')
		.filter(Boolean)
		.slice(0, TITLE_WORDS_IN_SLUG)
		.join('-');
	const slugs = options.slug !== undefined || words === '' ? [slug] : [slug, `${slug}-${words}`];
	const furniture = fields.furniture.map(({ text, kind, line }) => ({ text, kind, line }));
	return {
		slug,
		slugs,
		mdx,
		frontmatter,
		titleDoubt: fields.titleDoubt,
		languageOrigin,
		furniture,
	};
}

/** How many words of the title tell two same-day articles of one publisher apart in their slugs. */
const TITLE_WORDS_IN_SLUG = 6;

/** `<published>-<publisher>`: stable across reruns, readable, and the same for every ingest of one article. */
function defaultSlug(published: string, publisher: string, file: string): string {
	const name = slugify(publisher);
	if (name.replace(/-/g, '') === '') {
		throw new IngestError(
			file,
			undefined,
			`the publisher "${publisher}" gives no letters or digits for a slug`,
			'Pass one with --slug, e.g. --slug 2023-10-14-name',
		);
	}
	return `${published}-${name}`;
}
