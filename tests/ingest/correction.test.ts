import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { compareParagraphs } from '../../src/ingest/correction.ts';
import { ingestFile, type IngestOptions } from '../../src/ingest/ingest-file.ts';
import { listParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdx } from '../../src/lib/parse-mdx.ts';
import { verifyCitations } from '../../src/lib/verify-citations.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const FIRST =
	'North Korea has delivered more than 1,000 containers of military equipment to Russia, the White House said.';
const SECOND =
	'The containers were shipped between 7 September and 1 October, from Najin to Dunay.';
const THIRD =
	'"We condemn the DPRK for providing Russia with this military equipment," Kirby said.';
const ARTICLE = ` date 2023-10-14 By Euronews with AP\n\n${FIRST}\n\n${SECOND}\n\n${THIRD}\n`;
/** The wire's correction: a new first paragraph, everything else as it was. */
const INSERTED_AT_TOP = ` date 2023-10-14 By Euronews with AP\n\nUpdated with the White House's images.\n\n${FIRST}\n\n${SECOND}\n\n${THIRD}\n`;

const SLUG = '2023-10-14-euronews';
const EDITED_TITLE = 'North Korea sent Russia 1,000 containers of arms, White House says';
const EVENT = `---
title: "Containers shipped"
summary: "More than 1,000 containers went from Najin to Dunay."
date: "2023-09-07/2023-10-01"
citations:
  # the dates, as the White House gave them
  - source: ${SLUG}
    paragraph: 2
    quote: "shipped between 7 September and 1 October"
  - source: ${SLUG}
    paragraph: 3
    quote: '"We condemn the DPRK'
---

The White House says the containers went by sea.
`;

let dir: string;
let options: IngestOptions;
let printed: string[];
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'correction-'));
	printed = [];
	options = {
		sourcesDir: join(dir, 'content/sources'),
		receivedDir: join(dir, 'content/received'),
		eventsDir: join(dir, 'content/events'),
		force: false,
		today: { year: 2026, month: 12, day: 1, precision: 'day' },
		log: (text) => printed.push(text),
	};
});

const page = () => join(dir, 'content/sources', `${SLUG}.mdx`);
const eventFile = () => join(dir, 'content/events', 'containers.mdx');

function input(text: string): string {
	mkdirSync(join(dir, 'inbox'), { recursive: true });
	writeFileSync(join(dir, 'inbox', 'wire.txt'), text);
	return join(dir, 'inbox', 'wire.txt');
}

/** Ingests the first version, gives the page the editor's title and adds an event citing it. */
async function ingestedAndEdited(): Promise<void> {
	await ingestFile(input(ARTICLE), options);
	writeFileSync(
		page(),
		readFileSync(page(), 'utf8').replace(/^title: .*$/m, `title: "${EDITED_TITLE}"`),
	);
	mkdirSync(join(dir, 'content/events'), { recursive: true });
	writeFileSync(eventFile(), EVENT);
}

/** Every file under the folder, with its bytes: what "nothing written" compares. */
function snapshot(): Record<string, string> {
	const content = join(dir, 'content');
	return Object.fromEntries(
		readdirSync(content, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [relative(content, path), readFileSync(path, 'utf8')];
			}),
	);
}

function frontmatter(path: string): Record<string, unknown> {
	return parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]!) as Record<
		string,
		unknown
	>;
}

