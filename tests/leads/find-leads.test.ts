import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { CalendarDate } from '../../src/lib/dates/index.ts';
import { findLeads, type SourceLeads } from '../../src/leads/find-leads.ts';
import {
	readEvents,
	readSources,
	type LeadEvent,
	type LeadSource,
} from '../../src/leads/read-content.ts';

const content = (folder: string) =>
	fileURLToPath(new URL(`../../content/${folder}/`, import.meta.url));
const SUMMIT_DAY = fileURLToPath(new URL('fixtures/summit-day/sources/', import.meta.url));

const events = await readEvents(content('events'));

function source(id: string, written: CalendarDate, ...texts: string[]): LeadSource {
	return {
		id,
		file: `${id}.mdx`,
		published: written,
		language: 'en',
		paragraphs: texts.map((text, i) => ({ number: i + 1, text, written })),
	};
}

/** The resolved dates of a source's leads, in EDTF. */
const edtfs = (leads: SourceLeads) => leads.dates.map((d) => ('edtf' in d ? d.edtf : d.unresolved));
const SEPT_15: CalendarDate = { year: 2023, month: 9, day: 15, precision: 'day' };

describe('leads for the current content', async () => {
	const leads = findLeads(await readSources(content('sources')), events);

	test('lists the one paragraph no event cites: European Pravda’s credit line', () => {
		expect(leads.map((s) => [s.source, s.uncited])).toEqual([
			[
				'2023-10-13-european-pravda',
				[{ paragraph: 2, opening: 'Source: reports from journalists present at a closed …' }],
			],
			['2023-10-14-euronews', []],
		]);
	});

	test('proposes no refinement: every date the seeds give is already in the events that cite them', () => {
		expect(leads.flatMap((s) => s.refinements)).toEqual([]);
	});
});

