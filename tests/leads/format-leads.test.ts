import { describe, expect, test } from 'vitest';
import { findLeads } from '../../src/leads/find-leads.ts';
import { formatLeads } from '../../src/leads/format-leads.ts';
import type { LeadSource } from '../../src/leads/read-content.ts';

function source(language: string, published: LeadSource['published'], text: string): LeadSource {
	return {
		id: 'wire',
		file: 'wire.mdx',
		published,
		language,
		paragraphs: [{ number: 1, text, written: published }],
	};
}

describe('the printed leads', () => {
	test('say which rules read a language chrono-node has no locale for', () => {
		const printed = formatLeads(
			findLeads(
				[source('ko', { year: 2023, month: 10, day: 14, precision: 'day' }, '백악관 발표.')],
				[],
			),
		);
		expect(printed.split('\n')[0]).toBe(
			"wire (published 2023-10-14, ko, read with chrono-node's en rules: it has none for ko, wire.mdx)",
		);
	});

	test('print an unresolved expression with its reason, and count it apart', () => {
		const printed = formatLeads(
			findLeads(
				[
					source(
						'en',
						{ year: 2023, month: 10, precision: 'month' },
						'They met on Tuesday in September.',
					),
				],
				[],
			),
		);
		expect(printed).toContain('    p1  "on Tuesday" → unresolved: published 2023-10\n');
		expect(printed).toContain('    p1  "September" → 2023-09 (month)\n');
		expect(printed.split('\n').at(-1)).toMatch(
			/^1 source\(s\): 1 date expression\(s\), 1 unresolved, 1 uncited paragraph\(s\), 0 candidate/,
		);
	});
});
