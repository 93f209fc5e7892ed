import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document } from 'yaml';
import { frontmatterBlock } from '../content-files/frontmatter.ts';
import { listEventFiles } from '../content-files/list-files.ts';
import { describeDifferences } from '../lib/character-names.ts';
import { toIsoString, type CalendarDate } from '../lib/dates/index.ts';
import { locateQuote } from '../lib/locate-quote.ts';
import { listParagraphs } from '../lib/paragraphs.ts';
import { parseMdx } from '../lib/parse-mdx.ts';
import { collapseWhitespace, nearestWindow } from '../lib/verify-citations.ts';
import type { SourceFrontmatter } from './frontmatter.ts';
import { IngestError } from './ingest-error.ts';

/** How the numbered paragraphs of a corrected article differ from those of the text it replaces. */
export interface ParagraphChanges {
	added: number;
	removed: number;
	changed: number;
}

/**
 * One numbered paragraph a correction added, removed or changed, with its number and text before
 * (`was`) and after (`now`), as the source page shows it.
 */
export type ParagraphChange =
	| { added: number; now: string }
	| { removed: number; was: string }
	| { changed: number; was: string; now: string };

/** One entry of a source's `corrections:` list, as the ingest records it. */
export interface CorrectionRecord extends ParagraphChanges {
	/** The day the corrected text was ingested, `YYYY-MM-DD`. */
	date: string;
	/** SHA-256 of the text it replaced, kept as `superseded/<previous>.txt` in the received folder. */
	previous: string;
	/** What changed, paragraph by paragraph (numbers: `changed` and `added` in the new text, `removed` in the old). */
	paragraphs?: ParagraphChange[] | undefined;
}

/** A citation of the corrected source, as written in an event file. */
export interface SourceCitation {
	/** The event file, relative to where the command runs. */
	file: string;
	absolutePath: string;
	/** 1-based position in the event's `citations:` list. */
	number: number;
	/** The paragraph it names, if it names one. */
	paragraph: number | undefined;
	quote: string;
	/** Where the paragraph number is written in the event file (offsets in the whole file), to rewrite it alone. */
	paragraphRange: [number, number] | undefined;
}

/** A citation whose quote is now in another paragraph. */
export interface MovedCitation {
	citation: SourceCitation;
	to: number;
}

/** A citation whose quote is no longer verbatim in the source, with the text nearest to it. */
export interface LostCitation {
	citation: SourceCitation;
	nearest: { paragraph: number; text: string; distance: number } | undefined;
}

/** Everything a correction would change, worked out before anything is written. */
export interface CorrectionPlan {
	changes: ParagraphChanges;
	moved: MovedCitation[];
	lost: LostCitation[];
	/** Frontmatter fields the editor's page keeps although the new text gives another value. */
	kept: { field: string; page: string; derived: string }[];
	record: CorrectionRecord;
}

/**
 * Paragraph changes by a longest common subsequence of the paragraphs' texts (whitespace runs
 * collapsed): what is left over between two kept paragraphs is a changed paragraph as far as both
 * sides have one, then added or removed.
 */
export function compareParagraphs(
	before: readonly string[],
	after: readonly string[],
): ParagraphChanges {
	const changes: ParagraphChanges = { added: 0, removed: 0, changed: 0 };
	for (const change of diffParagraphs(before, after)) {
		if ('changed' in change) changes.changed++;
		else if ('added' in change) changes.added++;
		else changes.removed++;
	}
	return changes;
}

/** The paragraphs a correction added, removed and changed, in reading order (see {@link compareParagraphs}). */
export function diffParagraphs(
	before: readonly string[],
	after: readonly string[],
): ParagraphChange[] {
	const a = before.map(collapseWhitespace);
	const b = after.map(collapseWhitespace);
	const lcs = Array.from({ length: a.length + 1 }, () => Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] =
				a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	}
	const changes: ParagraphChange[] = [];
	let gapA = 0;
	let gapB = 0;
	let i = 0;
	let j = 0;
	const closeGap = () => {
		const paired = Math.min(gapA, gapB);
		const fromA = i - gapA;
		const fromB = j - gapB;
		for (let k = 0; k < paired; k++)
			changes.push({ changed: fromB + k + 1, was: before[fromA + k]!, now: after[fromB + k]! });
		for (let k = paired; k < gapA; k++)
			changes.push({ removed: fromA + k + 1, was: before[fromA + k]! });
		for (let k = paired; k < gapB; k++)
			changes.push({ added: fromB + k + 1, now: after[fromB + k]! });
		gapA = gapB = 0;
	};
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			closeGap();
			i++;
			j++;
		} else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
			gapA++;
			i++;
		} else {
			gapB++;
			j++;
		}
	}
	closeGap();
	return changes;
}

