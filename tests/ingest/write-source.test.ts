import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { ingestFile, type IngestOptions } from '../../src/ingest/ingest-file.ts';

const EURONEWS =
	' date 2023-10-14 By Euronews with AP\n\nNorth Korea has delivered more than 1,000 containers.\n';

let dir: string;
let options: IngestOptions;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ingest-'));
	options = { sourcesDir: join(dir, 'sources'), receivedDir: join(dir, 'received'), force: false };
});

/** Writes an input file in its own folder (so two inputs can share a name) and returns its path. */
function input(text: string | Uint8Array, name = 'article.txt', folder = 'inbox'): string {
	const path = join(dir, folder, name);
	mkdirSync(join(dir, folder), { recursive: true });
	writeFileSync(path, text);
	return path;
}
const page = (slug: string) => join(dir, 'sources', `${slug}.mdx`);

describe('ingestFile', () => {
	test('writes the page and copies the original byte for byte', async () => {
		const file = input(EURONEWS);
		const result = await ingestFile(file, options);
		expect(result).toMatchObject({
			outcome: 'created',
			slug: '2023-10-14-euronews',
			receivedCopied: true,
		});
		expect(readFileSync(page('2023-10-14-euronews'), 'utf8')).toContain('publisher: Euronews\n');
		expect(readFileSync(join(dir, 'received', 'article.txt'))).toEqual(readFileSync(file));
	});

	test.each([false, true])(
		'does nothing when run again on the same input (--force %s), and says the page is unchanged',
		async (force) => {
			const file = input(EURONEWS);
			await ingestFile(file, options);
			const before = statSync(page('2023-10-14-euronews')).mtimeMs;
			await new Promise((resolve) => setTimeout(resolve, 20));
			expect(await ingestFile(file, { ...options, force })).toMatchObject({
				outcome: 'unchanged',
				receivedCopied: false,
			});
			expect(statSync(page('2023-10-14-euronews')).mtimeMs).toBe(before);
		},
	);

	test('keeps a page whose frontmatter an editor changed, and reports it as already ingested, with --force too', async () => {
		const file = input(EURONEWS);
		await ingestFile(file, options);
		const edited = readFileSync(page('2023-10-14-euronews'), 'utf8').replace(
			/^title: .*$/m,
			'title: "North Korea sent Russia 1,000 containers of arms, White House says"',
		);
		writeFileSync(page('2023-10-14-euronews'), edited);
		expect((await ingestFile(file, options)).outcome).toBe('unchanged');
		expect((await ingestFile(file, { ...options, force: true })).outcome).toBe('unchanged');
		expect(readFileSync(page('2023-10-14-euronews'), 'utf8')).toBe(edited);
	});

	test('keeps a page whose text an editor changed, and reports it as edited', async () => {
		const file = input(EURONEWS);
		await ingestFile(file, options);
		const edited = readFileSync(page('2023-10-14-euronews'), 'utf8').replace(
			/1,000 containers\.\n$/,
			'2,000 containers.\n',
		);
		writeFileSync(page('2023-10-14-euronews'), edited);
		expect((await ingestFile(file, options)).outcome).toBe('edited');
		expect(readFileSync(page('2023-10-14-euronews'), 'utf8')).toBe(edited);
	});

	test('replaces an edited page only with --force', async () => {
		const file = input(EURONEWS);
		await ingestFile(file, options);
		const original = readFileSync(page('2023-10-14-euronews'), 'utf8');
		writeFileSync(
			page('2023-10-14-euronews'),
			original.replace(/1,000 containers\.\n$/, '2,000 containers.\n'),
		);
		expect((await ingestFile(file, { ...options, force: true })).outcome).toBe('replaced');
		expect(readFileSync(page('2023-10-14-euronews'), 'utf8')).toBe(original);
	});

	test('refuses a changed input for an existing page without --write, and corrects page and original with it', async () => {
		const file = input(EURONEWS);
		await ingestFile(file, options);
		const original = readFileSync(page('2023-10-14-euronews'), 'utf8');
		writeFileSync(file, EURONEWS.replace('1,000', '1,200'));
		const quiet = { ...options, log: () => {} };
		await expect(ingestFile(file, quiet)).rejects.toThrow(
			/^.*inbox\/article\.txt: has changed since it was ingested as .*2023-10-14-euronews\.mdx; nothing written\. Rerun with --write to apply the correction/,
		);
		expect(readFileSync(page('2023-10-14-euronews'), 'utf8')).toBe(original);

		expect(await ingestFile(file, { ...quiet, write: true })).toMatchObject({
			outcome: 'corrected',
			receivedCopied: true,
		});
		expect(readFileSync(page('2023-10-14-euronews'), 'utf8')).toContain('1,200 containers');
		expect(readFileSync(join(dir, 'received', 'article.txt'), 'utf8')).toContain(
			'1,200 containers',
		);
	});

	test('gives a second article of the same day and publisher a slug from its title', async () => {
		await ingestFile(input(EURONEWS, 'first.txt'), options);
		const second = input(
			' date 2023-10-14 By Euronews with AP\n\nKim Jong Un is seeking Russian fighter jets, the US says.\n',
			'second.txt',
		);
		expect(await ingestFile(second, options)).toMatchObject({
			outcome: 'created',
			slug: '2023-10-14-euronews-kim-jong-un-is-seeking-russian',
		});
		expect(readdirSync(join(dir, 'sources')).sort()).toEqual([
			'2023-10-14-euronews-kim-jong-un-is-seeking-russian.mdx',
			'2023-10-14-euronews.mdx',
		]);
		// A rerun finds each page where it is.
		expect(await ingestFile(second, options)).toMatchObject({
			outcome: 'unchanged',
			slug: '2023-10-14-euronews-kim-jong-un-is-seeking-russian',
		});
	});

	test('refuses a slug taken by a different source, naming both files, even with --force', async () => {
		await ingestFile(input(EURONEWS, 'first.txt'), options);
		const second = input(EURONEWS.replace('1,000', '900'), 'second.txt');
		for (const force of [false, true]) {
			await expect(
				ingestFile(second, { ...options, force, slug: '2023-10-14-euronews' }),
			).rejects.toThrow(
				/second\.txt: its slug "2023-10-14-euronews" is taken: .*2023-10-14-euronews\.mdx is the page of first\.txt, a different source\. Give this file its own slug with --slug/,
			);
		}
		expect(readdirSync(join(dir, 'sources'))).toEqual(['2023-10-14-euronews.mdx']);
		expect(readdirSync(join(dir, 'received'))).toEqual(['first.txt']);
		expect((await ingestFile(second, { ...options, slug: '2023-10-14-euronews-2' })).outcome).toBe(
			'created',
		);
	});

	test("refuses a slug that another page's file name gives the same id, naming both", async () => {
		mkdirSync(join(dir, 'sources'));
		writeFileSync(
			join(dir, 'sources', '2023-10-14 Euronews.mdx'),
			'---\nreceived: other.txt\nsha256: "x"\n---\n\nText.\n',
		);
		await expect(
			ingestFile(input(EURONEWS), { ...options, slug: '2023-10-14-euronews' }),
		).rejects.toThrow(
			/article\.txt: its slug "2023-10-14-euronews" is taken: .*2023-10-14-euronews\.mdx would have the same id as .*2023-10-14 Euronews\.mdx, the page of other\.txt\. Give this file its own slug/,
		);
		expect(readdirSync(join(dir, 'sources'))).toEqual(['2023-10-14 Euronews.mdx']);
	});

	test('refuses an original whose name is taken by a different file, writing nothing', async () => {
		await ingestFile(input(EURONEWS, 'article.txt', 'a'), options);
		const other = input(
			' date 2023-10-13 Other text.\n\nSource: x; European Pravda\n',
			'article.txt',
			'b',
		);
		await expect(ingestFile(other, options)).rejects.toThrow(
			/b\/article\.txt: .*received\/article\.txt already holds a different file of that name\. Rename the input file/,
		);
		expect(existsSync(page('2023-10-13-european-pravda'))).toBe(false);
	});

	test('refuses to ingest one original under a second slug', async () => {
		const file = input(EURONEWS);
		await ingestFile(file, options);
		await expect(ingestFile(file, { ...options, publisher: 'Euronews English' })).rejects.toThrow(
			/article\.txt: article\.txt was already ingested as .*2023-10-14-euronews\.mdx\. Edit that page; or delete it first/,
		);
		expect(existsSync(page('2023-10-14-euronews-english'))).toBe(false);
	});

	test('refuses to overwrite a page whose frontmatter it cannot read, unless --force', async () => {
		mkdirSync(join(dir, 'sources'));
		writeFileSync(page('2023-10-14-euronews'), 'Notes an editor started by hand.\n');
		const file = input(EURONEWS);
		await expect(ingestFile(file, options)).rejects.toThrow(
			/2023-10-14-euronews\.mdx: has no readable `received` and `sha256` in its frontmatter, so the ingest cannot tell which file it came from\. Fix its frontmatter, or rerun with --force/,
		);
		expect(readFileSync(page('2023-10-14-euronews'), 'utf8')).toBe(
			'Notes an editor started by hand.\n',
		);
		expect((await ingestFile(file, { ...options, force: true })).outcome).toBe('replaced');
	});

	test('refuses a missing input file, naming it', async () => {
		await expect(ingestFile(join(dir, 'nope.txt'), options)).rejects.toThrow(
			/nope\.txt: cannot be read \(ENOENT\)\. Check the path/,
		);
	});

	test('writes nothing for a refused input', async () => {
		await expect(
			ingestFile(input(Uint8Array.of(0x20, 0x64, 0x61, 0x74, 0x65, 0x93)), options),
		).rejects.toThrow(/article\.txt:1: is not UTF-8 text/);
		expect(existsSync(join(dir, 'sources'))).toBe(false);
		expect(existsSync(join(dir, 'received'))).toBe(false);
	});
});