describe('re-ingesting a corrected article', () => {
	test('lists the citations that move paragraph, and writes nothing without --write', async () => {
		await ingestedAndEdited();
		const before = snapshot();
		await expect(ingestFile(input(INSERTED_AT_TOP), options)).rejects.toThrow(
			/has changed since it was ingested .*; nothing written\. Rerun with --write/,
		);
		const listing = printed.join('\n');
		expect(listing).toContain('1 paragraph added');
		expect(listing).toContain('content/events/containers.mdx, citation 1: ¶2 → ¶3');
		expect(listing).toContain('content/events/containers.mdx, citation 2: ¶3 → ¶4');
		expect(listing).toContain(`Keeps its title "${EDITED_TITLE}"`);
		// The original in content/received too: nothing of the new version is on disk.
		expect(snapshot()).toEqual(before);
	});

	test('with --write, prints the listing before writing, keeps the editor’s title and every citation', async () => {
		await ingestedAndEdited();
		const pageBefore = readFileSync(page(), 'utf8');
		let pageWhenListed: string | undefined;
		options.log = (text) => {
			printed.push(text);
			pageWhenListed = readFileSync(page(), 'utf8');
		};
		const result = await ingestFile(input(INSERTED_AT_TOP), { ...options, write: true });
		expect(result.outcome).toBe('corrected');
		expect(pageWhenListed).toBe(pageBefore);
		expect(printed.join('\n')).toContain('citation 1: ¶2 → ¶3');

		const corrected = readFileSync(page(), 'utf8');
		expect(frontmatter(page())['title']).toBe(EDITED_TITLE);
		const paragraphs = listParagraphs(parseMdx(corrected));
		expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
			"Updated with the White House's images.",
			FIRST,
			SECOND,
			THIRD,
		]);

		// The event file: the two numbers changed, its comment and quoting as the editor wrote them.
		expect(readFileSync(eventFile(), 'utf8')).toBe(
			EVENT.replace('paragraph: 2', 'paragraph: 3').replace(
				'paragraph: 3\n    quote: \'"We',
				'paragraph: 4\n    quote: \'"We',
			),
		);
		const citations = (
			frontmatter(eventFile())['citations'] as {
				source: string;
				paragraph: number;
				quote: string;
			}[]
		).map(({ source, paragraph, quote }) => ({ sourceId: source, paragraph, quote }));
		expect(
			verifyCitations([{ file: 'containers.mdx', citations }], new Map([[SLUG, paragraphs]])),
		).toEqual([]);
	});

	test('records the correction in the page’s corrections, which the sources schema reads', async () => {
		await ingestedAndEdited();
		const previous = frontmatter(page())['sha256'];
		await ingestFile(input(INSERTED_AT_TOP), { ...options, write: true });
		const data = frontmatter(page());
		expect(data['corrections']).toEqual([
			{
				date: '2026-12-01',
				previous,
				added: 1,
				removed: 0,
				changed: 0,
				paragraphs: [{ added: 1, now: "Updated with the White House's images." }],
			},
		]);
		// The text it replaced is kept, found by the hash the log records.
		expect(
			readFileSync(join(dir, 'content/received/superseded', `${String(previous)}.txt`), 'utf8'),
		).toBe(ARTICLE);
		expect(data['sha256']).not.toBe(previous);
		const parsed = sourceSchema.parse(data);
		expect(parsed.corrections[0]?.date).toEqual({
			year: 2026,
			month: 12,
			day: 1,
			precision: 'day',
		});
		// A second correction is added after the first.
		await ingestFile(input(INSERTED_AT_TOP.replace('7 September', '8 September')), {
			...options,
			force: true,
			today: { year: 2026, month: 12, day: 3, precision: 'day' },
		});
		expect(
			(frontmatter(page())['corrections'] as { date: string; changed: number }[]).map(
				({ date, changed }) => [date, changed],
			),
		).toEqual([
			['2026-12-01', 0],
			['2026-12-03', 1],
		]);
	});

	test('lists a citation that no longer matches with the nearest text, and writes it only with --force', async () => {
		await ingestedAndEdited();
		const changed = ARTICLE.replace(
			'between 7 September and 1 October',
			'between 8 September and 1 October',
		);
		const before = snapshot();
		await expect(ingestFile(input(changed), { ...options, write: true })).rejects.toThrow(
			/1 citation no longer matches the corrected text; nothing written\. .*--force/,
		);
		const listing = printed.join('\n');
		expect(listing).toContain('1 paragraph changed');
		expect(listing).toContain(
			'content/events/containers.mdx, citation 1 (¶2): quote `shipped between 7 September and 1 October`',
		);
		expect(listing).toContain(
			'nearest text: `shipped between 8 September and 1 October,` (¶2, 1 character differs)',
		);
		expect(listing).toContain(
			'differs: 8 U+0038 DIGIT EIGHT in the source, 7 U+0037 DIGIT SEVEN in the quote',
		);
		expect(snapshot()).toEqual(before);

		await ingestFile(input(changed), { ...options, force: true });
		expect(readFileSync(page(), 'utf8')).toContain('between 8 September');
		expect(frontmatter(page())['title']).toBe(EDITED_TITLE);
	});

	test('says a rerun after --write is already ingested, and --force keeps the editor’s frontmatter and the log', async () => {
		await ingestedAndEdited();
		await ingestFile(input(INSERTED_AT_TOP), { ...options, write: true });
		const corrected = readFileSync(page(), 'utf8');
		expect(await ingestFile(input(INSERTED_AT_TOP), options)).toMatchObject({
			outcome: 'unchanged',
		});
		expect(await ingestFile(input(INSERTED_AT_TOP), { ...options, force: true })).toMatchObject({
			outcome: 'unchanged',
		});
		expect(readFileSync(page(), 'utf8')).toBe(corrected);
		// The editor's paragraph edit is regenerated by --force, the frontmatter above it untouched.
		writeFileSync(page(), corrected.replace(FIRST, `${FIRST} (edited)`));
		expect(await ingestFile(input(INSERTED_AT_TOP), options)).toMatchObject({ outcome: 'edited' });
		expect(await ingestFile(input(INSERTED_AT_TOP), { ...options, force: true })).toMatchObject({
			outcome: 'replaced',
		});
		expect(readFileSync(page(), 'utf8')).toBe(corrected);
		expect(frontmatter(page())['title']).toBe(EDITED_TITLE);
		expect(frontmatter(page())['corrections']).toEqual([
			expect.objectContaining({ date: '2026-12-01', added: 1 }),
		]);
		// --reset-frontmatter takes the text's fields, and still keeps the log.
		await ingestFile(input(INSERTED_AT_TOP), { ...options, force: true, resetFrontmatter: true });
		expect(frontmatter(page())['title']).not.toBe(EDITED_TITLE);
		expect(frontmatter(page())['corrections']).toEqual([
			expect.objectContaining({ date: '2026-12-01', added: 1 }),
		]);
	});

	test('takes a download with Windows line endings and trailing spaces as the same article, not a correction', async () => {
		await ingestedAndEdited();
		const before = snapshot();
		const windows = ARTICLE.replaceAll('\n', '   \r\n');
		expect(await ingestFile(input(windows), { ...options, write: true })).toMatchObject({
			outcome: 'identical',
			normalised: true,
		});
		mkdirSync(join(dir, 'other'), { recursive: true });
		writeFileSync(join(dir, 'other', 'wire (1).txt'), windows);
		expect(await ingestFile(join(dir, 'other', 'wire (1).txt'), options)).toMatchObject({
			outcome: 'identical',
			normalised: true,
		});
		expect(snapshot()).toEqual(before);
	});

	test('takes the fields the new text gives with --reset-frontmatter, and keeps the log', async () => {
		await ingestedAndEdited();
		await ingestFile(input(INSERTED_AT_TOP), { ...options, write: true, resetFrontmatter: true });
		const data = frontmatter(page());
		expect(data['title']).not.toBe(EDITED_TITLE);
		expect(data['title']).toMatch(/^Updated with the White House/);
		expect(data['corrections']).toHaveLength(1);
	});
});

describe('compareParagraphs', () => {
	test.each([
		[
			'a paragraph inserted at the top',
			['a', 'b'],
			['new', 'a', 'b'],
			{ added: 1, removed: 0, changed: 0 },
		],
		[
			'a paragraph removed from the middle',
			['a', 'b', 'c'],
			['a', 'c'],
			{ added: 0, removed: 1, changed: 0 },
		],
		[
			'a paragraph reworded',
			['a', 'b', 'c'],
			['a', 'b2', 'c'],
			{ added: 0, removed: 0, changed: 1 },
		],
		[
			'one reworded and one added in the same place',
			['a', 'b'],
			['a', 'b2', 'b3'],
			{ added: 1, removed: 0, changed: 1 },
		],
		[
			'only line breaks inside a paragraph',
			['a  b'],
			['a\nb'],
			{ added: 0, removed: 0, changed: 0 },
		],
	])('counts %s', (_name, before, after, expected) => {
		expect(compareParagraphs(before, after)).toEqual(expected);
	});
});
