import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { CalendarDate } from '../../src/lib/dates/index.ts';
import { findDateExpressions } from '../../src/leads/date-expressions.ts';
import { readSources } from '../../src/leads/read-content.ts';

const SOURCES = fileURLToPath(new URL('../../content/sources/', import.meta.url));

function day(text: string): CalendarDate {
	const [year, month, date] = text.split('-').map(Number);
	return { year: year!, month: month!, day: date!, precision: 'day' };
}

/** What each expression resolves to, as [the words, EDTF, precision]. */
function resolve(text: string, written: string) {
	return findDateExpressions(text, day(written)).map((e) => [e.text, e.edtf, e.precision]);
}

/**
 * Every date expression of the two seeds, read from their text by an editor: the paragraph, the
 * phrase as printed, and what it means given the publication date (13 October 2023 for European
 * Pravda, Saturday 14 October 2023 for Euronews).
 */
const SEED_EXPRESSIONS: Record<string, [paragraph: number, phrase: string, edtf: string, precision: string][]> = {
	'2023-10-13-european-pravda': [
		[4, 'Today', '2023-10-13', 'day'], // Kirby, quoted by Laura Rozen: "Today we’re releasing imagery"
		[5, 'Today', '2023-10-13', 'day'], // the same words in her post of 13 October
		[6, 'in recent weeks', '[..2023-10-13]', 'day'],
		[7, 'In recent weeks', '[..2023-10-13]', 'day'], // Patsy Widakuswara's post of 13 October
		[10, 'between 7 September and 1 October', '2023-09-07/2023-10-01', 'day'],
		[13, 'in September', '2023-09', 'month'],
	],
	'2023-10-14-euronews': [
		[3, 'last month', '2023-09', 'month'],
		[4, 'on Friday', '2023-10-13', 'day'],
		[5, 'between 7 September and 1 October', '2023-09-07/2023-10-01', 'day'],
		[8, 'Friday', '2023-10-13', 'day'],
	],
};

describe('date expressions of the seeds', async () => {
	const sources = await readSources(SOURCES);

	test.each(Object.entries(SEED_EXPRESSIONS))('finds every date expression of %s, and nothing else, resolved against its publication date', (id, expected) => {
		const source = sources.find((s) => s.id === id)!;
		const found = source.paragraphs.flatMap((p) => findDateExpressions(p.text, p.written).map((e) => ({ paragraph: p.number, ...e })));
		expect(found).toHaveLength(expected.length);
		expected.forEach(([paragraph, phrase, edtf, precision], i) => {
			const got = found[i]!;
			expect({ paragraph: got.paragraph, edtf: got.edtf, precision: got.precision }).toEqual({ paragraph, edtf, precision });
			// Chrono may leave out a preposition ("September" of "in September"), never take in other words.
			expect(phrase.toLowerCase()).toContain(got.text.toLowerCase());
		});
	});

	test('does not take "Now" ("Now [we] have information") for a date', () => {
		const pravda = sources.find((s) => s.id === '2023-10-13-european-pravda')!;
		const p4 = pravda.paragraphs.find((p) => p.number === 4)!;
		expect(p4.text).toContain('Now [we] have information');
		expect(findDateExpressions(p4.text, p4.written).map((e) => e.text)).toEqual(['Today']);
	});
});

describe('resolving against the day the text was written', () => {
	test.each([
		['Friday', 'written on Saturday 14 October 2023', '2023-10-14', '2023-10-13'],
		['Friday', 'written that Friday itself', '2023-10-13', '2023-10-13'],
		['Monday', 'written on Friday 13 October 2023 (the Monday before, never the one after)', '2023-10-13', '2023-10-09'],
		['Wednesday', 'written on Thursday 14 September 2023', '2023-09-14', '2023-09-13'],
	])('reads "They met on %s", %s, as a past day', (weekday, _when, written, edtf) => {
		expect(resolve(`They met on ${weekday}.`, written)).toEqual([[`on ${weekday}`, edtf, 'day']]);
	});

	test.each([
		['in September', '2023-10-13', '2023-09'],
		['in October', '2023-10-13', '2023-10'],
		['in November', '2023-10-13', '2022-11'],
		['last month', '2023-10-14', '2023-09'],
		['last month', '2024-01-10', '2023-12'],
		['in 2022', '2023-10-14', '2022'],
	])('reads "%s", written on %s, as %s', (words, written, edtf) => {
		expect(resolve(`It happened ${words}.`, written).map(([, e]) => e)).toEqual([edtf]);
	});

	test('keeps a weekday the words place in the future: "next Friday" written on Friday 13 October is the 20th', () => {
		expect(resolve('They meet next Friday.', '2023-10-13')).toEqual([['next Friday', '2023-10-20', 'day']]);
	});

	test('gives a month, not a day, for a month the text names without its day', () => {
		expect(resolve('It happened in September.', '2023-10-13')[0]![2]).toBe('month');
	});

	test.each([
		['between 7 September and 1 October', '2023-10-14', '2023-09-07/2023-10-01'],
		['between 20 December and 5 January', '2024-01-14', '2023-12-20/2024-01-05'],
		['from 7 to 10 September', '2023-10-13', '2023-09-07/2023-09-10'],
		['last week', '2023-10-14', '2023-10-02/2023-10-08'],
		['in the past week', '2023-10-13', '2023-10-06/2023-10-13'],
	])('reads "%s", written on %s, as the period %s', (words, written, edtf) => {
		expect(resolve(`Shipments went ${words}.`, written).map(([, e]) => e)).toEqual([edtf]);
	});

	test.each(['in recent weeks', 'over the past few days', 'in the last several months'])('reads "%s" as a period open at its start that ends on the day of writing', (words) => {
		expect(resolve(`Deliveries rose ${words}.`, '2023-10-13')).toEqual([[words, '[..2023-10-13]', 'day']]);
	});

	test('finds nothing in a time of day alone or in "earlier"', () => {
		expect(resolve('Earlier, at 3 pm, the ship left.', '2023-10-13')).toEqual([]);
	});
});
