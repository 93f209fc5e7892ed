import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { CalendarDate } from '../../src/lib/dates/index.ts';
import { findDateExpressions, isResolved } from '../../src/leads/date-expressions.ts';
import { readSources } from '../../src/leads/read-content.ts';

const SOURCES = fileURLToPath(new URL('../../content/sources/', import.meta.url));

/** A publication date as the frontmatter gives it: "2023-10-14", "2023-10" or "2023". */
function day(text: string): CalendarDate {
	const [year, month, date] = text.split('-').map(Number);
	if (date !== undefined) return { year: year!, month: month!, day: date, precision: 'day' };
	return month === undefined
		? { year: year!, precision: 'year' }
		: { year: year!, month, precision: 'month' };
}

/** What each expression resolves to, as [the words, EDTF, precision], or [the words, "unresolved: why"]. */
function resolve(text: string, written: string, language = 'en') {
	return findDateExpressions(text, day(written), language).map((e) =>
		isResolved(e) ? [e.text, e.edtf, e.precision] : [e.text, `unresolved: ${e.unresolved}`],
	);
}

/**
 * Every date expression of the two seeds, read from their text by an editor: the paragraph, the
 * phrase as printed, and what it means given the publication date (13 October 2023 for European
 * Pravda, Saturday 14 October 2023 for Euronews).
 */
const SEED_EXPRESSIONS: Record<
	string,
	[paragraph: number, phrase: string, edtf: string, precision: string][]
> = {
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

	test.each(Object.entries(SEED_EXPRESSIONS))(
		'finds every date expression of %s, and nothing else, resolved against its publication date',
		(id, expected) => {
			const source = sources.find((s) => s.id === id)!;
			const found = source.paragraphs.flatMap((p) =>
				findDateExpressions(p.text, p.written)
					.filter(isResolved)
					.map((e) => ({ paragraph: p.number, ...e })),
			);
			expect(found).toHaveLength(expected.length);
			expected.forEach(([paragraph, phrase, edtf, precision], i) => {
				const got = found[i]!;
				expect({ paragraph: got.paragraph, edtf: got.edtf, precision: got.precision }).toEqual({
					paragraph,
					edtf,
					precision,
				});
				// Chrono may leave out a preposition ("September" of "in September"), never take in other words.
				expect(phrase.toLowerCase()).toContain(got.text.toLowerCase());
			});
		},
	);

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
		[
			'Monday',
			'written on Friday 13 October 2023 (the Monday before, never the one after)',
			'2023-10-13',
			'2023-10-09',
		],
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
		expect(resolve('They meet next Friday.', '2023-10-13')).toEqual([
			['next Friday', '2023-10-20', 'day'],
		]);
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

	test.each(['in recent weeks', 'over the past few days', 'in the last several months'])(
		'reads "%s" as a period open at its start that ends on the day of writing',
		(words) => {
			expect(resolve(`Deliveries rose ${words}.`, '2023-10-13')).toEqual([
				[words, '[..2023-10-13]', 'day'],
			]);
		},
	);

	test('finds nothing in a time of day alone or in "earlier"', () => {
		expect(resolve('Earlier, at 3 pm, the ship left.', '2023-10-13')).toEqual([]);
	});
});

describe('an article dated only to its month or year', () => {
	test.each([
		['They met on Tuesday.', 'on Tuesday'],
		['The vote was held yesterday.', 'yesterday'],
		['The carrier docked on the 21st.', 'on the 21st'],
		['Deliveries rose in recent weeks.', 'in recent weeks'],
		['Shipments doubled last week.', 'last week'],
	])('lists "%s", published 2023-10, as unresolved, never as an invented day', (text, words) => {
		expect(resolve(text, '2023-10')).toEqual([[words, 'unresolved: published 2023-10']]);
	});

	test.each([
		['It happened in September.', '2023-09', 'month'],
		['It flared last month.', '2023-09', 'month'],
		['They met on 13 September.', '2023-09-13', 'day'],
		['Shipments went between 7 September and 1 October.', '2023-09-07/2023-10-01', 'day'],
	])(
		'resolves "%s", published 2023-10, as the words need no day of writing',
		(text, edtf, precision) => {
			expect(resolve(text, '2023-10').map(([, e, p]) => [e, p])).toEqual([[edtf, precision]]);
		},
	);

	test('lists "in September", published in 2023 with no month, as unresolved: it may be 2022', () => {
		expect(resolve('It happened in September.', '2023')).toEqual([
			['September', 'unresolved: published 2023'],
		]);
	});

	test('reads "last month" written on 31 October as September, not October', () => {
		expect(resolve('It flared last month.', '2023-10-31')).toEqual([
			['last month', '2023-09', 'month'],
		]);
	});
});

