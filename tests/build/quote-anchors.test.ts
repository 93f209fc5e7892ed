import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import {
	attribute,
	elements,
	readPage,
	textContent,
	type HtmlElement,
} from '../../harness/html.ts';
import { buildFixture, buildSite, EACH_BASE, REPO_ROOT } from '../helpers/build.ts';
import { citationId } from '../../src/lib/routes.ts';
import { listPages } from '../helpers/pages.ts';

/** An event's citations as its file writes them, read without the site's code. */
interface WrittenCitation {
	event: string;
	number: number;
	source: string;
	quote: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

async function writtenCitations(contentDir: string): Promise<WrittenCitation[]> {
	const dir = join(contentDir, 'events');
	const files = (await readdir(dir)).filter((file) => file.endsWith('.mdx')).sort();
	const all = await Promise.all(
		files.map(async (file) => {
			const frontmatter = parse(
				/^---\n([\s\S]*?)\n---/.exec(await readFile(join(dir, file), 'utf8'))![1]!,
			) as { citations: { source: string; quote: string }[] };
			return frontmatter.citations.map(({ source, quote }, index) => ({
				event: file.replace(/\.mdx$/, ''),
				number: index + 1,
				source,
				quote,
			}));
		}),
	);
	return all.flat();
}

/**
 * Where each citation of the built event pages leads: the href of the link in its `<li>` of the
 * citations list, resolved to the page and element it names.
 */
async function followCitation(
	dist: string,
	base: string,
	{ event, number }: WrittenCitation,
): Promise<{ href: string; mark: HtmlElement }> {
	const page = await readPage(dist, `events/${event}/`);
	// By its id, not its place: a near-identical quote is listed after the one it echoes.
	const item = page.byId(citationId(event, number));
	const link = [...elements(item)].find((element) => element.tagName === 'a');
	const href = attribute(link!, 'href')!;
	const url = new URL(href, 'https://site.example');
	expect(url.pathname.startsWith(base), `${href} is under ${base}`).toBe(true);
	const target = await readPage(dist, url.pathname.slice(base.length));
	return { href, mark: target.byId(decodeURIComponent(url.hash.slice(1))) };
}

describe.each(EACH_BASE)('quote anchors %s', (_, base) => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite({ base });
	});

	test('every citation leads to a <mark> on its source page whose text is exactly its quote', async () => {
		const citations = await writtenCitations(join(REPO_ROOT, 'content'));
		expect(citations.length).toBeGreaterThan(20);
		for (const citation of citations) {
			const { href, mark } = await followCitation(dist, base, citation);
			expect(href, `${citation.event} [${citation.number}]`).toContain(
				`sources/${citation.source}/#`,
			);
			expect(mark.tagName, href).toBe('mark');
			expect(collapse(textContent(mark)), href).toBe(collapse(citation.quote));
		}
	});

	test('a marked quote links back to each event citing it', async () => {
		const citations = await writtenCitations(join(REPO_ROOT, 'content'));
		for (const citation of citations) {
			const { href } = await followCitation(dist, base, citation);
			const page = await readPage(
				dist,
				new URL(href, 'https://site.example').pathname.slice(base.length),
			);
			const backlinks = page
				.all((element) => attribute(element, 'class') === 'quote-backlink')
				.map((link) => attribute(link, 'href'));
			expect(backlinks, href).toContain(`${base}#${citation.event}`);
		}
	});
});

describe('the built pages', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test('never show a received file’s name', async () => {
		const received = (await readdir(join(REPO_ROOT, 'content/received'))).filter((file) =>
			file.endsWith('.txt'),
		);
		expect(received.length).toBeGreaterThan(0);
		for (const { file } of await listPages(dist)) {
			const html = await readFile(join(dist, file), 'utf8');
			for (const name of received) expect(html, file).not.toContain(name);
			expect(html, file).not.toMatch(/Received as/);
		}
	});

	test('do not call the briefing’s sources independent: both relay the White House', async () => {
		const page = await readPage(dist, 'events/white-house-briefing/');
		const text = collapse(textContent(page.document));
		expect(text).toContain('Reported by 2 outlets, both relaying the claim.');
		expect(text).not.toMatch(/independent sources?/i);
	});

	test('offer no "Read the original" while no source has an address', async () => {
		for (const { file } of await listPages(dist))
			expect(await readFile(join(dist, file), 'utf8'), file).not.toContain('Read the original');
	});
});

describe('a corrected source with a paragraph inserted at the top', () => {
	const ORIGINAL = 'https://www.euronews.com/2023/10/14/north-korea-munitions-russia';
	let before: string;
	let after: string;
	beforeAll(async () => {
		const root = await mkdtemp(join(inject('buildDir'), 'inserted-paragraph-'));
		await cp(join(REPO_ROOT, 'content'), join(root, 'content'), { recursive: true });
		const file = join(root, 'content/sources/2023-10-14-euronews.mdx');
		const text = await readFile(file, 'utf8');
		const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text)!;
		await writeFile(
			file,
			`${frontmatter!.replace('\nreceived:', `\nurl: ${ORIGINAL}\nreceived:`)}\nEditor’s note: this article was updated to correct the spelling of a name.\n${body}`,
		);
		const built = await buildFixture(root);
		if (built.error) throw built.error;
		after = built.dist;
		before = await buildSite();
	});

	test('still builds, every citation on the same words under the same anchor', async () => {
		for (const citation of await writtenCitations(join(REPO_ROOT, 'content'))) {
			const was = await followCitation(before, '/', citation);
			const is = await followCitation(after, '/', citation);
			expect(is.href, `${citation.event} [${citation.number}]`).toBe(was.href);
			expect(collapse(textContent(is.mark))).toBe(collapse(citation.quote));
		}
	});

	test('moves the paragraph anchors, which still work', async () => {
		const page = await readPage(after, 'sources/2023-10-14-euronews/');
		expect(textContent(page.byId('p1'))).toContain('Editor’s note');
		expect(textContent(page.byId('p2'))).toContain('The US believes Pyongyang');
	});

	test('offers "Read the original" for the source with an address, and a text-fragment link from its citations', async () => {
		const source = await readPage(after, 'sources/2023-10-14-euronews/');
		const original = source.all(
			(element) => element.tagName === 'a' && textContent(element) === 'Read the original',
		);
		expect(original.map((link) => attribute(link, 'href'))).toEqual([ORIGINAL]);
		const other = await readFile(
			join(after, 'sources/2023-10-13-european-pravda/index.html'),
			'utf8',
		);
		expect(other).not.toContain('Read the original');
		const event = await readPage(after, 'events/us-carrier-group-in-south-korea/');
		const fragments = event.all(
			(element) =>
				element.tagName === 'a' &&
				(attribute(element, 'href') ?? '').startsWith(`${ORIGINAL}#:~:text=`),
		);
		expect(fragments.map((link) => attribute(link, 'href'))).toEqual([
			`${ORIGINAL}#:~:text=North%20Korea%20lashed%20out,group%20in%20South%20Korea`,
		]);
	});
});

describe('a quote found in two paragraphs', () => {
	test('fails the build when the citation names no paragraph, naming both', async () => {
		const { error } = await buildFixture('repeated-quote');
		expect(error?.message).toContain(
			'content/events/shipments.mdx, citation 2 (2023-10-14-wire): the quote occurs in paragraphs 1 and 3; add `paragraph:` with the one you mean (1 or 3)',
		);
		expect(error?.message).not.toContain('citation 1');
	});
});
