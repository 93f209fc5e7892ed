import { expect, test } from 'vitest';
import { buildFixture } from '../helpers/build.ts';

test('fails the build when an event’s short title is too long for the timeline, saying its length, the limit and what to do', async () => {
	const { error } = await buildFixture('long-short-title');

	expect(error?.message).toBe(
		'content/events/long-short.mdx: a frontmatter field must be corrected:\n- short: the short title has 65 characters, more than the limit of 48: it must fit two lines of the timeline on a phone; keep a few words that say what happened',
	);
});
