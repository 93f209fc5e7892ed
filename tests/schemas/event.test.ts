import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { eventSchema } from '../../src/schemas/event.ts';

/** Stands in for Astro's `reference('sources')`, which turns an id into `{ collection, id }`. */
const schema = eventSchema(z.string().transform((id) => ({ collection: 'sources', id })));

const VALID = {
	title: 'White House says North Korea shipped munitions',
	summary: 'One sentence.',
	date: '2023-09-07/2023-10-01',
	citations: [{ source: '2023-10-14-euronews', paragraph: 2, quote: 'more than 1,000 containers' }],
};

describe('eventSchema', () => {
	test('turns the date string into an event date and the source id into a reference', () => {
		const data = schema.parse(VALID);
		expect(data.date).toEqual({
			kind: 'interval',
			start: { year: 2023, month: 9, day: 7, precision: 'day' },
			end: { year: 2023, month: 10, day: 1, precision: 'day' },
		});
		expect(data.citations[0]?.source).toEqual({ collection: 'sources', id: '2023-10-14-euronews' });
		expect(data).toMatchObject({ actors: [], places: [], tags: [] });
	});

	test('refuses an impossible period with the parser’s sentence', () => {
		const result = schema.safeParse({ ...VALID, date: '2023-10-13/2023-10-01' });
		expect(result.error?.issues).toEqual([
			expect.objectContaining({
				path: ['date'],
				message:
					'"2023-10-13/2023-10-01" is impossible: its start 2023-10-13 is after its end 2023-10-01',
			}),
		]);
	});

	test('refuses a summary over 240 characters, saying its length and the limit', () => {
		const result = schema.safeParse({ ...VALID, summary: 'x'.repeat(263) });
		expect(result.error?.issues[0]?.message).toMatch(
			/^the summary has 263 characters, more than the limit of 240: keep it to one sentence/,
		);
		expect(schema.safeParse({ ...VALID, summary: 'x'.repeat(240) }).success).toBe(true);
	});

	test('takes an optional short title of up to 48 characters and refuses a longer one, saying its length and the limit', () => {
		expect(schema.parse(VALID).short).toBeUndefined();
		expect(schema.parse({ ...VALID, short: 'x'.repeat(48) }).short).toBe('x'.repeat(48));
		const result = schema.safeParse({ ...VALID, short: 'x'.repeat(49) });
		expect(result.error?.issues[0]).toMatchObject({
			path: ['short'],
			message: expect.stringMatching(
				/^the short title has 49 characters, more than the limit of 48: it must fit two lines/,
			),
		});
	});

	test('refuses an unquoted YAML date, which would have become an instant', () => {
		const result = schema.safeParse({ ...VALID, date: new Date(Date.UTC(2023, 9, 13)) });
		expect(result.error?.issues[0]?.message).toMatch(/write the date as a quoted string/);
	});

	test('refuses a paragraph number below 1 and an empty quote', () => {
		const result = schema.safeParse({
			...VALID,
			citations: [{ source: 'x', paragraph: 0, quote: '' }],
		});
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
			'citations.0.paragraph',
			'citations.0.quote',
		]);
	});
});
