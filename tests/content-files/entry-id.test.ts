import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/content-files/entry-id.ts';

describe('entryId', () => {
	test.each([
		['2023-10-14-euronews.mdx', '2023-10-14-euronews'],
		['2023-10-14 Euronews.mdx', '2023-10-14-euronews'],
		['2023/Kim–Putin summit.md', 'kimputin-summit'],
	])(
		'gives %s the id %s: its file name without extension, slugified, whatever its folder',
		(file, id) => {
			expect(entryId(file)).toBe(id);
		},
	);
});
