import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, REPO_ROOT } from '../helpers/build.ts';

test('fails the build naming the content file, the missing field and what to do', async () => {
	const { error } = await buildFixture('missing-title');

	expect(error?.message).toBe(
		'content/events/untitled.mdx: a frontmatter field must be corrected:\n- title: missing: add it (a string)',
	);
	expect(error).toHaveProperty(
		'hint',
		'Edit the frontmatter (between the two --- lines) of content/events/untitled.mdx; the schema in src/schemas/ documents every field.',
	);
	expect(error).toHaveProperty(
		'loc.file',
		join(REPO_ROOT, 'tests/build/fixtures/missing-title/content/events/untitled.mdx'),
	);
});
