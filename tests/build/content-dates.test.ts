import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture, REPO_ROOT } from '../helpers/build.ts';

describe('dates in content frontmatter', () => {
	test.each([
		// YAML reads an unquoted date as an instant, and JavaScript rolls this one over to 14 February 2025.
		['published: 2024-13-45', 'unquoted-impossible-date', /quoted string/],
		['published: "2023-02-30"', 'quoted-impossible-date', /no day 30/],
	])(
		'fails the build naming the file and the field for %s, placed at the field’s line',
		async (_, fixture, says) => {
			const { error } = await buildFixture(fixture);

			expect(error?.message).toContain('published');
			expect(error?.message).toMatch(says);
			expect(error).toHaveProperty(
				'loc.file',
				join(REPO_ROOT, 'tests/build/fixtures', fixture, 'content/sources/2023-10-14-euronews.mdx'),
			);
			expect(error).toHaveProperty('loc.line', 4);
		},
	);
});
