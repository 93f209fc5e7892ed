import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { buildFixture } from '../helpers/build.ts';

describe('citations', () => {
	test('fails the build before any page is written, listing every bad citation with where it is and what was found', async () => {
		const outDir = join(await mkdtemp(join(inject('buildDir'), 'bad-citations-')), 'dist');
		const { error } = await buildFixture('bad-citations', { outDir });

		expect(error?.message).toMatch(/^3 citation problems in 3 events:/);
		expect(error?.message).toContain(
			'- content/events/straight-quotes.mdx, citation 2 (2023-10-14-euronews, paragraph 3): the quote is not verbatim in that paragraph.',
		);
		expect(error?.message).toContain(
			'nearest: `“an undisguised military provocation”.` (paragraph 3, 2 characters differ)',
		);
		expect(error?.message).toContain(
			'- content/events/wrong-paragraph.mdx, citation 1 (2023-10-14-euronews, paragraph 1)',
		);
		expect(error?.message).toContain('found verbatim in paragraph 2');
		expect(error?.message).toContain('- content/events/uncited.mdx: the event cites no source');
		expect(error?.message).not.toContain('good.mdx');
		expect(error).toHaveProperty('hint', expect.stringMatching(/quotation marks/));
		// Located in the first event at fault, which Astro prints and its dev error page opens, not in the loader.
		// At the line of the quote at fault, not at the file's `---`.
		expect(error).toHaveProperty(
			'loc',
			expect.objectContaining({
				file: expect.stringMatching(
					/fixtures\/bad-citations\/content\/events\/straight-quotes\.mdx$/,
				),
				line: 11,
			}),
		);
		expect(error?.message).toContain(
			'differs: “ U+201C LEFT DOUBLE QUOTATION MARK in the source, " U+0022 QUOTATION MARK in the quote',
		);
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
		expect(existsSync(join(outDir, 'sources'))).toBe(false);
	});
});
