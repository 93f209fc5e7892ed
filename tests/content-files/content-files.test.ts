import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countContent, describeContentCount } from '../../src/content-files/count-content.ts';
import { citationsBySource } from '../../src/content-files/event-citations.ts';
import {
	FrontmatterError,
	frontmatterBlock,
	readFrontmatter,
} from '../../src/content-files/frontmatter.ts';
import { listEventFiles, listSourceFiles } from '../../src/content-files/list-files.ts';
import { readSourceFiles } from '../../src/content-files/source-files.ts';

function folder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'content-files-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

const SOURCE =
	'---\ntitle: A wire\npublished: "2023-10-14"\n---\n\nFirst paragraph.\n\nSecond paragraph.\n';

describe('listing content files as the collections read them', () => {
	test('lists events in subfolders and as .md, and nothing else', () => {
		const dir = folder({ 'a.mdx': '', '2023/b.md': '', 'notes.txt': '', 'c.markdown': '' });
		expect(listEventFiles(dir)).toEqual(['2023/b.md', 'a.mdx']);
	});

	test('lists only the top-level .mdx sources, as the sources collection does', () => {
		const dir = folder({ 'a.mdx': '', 'drafts/b.mdx': '', 'c.md': '' });
		expect(listSourceFiles(dir)).toEqual(['a.mdx']);
	});

	test('lists nothing for a folder that does not exist', () => {
		expect(listEventFiles(join(tmpdir(), 'no-such-content-folder'))).toEqual([]);
	});
});

describe('reading frontmatter', () => {
	test('reads the values as Astro does, and finds the block for an edit in place', () => {
		expect(readFrontmatter(SOURCE)).toEqual({ title: 'A wire', published: '2023-10-14' });
		const block = frontmatterBlock(SOURCE)!;
		expect(SOURCE.slice(block.start, block.start + block.yaml.length)).toBe(block.yaml);
		expect(SOURCE.slice(block.bodyStart)).toBe('\nFirst paragraph.\n\nSecond paragraph.\n');
	});

	test('names the line of the file where the YAML breaks', () => {
		const text = '---\ntitle: ok\nquote: ""We condemn," he said."\n---\n';
		expect(() => readFrontmatter(text)).toThrow(FrontmatterError);
		try {
			readFrontmatter(text);
		} catch (error) {
			expect((error as FrontmatterError).line).toBe(3);
		}
	});
});

describe('reading sources and citations once per build', () => {
	test('numbers a source’s paragraphs as the page does and reads it again only after a change', () => {
		const dir = folder({ 'wire.mdx': SOURCE });
		const first = readSourceFiles(dir);
		expect(first.map(({ id, paragraphs }) => ({ id, paragraphs }))).toEqual([
			{
				id: 'wire',
				paragraphs: [
					{ number: 1, text: 'First paragraph.' },
					{ number: 2, text: 'Second paragraph.' },
				],
			},
		]);
		expect(readSourceFiles(dir)).toBe(first);
		writeFileSync(join(dir, 'wire.mdx'), SOURCE.replace('Second', 'Corrected'));
		utimesSync(join(dir, 'wire.mdx'), new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
		expect(readSourceFiles(dir)[0]!.paragraphs).toEqual([
			{ number: 1, text: 'First paragraph.' },
			{ number: 2, text: 'Corrected paragraph.' },
		]);
	});

	test('groups every event’s citations by source, events in subfolders included', () => {
		const dir = folder({
			'a.mdx': '---\ncitations:\n  - { source: wire, quote: First }\n---\n',
			'2023/b.md':
				'---\ncitations:\n  - { source: wire, quote: Second }\n  - { source: other, quote: x }\n---\n',
		});
		const bySource = citationsBySource(dir);
		expect(bySource.get('wire')?.map((citation) => citation.quote)).toEqual(['Second', 'First']);
		expect(bySource.get('other')).toHaveLength(1);
	});
});

describe('counting what a build checked', () => {
	test('counts events, sources and citations as the collections read them', () => {
		const root = folder({
			'content/sources/wire.mdx': SOURCE,
			'content/sources/drafts/other.mdx': SOURCE,
			'content/events/a.mdx': '---\ncitations:\n  - { source: wire, quote: First }\n---\n',
			'content/events/2023/b.md':
				'---\ncitations:\n  - { source: wire, quote: Second }\n  - { source: wire, quote: paragraph }\n---\n',
		});
		const count = countContent(root);
		expect(count).toEqual({ events: 2, sources: 1, citations: 3 });
		expect(describeContentCount(count)).toBe(
			'Checked 3 citations of 2 events against 1 source: every quote holds.',
		);
	});
});
