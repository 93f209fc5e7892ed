import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { CalendarDate } from '../../src/lib/dates/index.ts';
import { findLeads } from '../../src/leads/find-leads.ts';
import { readEvents, readSources, type LeadSource } from '../../src/leads/read-content.ts';

const content = (folder: string) => fileURLToPath(new URL(`../../content/${folder}/`, import.meta.url));
const SUMMIT_DAY = fileURLToPath(new URL('fixtures/summit-day/sources/', import.meta.url));

const events = await readEvents(content('events'));

function source(id: string, written: CalendarDate, ...texts: string[]): LeadSource {
	return { id, file: `${id}.mdx`, published: written, paragraphs: texts.map((text, i) => ({ number: i + 1, text, written })) };
}
const SEPT_15: CalendarDate = { year: 2023, month: 9, day: 15, precision: 'day' };

describe('leads for the current content', async () => {
	const leads = findLeads(await readSources(content('sources')), events);

	test('lists the one paragraph no event cites: European Pravda’s credit line', () => {
		expect(leads.map((s) => [s.source, s.uncited])).toEqual([
			['2023-10-13-european-pravda', [{ paragraph: 2, opening: 'Source: reports from journalists present at a closed …' }]],
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
				passage:
					"North Korean leader Kim Jong Un and Russian President Vladimir Putin met on Wednesday at the Vostochny Cosmodrome in Russia's Far East, the Kremlin said.",
				matched: ['Kim Jong Un', 'Vladimir Putin', 'Russia'],
			},
		]);
		expect(leads!.uncited.map((p) => p.paragraph)).toEqual([1, 2, 3]);
	});

	test('quotes only the sentence holding the date, not the whole paragraph', () => {
		const [leads] = findLeads([source('wire', SEPT_15, 'Tensions rose. Kim Jong Un met Vladimir Putin on Wednesday. Talks lasted hours.')], events);
		expect(leads!.refinements.map((r) => r.passage)).toEqual(['Kim Jong Un met Vladimir Putin on Wednesday.']);
	});

	test('proposes nothing for a date outside the event’s own', () => {
		const [leads] = findLeads([source('wire', { year: 2023, month: 10, day: 20, precision: 'day' }, 'Kim Jong Un met Vladimir Putin on Wednesday.')], events);
		expect(leads!.dates.map((d) => d.edtf)).toEqual(['2023-10-18']);
		expect(leads!.refinements).toEqual([]);
	});

	test('proposes nothing when the sentence names only what most events share (North Korea, Russia)', () => {
		const [leads] = findLeads([source('wire', SEPT_15, 'North Korea sent shells to Russia on Wednesday.')], events);
		expect(leads!.dates.map((d) => d.edtf)).toEqual(['2023-09-13']);
		expect(leads!.refinements).toEqual([]);
	});

	test('proposes nothing from a paragraph the event already cites', () => {
		const [leads] = findLeads([source('2023-10-14-euronews', { year: 2023, month: 10, day: 14, precision: 'day' }, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'North Korea lashed out Friday at the arrival of a US aircraft carrier battle group in South Korea.')], events);
		expect(leads!.dates.map((d) => [d.paragraph, d.edtf])).toEqual([[8, '2023-10-13']]);
		expect(leads!.refinements).toEqual([]);
	});

	test('counts two names each shared with one other event as enough to single it out', () => {
		const written: CalendarDate = { year: 2023, month: 10, day: 14, precision: 'day' };
		// "South Korea" and the tag "military" belong to the carrier's arrival and to KCNA's statement;
		// only the arrival can be dated Thursday 12 October ("on or before 13 October"), KCNA's is the 13th.
		const [twoNames] = findLeads([source('wire', written, 'The carrier group docked in South Korea on Thursday for military drills.')], events);
		expect(twoNames!.refinements.map((r) => [r.event, r.eventDate, r.edtf, r.matched])).toEqual([
			['us-carrier-group-in-south-korea', '[..2023-10-13]', '2023-10-12', ['South Korea', 'military']],
		]);
		const [oneName] = findLeads([source('wire', written, 'The carrier group docked in South Korea on Thursday.')], events);
		expect(oneName!.refinements).toEqual([]);
	});
});