/** The numbered paragraphs' texts of a source page's MDX, as the site numbers them. */
export function paragraphTexts(mdx: string): string[] {
	return listParagraphs(parseMdx(mdx)).map((paragraph) => paragraph.text);
}

/**
 * Every citation of `sourceId` in the event files under `eventsDir` (subfolders and `.md` included,
 * as the events collection reads them).
 * @throws IngestError naming an event file whose frontmatter cannot be read: its citations could not be checked.
 */
export async function readSourceCitations(
	eventsDir: string,
	sourceId: string,
): Promise<SourceCitation[]> {
	const found: SourceCitation[] = [];
	for (const name of listEventFiles(eventsDir)) {
		const absolutePath = join(eventsDir, name);
		const text = await readFile(absolutePath, 'utf8');
		const file = relative(process.cwd(), absolutePath) || absolutePath;
		// Read with `yaml`'s document, not only its values: a moved citation's number is rewritten in place.
		const block = frontmatterBlock(text);
		if (!block) continue;
		const offset = block.start;
		const document = parseDocument(block.yaml);
		if (document.errors.length > 0) {
			throw new IngestError(
				file,
				undefined,
				`its frontmatter is not valid YAML (${document.errors[0]!.message.split('\n')[0]}), so its citations cannot be checked against the corrected text`,
				'Fix that event file first, then rerun the ingest',
			);
		}
		const citations = document.get('citations', true);
		if (!isSeq(citations)) continue;
		citations.items.forEach((item, index) => {
			if (!isMap(item) || item.get('source') !== sourceId) return;
			const paragraph = item.get('paragraph', true);
			const quote = item.get('quote');
			found.push({
				file,
				absolutePath,
				number: index + 1,
				paragraph:
					isScalar(paragraph) && typeof paragraph.value === 'number' ? paragraph.value : undefined,
				quote: typeof quote === 'string' ? quote : '',
				paragraphRange:
					isScalar(paragraph) && paragraph.range
						? [offset + paragraph.range[0], offset + paragraph.range[1]]
						: undefined,
			});
		});
	}
	return found;
}

/**
 * Where each citation's quote is in the corrected text: the paragraph that holds it verbatim
 * (whitespace runs aside); when several do, the one whose text is the cited paragraph's own, else
 * the one nearest its old number.
 */
export function relocateCitations(
	citations: readonly SourceCitation[],
	before: readonly string[],
	after: readonly string[],
): { moved: MovedCitation[]; lost: LostCitation[] } {
	const moved: MovedCitation[] = [];
	const lost: LostCitation[] = [];
	const texts = after.map(collapseWhitespace);
	const paragraphs = after.map((text, index) => ({ number: index + 1, text }));
	for (const citation of citations) {
		// The same search the build's citation check makes, so both agree on where the words are.
		const lookup = locateQuote(paragraphs, citation.quote);
		const holding =
			lookup.status === 'found'
				? [lookup.place.paragraph]
				: [...new Set(lookup.places.map((place) => place.paragraph))];
		if (holding.length === 0) {
			lost.push({ citation, nearest: nearestParagraph(collapseWhitespace(citation.quote), texts) });
			continue;
		}
		const old = citation.paragraph;
		const oldText =
			old === undefined ? undefined : before[old - 1] && collapseWhitespace(before[old - 1]!);
		const to =
			holding.find((number) => texts[number - 1] === oldText) ??
			holding.reduce((best, number) =>
				Math.abs(number - (old ?? 1)) < Math.abs(best - (old ?? 1)) ? number : best,
			);
		if (old !== undefined && to !== old) moved.push({ citation, to });
	}
	return { moved, lost };
}

function nearestParagraph(wanted: string, texts: readonly string[]): LostCitation['nearest'] {
	let best: LostCitation['nearest'];
	texts.forEach((text, index) => {
		const window = nearestWindow(wanted, text);
		if (!best || window.distance < best.distance) best = { paragraph: index + 1, ...window };
	});
	return best;
}

