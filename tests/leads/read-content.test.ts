import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readSources } from '../../src/leads/read-content.ts';

const seed = (id: string) =>
	fileURLToPath(new URL(`../../content/sources/${id}.mdx`, import.meta.url));

/** A sources folder holding one copy of a seed, changed by `edit`. */
function sourcesWith(id: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'leads-sources-'));
	writeFileSync(join(dir, `${id}.mdx`), edit(readFileSync(seed(id), 'utf8')));
	return dir;
}

describe('reading sources as the site does', () => {
	test('numbers paragraphs as the source page does, social posts included, and dates a post by its own date', async () => {
		// Published a week after Laura Rozen's post of 13 October: her "Today" stays the 13th.
		const [pravda] = await readSources(
			sourcesWith('2023-10-13-european-pravda', (text) =>
				text.replace('published: "2023-10-13"', 'published: "2023-10-20"'),
			),
		);
		expect(pravda!.paragraphs).toHaveLength(13);
		const [p4, p5] = [pravda!.paragraphs[3]!, pravda!.paragraphs[4]!];
		expect([p4.number, p4.text]).toEqual([
			4,
			expect.stringMatching(/^Quote: "Now \[we\] have information/),
		]);
		expect([p5.number, p5.text.trim()]).toEqual([
			5,
			expect.stringMatching(/^NSC’s Kirby: Now have information/),
		]);
		expect(p4.written).toEqual({ year: 2023, month: 10, day: 20, precision: 'day' });
		expect(p5.written).toEqual({ year: 2023, month: 10, day: 13, precision: 'day' });
	});

	test('refuses a source whose date is unquoted, naming the file and the field, as the build would', async () => {
		const dir = sourcesWith('2023-10-14-euronews', (text) =>
			text.replace('published: "2023-10-14"', 'published: 2023-10-14'),
		);
		await expect(readSources(dir)).rejects.toThrow(
			new RegExp(
				`^${join(dir, '2023-10-14-euronews.mdx').replaceAll('/', '\\/')}: the frontmatter does not match its collection's schema \\(published: write the date as a quoted string`,
			),
		);
	});
});
