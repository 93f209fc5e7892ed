import { describe, expect, test } from 'vitest';
import { fieldLine } from '../../src/content-files/field-line.ts';

const EVENT = `---
title: "Containers shipped"
date: "2023-09-07/2023-10-01"
citations:
  # the dates, as the White House gave them
  - source: 2023-10-14-euronews
    quote: "shipped between 7 September"
  - source: 2023-10-13-european-pravda
    paragraph: 4
    quote: >-
      the deliveries took place
---

Text.
`;

describe('fieldLine', () => {
	test.each([
		[['title'], 2],
		[['date'], 3],
		[['citations', 0, 'quote'], 7],
		[['citations', 1, 'paragraph'], 9],
		[['citations', 1, 'quote'], 10],
		[['summary'], undefined],
		[['citations', 0, 'paragraph'], 6],
	] as const)('finds %j on line %s of the file', (path, line) => {
		expect(fieldLine(EVENT, path)).toBe(line);
	});
});