/**
 * The correction as the editor reads it before deciding: what changed in the text, which
 * citations move paragraph and which no longer match, and what the page keeps.
 */
export function describeCorrection(
	page: string,
	file: string,
	plan: CorrectionPlan,
	sha256: { before: string; after: string },
): string {
	const { added, removed, changed } = plan.changes;
	const lines = [
		`${page}: ${file} is a corrected version of its article (sha256 ${sha256.before.slice(0, 12)}… then, ${sha256.after.slice(0, 12)}… now): ${describeChanges(plan.changes)}.`,
	];
	if (added + removed + changed === 0)
		lines.push(
			'  The numbered paragraphs are the same; only other text (credits, headline, byline) changed.',
		);
	lines.push(
		plan.moved.length === 0 ? '  No citation moves paragraph.' : '  Citations that move paragraph:',
	);
	for (const { citation, to } of plan.moved)
		lines.push(
			`    ${citation.file}, citation ${citation.number}: ¶${citation.paragraph} → ¶${to}`,
		);
	lines.push(
		plan.lost.length === 0
			? '  Every citation’s quote is still in the text.'
			: '  Citations that no longer match (their quote is not verbatim in the corrected text):',
	);
	for (const { citation, nearest } of plan.lost) {
		lines.push(
			`    ${citation.file}, citation ${citation.number}${citation.paragraph === undefined ? '' : ` (¶${citation.paragraph})`}: quote \`${collapseWhitespace(citation.quote)}\``,
		);
		lines.push(
			nearest
				? `      nearest text: \`${nearest.text}\` (¶${nearest.paragraph}, ${nearest.distance === 1 ? '1 character differs' : `${nearest.distance} characters differ`})`
				: '      the corrected text has no paragraphs',
		);
		// A few characters apart: name them, since a changed apostrophe or digit is easy to miss.
		if (nearest && nearest.distance <= 5)
			for (const line of describeDifferences(collapseWhitespace(citation.quote), nearest.text))
				lines.push(`      differs: ${line}`);
	}
	for (const { field, page: value, derived } of plan.kept)
		lines.push(
			`  Keeps its ${field} ${JSON.stringify(value)} (the new text gives ${JSON.stringify(derived)}; --reset-frontmatter takes it).`,
		);
	return lines.join('\n');
}

/** "1 paragraph added, 2 changed": the counts that are not zero, or "no paragraph changed". */
export function describeChanges({ added, removed, changed }: ParagraphChanges): string {
	const parts = [
		[added, 'added'],
		[removed, 'removed'],
		[changed, 'changed'],
	].filter(([count]) => Number(count) > 0);
	if (parts.length === 0) return 'no paragraph changed';
	return parts
		.map(
			([count, verb], index) =>
				`${count}${index === 0 ? (count === 1 ? ' paragraph' : ' paragraphs') : ''} ${verb}`,
		)
		.join(', ');
}

/** The fields an editor may have corrected by hand: kept by a correction unless --reset-frontmatter. */
const EDITABLE_FIELDS = ['title', 'publisher', 'byline', 'published', 'language', 'url'] as const;

/**
 * Works out a correction of the page `existingMdx` by the newly built `builtMdx`, without writing.
 * @param today the day of the correction, where the ingest runs.
 */
export function planCorrection(options: {
	existingMdx: string;
	builtMdx: string;
	derived: SourceFrontmatter;
	citations: readonly SourceCitation[];
	previousSha256: string;
	today: CalendarDate;
}): CorrectionPlan {
	const before = paragraphTexts(options.existingMdx);
	const after = paragraphTexts(options.builtMdx);
	const { moved, lost } = relocateCitations(options.citations, before, after);
	const page = parseDocument(frontmatterBlock(options.existingMdx)?.yaml ?? '');
	const kept = EDITABLE_FIELDS.flatMap((field) => {
		const value = page.get(field);
		const derived = options.derived[field];
		return typeof value === 'string' && derived !== undefined && value !== derived
			? [{ field, page: value, derived }]
			: [];
	});
	const paragraphs = diffParagraphs(before, after);
	const changes = compareParagraphs(before, after);
	return {
		changes,
		moved,
		lost,
		kept,
		record: {
			date: toIsoString(options.today),
			previous: options.previousSha256,
			...changes,
			paragraphs,
		},
	};
}