describe('what is not a date', () => {
	test.each([
		'The talks lasted for five days.',
		'Kim stayed for two weeks.',
		'They talked for about four hours.',
		'A five-day visit ended.',
		'The 3-day trip ended.',
	])('finds no date in a duration: "%s"', (text) => {
		expect(resolve(text, '2023-10-14')).toEqual([]);
	});

	test.each(['3 hours ago', 'Updated 10 minutes ago', 'At 10:00 the ship left.', 'Posted 14:32'])(
		'takes the clock time "%s" for page furniture, not a date',
		(text) => {
			expect(resolve(text, '2023-10-14')).toEqual([]);
		},
	);

	test('keeps the day of "at 10:00 on Thursday" and drops only its clock time', () => {
		expect(resolve('The navy said at 10:00 on Thursday.', '2023-10-14').map(([, e]) => e)).toEqual([
			'2023-10-12',
		]);
	});

	test.each([
		['They met two days later.', 'two days later'],
		['The carrier docked a day before the protest.', 'a day before'],
		['Kim crossed the border. The next day he met Putin.', 'next day'],
	])('lists "%s", counted from another event, as unresolved', (text, words) => {
		expect(resolve(text, '2023-10-14')).toEqual([
			[words, 'unresolved: counted from another event'],
		]);
	});
});

describe('ordinal days', () => {
	test('reads "on the 12th" in the month named earlier in the paragraph', () => {
		expect(
			resolve('In September Kim arrived in Russia, and on the 12th he met Putin.', '2023-10-14'),
		).toEqual([
			['September', '2023-09', 'month'],
			['on the 12th', '2023-09-12', 'day'],
		]);
	});

	test.each([
		['on the 12th', '2023-10-12', 'the month of writing'],
		[
			'on the 21st',
			'2023-09-21',
			'the month before, as the 21st of October is still to come on the 14th',
		],
	])('reads "%s" without a month, written on 14 October 2023, as %s: %s', (words, edtf) => {
		expect(resolve(`The carrier docked ${words}.`, '2023-10-14')).toEqual([[words, edtf, 'day']]);
	});

	test('takes the month of "last month" for "on the 21st" after it', () => {
		expect(
			resolve('Last month, on the 21st, the ship left.', '2023-10-14').map(([, e]) => e),
		).toEqual(['2023-09', '2023-09-21']);
	});

	test('takes no month from a duration before "on the 12th": the month of writing', () => {
		expect(resolve('Talks went on for three weeks and ended on the 12th.', '2023-10-14')).toEqual([
			['on the 12th', '2023-10-12', 'day'],
		]);
	});

	test.each(['the 21st century', 'the 7th Fleet', 'the 38th parallel'])(
		'finds no date in "%s"',
		(words) => {
			expect(resolve(`It sailed on ${words}.`, '2023-10-14')).toEqual([]);
		},
	);
});

describe('the source’s language picks chrono-node’s locale', () => {
	test('reads a German passage with German rules: a range, a weekday and a day of a month', () => {
		const text =
			'Die Lieferungen erfolgten zwischen dem 7. September und dem 1. Oktober, sagte Kirby am Freitag. Kim traf Putin am 13. September.';
		expect(resolve(text, '2023-10-14', 'de')).toEqual([
			['zwischen dem 7. September und dem 1. Oktober', '2023-09-07/2023-10-01', 'day'],
			['am Freitag', '2023-10-13', 'day'],
			['am 13. September', '2023-09-13', 'day'],
		]);
	});

	test('reads a French passage with French rules, and a duration as no date', () => {
		const text =
			'Le porte-avions est arrivé jeudi à Busan. La Corée du Nord a livré des conteneurs entre le 7 septembre et le 1er octobre, pendant cinq jours.';
		expect(resolve(text, '2023-10-14', 'fr')).toEqual([
			['jeudi', '2023-10-12', 'day'],
			['entre le 7 septembre et le 1er octobre', '2023-09-07/2023-10-01', 'day'],
		]);
	});

	test('reads "13. September" in German as a day, which English rules read as a month', () => {
		expect(
			resolve('Sie trafen sich am 13. September.', '2023-10-14', 'de').map(([, e]) => e),
		).toEqual(['2023-09-13']);
		expect(
			resolve('Sie trafen sich am 13. September.', '2023-10-14', 'en').map(([, e]) => e),
		).not.toEqual(['2023-09-13']);
	});

	test.each([
		['en-GB', '2023-10-05'],
		['en', '2023-05-10'],
	])('reads "05/10/2023" in %s as %s', (language, edtf) => {
		expect(resolve('Published 05/10/2023.', '2023-10-14', language).map(([, e]) => e)).toEqual([
			edtf,
		]);
	});

	test('reads a language chrono-node has no locale for (Korean) with English rules', () => {
		expect(resolve('2023-10-13 백악관 발표.', '2023-10-14', 'ko').map(([, e]) => e)).toEqual([
			'2023-10-13',
		]);
	});
});
