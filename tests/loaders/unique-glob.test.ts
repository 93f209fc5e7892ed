import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/loaders/unique-glob.ts';

describe('entryId', () => {
	test.each([
		['2023-10-14-euronews.mdx', '2023-10-14-euronews'],
		['2023-10-14 Euronews.mdx', '2023-10-14-euronews'],
		['2023/Kim–Putin summit.md', '2023/kimputin-summit'],
	])('gives %s the id %s: its path without extension, each segment slugified', (file, id) => {
		expect(entryId(file)).toBe(id);
	});
});
