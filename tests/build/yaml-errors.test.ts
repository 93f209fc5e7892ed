import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPage, textContent } from '../../harness/html.ts';
import { buildFixture } from '../helpers/build.ts';

describe('a title holding ": " without quotes', () => {
	test('fails the build saying the colon is the problem and how to quote the line, at its line', async () => {
		const { error } = await buildFixture('yaml-unquoted-colon');
		expect(error?.message).toContain(
			'content/events/carrier.mdx, line 2 (field "title"): the frontmatter is not valid YAML',
		);
		expect(error?.message).toContain(
			'The value of "title" holds ": " (after "US carrier arrives in Busan")',
		);
		expect(error?.message).not.toContain('quotation marks must be quoted');
		expect(error).toHaveProperty(
			'hint',
			expect.stringContaining('title: "US carrier arrives in Busan: a show of force"'),
		);
		expect(error).toHaveProperty('loc', expect.objectContaining({ line: 2 }));
	}, 300_000);
});

describe('a quote with both kinds of quotation marks', () => {
	test('fails the build naming the file, the line and the field, and saying how to quote it', async () => {
		const { error } = await buildFixture('yaml-quote-marks');
		expect(error?.message).toContain(
			'content/events/condemnation.mdx, line 8 (field "quote"): the frontmatter is not valid YAML',
		);
		expect(error?.message).toContain(
			`quote: ""We condemn the DPRK for providing Russia with this military equipment," Kirby said."`,
		);
		expect(error).toHaveProperty(
			'hint',
			expect.stringContaining("In single quotes, writing each ' inside as ''"),
		);
		expect(error).toHaveProperty('hint', expect.stringContaining('`quote: >-` alone on its line'));
		expect(error).toHaveProperty(
			'loc',
			expect.objectContaining({
				line: 8,
				file: expect.stringMatching(/content\/events\/condemnation\.mdx$/),
			}),
		);
	}, 300_000);

	test('builds when it is written either way the message says, each quote verbatim', async () => {
		const result = await buildFixture('yaml-quote-marks-quoted');
		if (result.error) throw result.error;
		const expected = `"We condemn the DPRK for providing Russia with this military equipment," Kirby said, using the initials for Democratic People's Republic of Korea`;
		for (const slug of ['single-quoted', 'block-scalar']) {
			const page = await readPage(result.dist, `events/${slug}/`);
			expect(textContent(page.document).replace(/\s+/g, ' ')).toContain(expected);
		}
		expect(await readFile(join(result.dist, 'chronology.json'), 'utf8')).toContain(
			JSON.stringify(expected).slice(1, -1),
		);
	}, 300_000);
});