/**
 * The corrected page: the body of `builtMdx`; the frontmatter of `existingMdx` (the editor's,
 * comments and all) with the new `sha256` — or, with `reset`, the frontmatter the new text gives —
 * and the correction added to its `corrections:` list.
 */
export function correctedMdx(
	existingMdx: string,
	builtMdx: string,
	sha256: string,
	record: CorrectionRecord,
	reset: boolean,
): string {
	const existing = parseDocument(frontmatterBlock(existingMdx)?.yaml ?? '');
	const built = frontmatterBlock(builtMdx);
	if (!built) throw new Error('A built source page has no frontmatter.');
	const document = reset ? parseDocument(built.yaml) : existing;
	document.set('sha256', quoted(document, sha256));
	const entry = correctionNode(document, record);
	// The log outlives a reset: it is the page's history, not a field the text gives.
	const earlier = existing.get('corrections', true);
	if (!reset && isSeq(earlier)) earlier.items.push(entry);
	else if (isSeq(earlier))
		document.set(
			'corrections',
			document.createNode([
				...earlier.items.map((item) =>
					isMap(item) ? correctionNode(document, item.toJSON() as CorrectionRecord) : item,
				),
				entry,
			]),
		);
	else document.set('corrections', document.createNode([entry]));
	return `---\n${document.toString({ lineWidth: 0 }).trimEnd()}\n---\n${builtMdx.slice(built.bodyStart)}`;
}

/**
 * One `corrections:` entry, its date and hash quoted (an unquoted date would become an instant):
 * on one line, or with its changed paragraphs one per line below.
 */
function correctionNode(document: Document, record: CorrectionRecord) {
	const { date, previous, added, removed, changed, paragraphs = [] } = record;
	const node = document.createNode(
		{ date, previous, added, removed, changed, ...(paragraphs.length > 0 && { paragraphs }) },
		{ flow: paragraphs.length === 0 },
	);
	for (const key of ['date', 'previous']) {
		const value = node.get(key, true);
		if (value instanceof Scalar) value.type = Scalar.QUOTE_DOUBLE;
	}
	const list = node.get('paragraphs', true);
	if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
	return node;
}

function quoted(document: Document, value: string): Scalar {
	const node = document.createNode(value);
	node.type = Scalar.QUOTE_DOUBLE;
	return node;
}

/**
 * An event file's text with the moved citations' paragraph numbers rewritten, and nothing else
 * touched (comments, quoting and layout stay as the editor wrote them).
 */
export function withMovedParagraphs(text: string, moved: readonly MovedCitation[]): string {
	const edits = moved
		.flatMap(({ citation, to }) =>
			citation.paragraphRange ? [{ range: citation.paragraphRange, to }] : [],
		)
		.sort((a, b) => b.range[0] - a.range[0]);
	let result = text;
	for (const { range, to } of edits)
		result = result.slice(0, range[0]) + String(to) + result.slice(range[1]);
	return result;
}

/**
 * `builtMdx` with the corrections log of `existingMdx`, when it has one: regenerating a page
 * (`--force` on the same input) must not lose the record of its corrections.
 */
export function keepingCorrections(existingMdx: string | undefined, builtMdx: string): string {
	const earlier =
		existingMdx === undefined
			? undefined
			: parseDocument(frontmatterBlock(existingMdx)?.yaml ?? '').get('corrections', true);
	const built = frontmatterBlock(builtMdx);
	if (!isSeq(earlier) || earlier.items.length === 0 || !built) return builtMdx;
	const document = parseDocument(built.yaml);
	document.set(
		'corrections',
		document.createNode(
			earlier.items.map((item) =>
				isMap(item) ? correctionNode(document, item.toJSON() as CorrectionRecord) : item,
			),
		),
	);
	return `---\n${document.toString({ lineWidth: 0 }).trimEnd()}\n---\n${builtMdx.slice(built.bodyStart)}`;
}

/**
 * `builtMdx`'s body under the frontmatter of `existingMdx`, exactly as written there: the same
 * input ingested again (`--force` included) never touches what the editor wrote above the body;
 * `--reset-frontmatter` takes the built one instead.
 */
export function keepingFrontmatter(existingMdx: string, builtMdx: string): string {
	const existing = frontmatterBlock(existingMdx);
	const built = frontmatterBlock(builtMdx);
	if (!existing || !built) return builtMdx;
	return existingMdx.slice(0, existing.bodyStart) + builtMdx.slice(built.bodyStart);
}
