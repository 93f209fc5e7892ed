import { describe, expect, test } from 'vitest';
import { buildFixture } from '../helpers/build.ts';

describe('content entry ids', () => {
	// Both fixtures hold `2023-10-14-euronews.mdx` and `2023-10-14 Euronews.mdx`, whose names slugify alike.
	test.each([
		['an identical copy', 'duplicate-id-identical-copy'],
		['an edited copy', 'duplicate-id-different-text'],
	])('fails the build naming both files when %s of a source gets its id', async (_, fixture) => {
		const { error } = await buildFixture(fixture);

		expect(error?.message).toContain('"2023-10-14-euronews"');
		expect(error?.message).toContain('content/sources/2023-10-14-euronews.mdx');
		expect(error?.message).toContain('content/sources/2023-10-14 Euronews.mdx');
		expect(error).toHaveProperty('hint', expect.stringMatching(/rename or delete one/));
	});
});