describe('candidate refinements', () => {
	test('proposes the day of the Kim–Putin summit, dated to its month only, from an article that gives it', async () => {
		const [leads] = findLeads(await readSources(SUMMIT_DAY), events);
		expect(leads!.refinements).toEqual([
			{
				event: 'kim-putin-summit',
				eventDate: '2023-09',
				paragraph: 1,
				expression: 'on Wednesday',
				edtf: '2023-09-13',
				reading: 'date',
				passage:
					"North Korean leader Kim Jong Un and Russian President Vladimir Putin met on Wednesday at the Vostochny Cosmodrome in Russia's Far East, the Kremlin said.",
				matched: expect.arrayContaining([
					{ term: 'Kim Jong Un', as: 'Kim Jong Un', weight: 1 },
					{ term: 'Vladimir Putin', as: 'Vladimir Putin', weight: 1 },
					{ term: 'Russia', as: 'Russian', weight: expect.closeTo(1 / 5, 2) },
				]),
				score: expect.any(Number),
			},
		]);
		expect(leads!.uncited.map((p) => p.paragraph)).toEqual([1, 2, 3]);
	});

	test('quotes only the sentence holding the date, not the whole paragraph', () => {
		const [leads] = findLeads(
			[
				source(
					'wire',
					SEPT_15,
					'Tensions rose. Kim Jong Un met Vladimir Putin on Wednesday. Talks lasted hours.',
				),
			],
			events,
		);
		expect(leads!.refinements.map((r) => r.passage)).toEqual([
			'Kim Jong Un met Vladimir Putin on Wednesday.',
		]);
	});

	test('proposes nothing for a date outside the event’s own', () => {
		const [leads] = findLeads(
			[
				source(
					'wire',
					{ year: 2023, month: 10, day: 20, precision: 'day' },
					'Kim Jong Un met Vladimir Putin on Wednesday.',
				),
			],
			events,
		);
		expect(edtfs(leads!)).toEqual(['2023-10-18']);
		expect(leads!.refinements).toEqual([]);
	});

	test('proposes nothing when the sentence names only what most events share (North Korea, Russia)', () => {
		const [leads] = findLeads(
			[source('wire', SEPT_15, 'North Korea sent shells to Russia on Wednesday.')],
			events,
		);
		expect(edtfs(leads!)).toEqual(['2023-09-13']);
		expect(leads!.refinements).toEqual([]);
	});

	test('proposes nothing from a paragraph the event already cites', () => {
		const [leads] = findLeads(
			[
				source(
					'2023-10-14-euronews',
					{ year: 2023, month: 10, day: 14, precision: 'day' },
					'x',
					'x',
					'x',
					'x',
					'x',
					'x',
					'x',
					'North Korea lashed out Friday at the arrival of a US aircraft carrier battle group in South Korea.',
				),
			],
			events,
		);
		expect(leads!.dates.map((d) => [d.paragraph, 'edtf' in d && d.edtf])).toEqual([
			[8, '2023-10-13'],
		]);
		expect(leads!.refinements).toEqual([]);
	});

	test('counts two names each shared with one other event as enough to single it out', () => {
		const written: CalendarDate = { year: 2023, month: 10, day: 14, precision: 'day' };
		// "South Korea" and the tag "military" belong to the carrier's arrival and to KCNA's statement;
		// only the arrival can be dated Thursday 12 October ("on or before 13 October"), KCNA's is the 13th.
		const [twoNames] = findLeads(
			[
				source(
					'wire',
					written,
					'The carrier group docked in South Korea on Thursday for military drills.',
				),
			],
			events,
		);
		expect(
			twoNames!.refinements.map((r) => [
				r.event,
				r.eventDate,
				r.edtf,
				r.matched.map((m) => m.term).sort(),
			]),
		).toEqual([
			[
				'us-carrier-group-in-south-korea',
				'[..2023-10-13]',
				'2023-10-12',
				['South Korea', 'carrier', 'group', 'military'],
			],
		]);
		const [oneName] = findLeads(
			[source('wire', written, 'The ship docked in South Korea on Thursday.')],
			events,
		);
		expect(oneName!.refinements).toEqual([]);
	});

	test.each([
		['U.S.', 'The U.S. carrier arrived in Busan on Thursday.'],
		['US', 'The US carrier arrived in Busan on Thursday.'],
		['American', 'The American carrier arrived in Busan on Thursday.'],
		['USA', 'A USA carrier arrived in Busan on Thursday.'],
	])('reads "%s" as the United States, an actor of the carrier’s arrival', (as, text) => {
		const [leads] = findLeads(
			[source('wire', { year: 2023, month: 10, day: 14, precision: 'day' }, text)],
			events,
		);
		const lead = leads!.refinements.find((r) => r.event === 'us-carrier-group-in-south-korea');
		// Four events name the United States (the think tank's by "US think tank" in its title): 1/4.
		expect(lead?.matched).toContainEqual({ term: 'United States', as, weight: 1 / 4 });
	});

	test.each(['N. Korea', 'DPRK', 'Pyongyang', 'North Korean'])(
		'reads "%s" as North Korea',
		(as) => {
			const [leads] = findLeads(
				[
					source(
						'wire',
						SEPT_15,
						`${as} and Vladimir Putin’s officials met Kim Jong Un on Wednesday.`,
					),
				],
				events,
			);
			const lead = leads!.refinements.find((r) => r.event === 'kim-putin-summit');
			expect(lead?.matched.map((m) => [m.term, m.as])).toContainEqual(['North Korea', as]);
		},
	);

	test('matches the words of an event’s title and summary, at half the weight of a name, and says so', () => {
		// No actor, place or tag of the shipments is named; its title and summary words are.
		const [leads] = findLeads(
			[
				source(
					'wire',
					SEPT_15,
					'The first containers of munitions were shipped by rail on Wednesday.',
				),
			],
			events,
		);
		const lead = leads!.refinements.find((r) => r.event === 'container-shipments-to-russia');
		expect(lead?.matched.map((m) => m.term)).toEqual(
			expect.arrayContaining(['rail', 'container', 'munition']),
		);
		expect(lead?.matched.find((m) => m.term === 'rail')?.weight).toBe(0.5);
	});

	test('ranks refinements heaviest first', () => {
		const [leads] = findLeads(
			[
				source(
					'wire',
					SEPT_15,
					'Kim met Putin on Tuesday.',
					'North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday.',
				),
			],
			events,
		);
		const scores = leads!.refinements.map((r) => r.score);
		expect(scores.length).toBeGreaterThan(1);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		expect(leads!.refinements[0]).toMatchObject({ event: 'kim-putin-summit', paragraph: 2 });
	});

	test('dates a departure as "on or after", and only for the event of the clause that names it', () => {
		// The date is Kim's departure; Najin and the containers, which single out the shipments, are in
		// another clause, so the shipments (7 September – 1 October) are not dated 10 September.
		const [leads] = findLeads(
			[
				source(
					'wire',
					SEPT_15,
					'Kim Jong Un left Pyongyang for Russia on 10 September, while containers of munitions were being loaded at Najin.',
				),
			],
			events,
		);
		expect(leads!.refinements.map((r) => [r.event, r.edtf, r.reading])).toEqual([
			['kim-putin-summit', '[2023-09-10..2023-09]', 'departure'],
		]);
	});

	test.each([
		'On 10 September Kim Jong Un left Pyongyang for Russia.',
		'Kim Jong Un departed for Russia on 10 September.',
		'Kim Jong Un set off for Russia on 10 September aboard his train.',
	])('reads "%s" as a departure, not as the day of the summit', (text) => {
		const [leads] = findLeads([source('wire', SEPT_15, text)], events);
		expect(leads!.refinements.map((r) => [r.event, r.edtf, r.reading])).toEqual([
			['kim-putin-summit', '[2023-09-10..2023-09]', 'departure'],
		]);
	});

	test('reads "a delegation headed by Kim Jong Un" as no departure', () => {
		const [leads] = findLeads(
			[
				source(
					'wire',
					SEPT_15,
					'A delegation headed by Kim Jong Un met Vladimir Putin on 13 September.',
				),
			],
			events,
		);
		expect(leads!.refinements.map((r) => [r.event, r.edtf, r.reading])).toEqual([
			['kim-putin-summit', '2023-09-13', 'date'],
		]);
	});

	test('dates what was said, not the saying: "Kirby said on Friday that…" proposes no day for the carrier', () => {
		const written: CalendarDate = { year: 2023, month: 10, day: 14, precision: 'day' };
		const [leads] = findLeads(
			[
				source(
					'wire',
					written,
					'Kirby said on Friday that the US carrier in South Korea is on a military mission.',
				),
			],
			events,
		);
		expect(leads!.refinements).toEqual([]);
	});

	test('proposes nothing from a weekday in an article dated only to its month, and lists it as unresolved', () => {
		const [leads] = findLeads(
			[
				source(
					'monthly',
					{ year: 2023, month: 9, precision: 'month' },
					'Kim Jong Un met Vladimir Putin on Wednesday.',
				),
			],
			events,
		);
		expect(leads!.dates).toEqual([
			{ paragraph: 1, text: 'on Wednesday', unresolved: 'published 2023-09' },
		]);
		expect(leads!.refinements).toEqual([]);
	});

	test('splits a paragraph with no spaces after its full stops, and quotes one sentence', () => {
		const [leads] = findLeads(
			[
				source(
					'wire',
					SEPT_15,
					'Tensions rose.Kim Jong Un met Vladimir Putin on Wednesday.Talks lasted for four hours.',
				),
			],
			events,
		);
		expect(leads!.refinements.map((r) => r.passage)).toEqual([
			'Kim Jong Un met Vladimir Putin on Wednesday.',
		]);
		expect(edtfs(leads!)).toEqual(['2023-09-13']);
	});

	test('proposes the summit day from a German article, through German dates and names', () => {
		const de = {
			...source(
				'zeitung',
				{ year: 2023, month: 10, day: 14, precision: 'day' },
				'Kim Jong Un traf Wladimir Putin am 13. September in Russland.',
			),
			language: 'de',
		};
		const [leads] = findLeads([de], events);
		expect(leads!.locale).toBe('de');
		expect(leads!.refinements.map((r) => [r.event, r.edtf])).toEqual([
			['kim-putin-summit', '2023-09-13'],
		]);
	});

	test('still proposes the summit’s day among 500 more events, each with names of its own', async () => {
		const many: LeadEvent[] = Array.from({ length: 500 }, (_, i) => ({
			slug: `synthetic-${i}`,
			title: `Official ${i} visits port ${i} in Region ${i}`,
			summary: `Minister ${i} Lee inspected Port ${i}.`,
			date: { kind: 'point', date: { year: 2023, month: 9, precision: 'month' } },
			actors: [`Minister ${i} Lee`, 'North Korea'],
			places: [`Port ${i}`],
			tags: ['synthetic'],
			cited: [],
		}));
		const [leads] = findLeads(await readSources(SUMMIT_DAY), [...events, ...many]);
		expect(leads!.refinements.map((r) => [r.event, r.edtf])).toEqual([
			['kim-putin-summit', '2023-09-13'],
		]);
		const northKorea = leads!.refinements[0]!.matched.find((m) => m.term === 'North Korea');
		expect(northKorea?.weight).toBeCloseTo(1 / 507);
	});
});
