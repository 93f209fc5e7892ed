import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { buildChronology } from '../../../src/lib/chronology.ts';
import { citationsCsv, eventsCsv } from '../../../src/lib/exports/chronology-csv.ts';
import { chronologyJson } from '../../../src/lib/exports/chronology-json.ts';
import { quoteAnchor } from '../../../src/lib/quote-anchor.ts';
import { createRoutes } from '../../../src/lib/routes.ts';
import { event as eventEntry, source } from '../../fixtures/chronology.ts';

const SOURCE = source({
	id: '2023-10-14-euronews',
	title: 'Article',
	publisher: 'Euronews',
	published: '2023-10-14',
});

function event(slug: string, date: string, quote: string, extra: Record<string, unknown> = {}) {
	return eventEntry({
		slug,
		title: `Title, "${slug}"`,
		summary: 'A summary.',
		date,
		actors: ['Kim Jong Un', 'Vladimir Putin'],
		citations: [{ source: SOURCE.id, paragraph: 3, quote }],
		...extra,
	});
}

const routes = createRoutes({ base: '/chronology/', site: 'https://news.example' });

const chronology = buildChronology({
	routes,
	sources: [SOURCE],
	events: [
		event('briefing', '2023-10-13', '“an undisguised military provocation”', {
			attribution: 'the White House',
		}),
		event('summit', '2023-09', 'traveled to Russia, to meet "Putin"'),
		event('carrier', '[..2023-10-13]', 'carrier'),
	],
});
const location = routes.absolute;

describe('the JSON export', () => {
	const json = chronologyJson(chronology, location, {
		title: 'T',
		description: 'D',
		licence: { name: 'L', url: 'https://licence.example/', note: 'N' },
	});

	test('lists events in the chronology’s order with absolute links under the base path', () => {
		expect(json.events.map((item) => item.id)).toEqual(['summit', 'carrier', 'briefing']);
		expect(json.events[0]).toMatchObject({
			url: 'https://news.example/chronology/#summit',
			page: 'https://news.example/chronology/events/summit/',
		});
		expect(json.events[0]?.citations[0]?.url).toBe(
			`https://news.example/chronology/sources/2023-10-14-euronews/#${quoteAnchor('traveled to Russia, to meet "Putin"')}`,
		);
	});

	test('keeps dates honest: EDTF as written, no first day for an open start', () => {
		const [summit, carrier] = json.events;
		expect(summit?.date).toEqual({
			edtf: '2023-09',
			label: 'September 2023',
			first: '2023-09-01',
			last: '2023-09-30',
		});
		expect(carrier?.date).toMatchObject({
			edtf: '[..2023-10-13]',
			first: null,
			last: '2023-10-13',
		});
	});

	test('carries the quote verbatim and the attribution', () => {
		expect(json.events[2]).toMatchObject({
			attribution: 'the White House',
			citations: [{ quote: '“an undisguised military provocation”', paragraph: 3, original: null }],
		});
	});

	test('counts outlets, not independent sources, as the pages do', () => {
		expect(json.events[2]).not.toHaveProperty('independentSources');
		expect(json.events[2]?.corroboration).toEqual({
			outlets: 1,
			reports: 1,
			label: 'Reported by 1 outlet, Euronews',
		});
	});
});

describe('the CSV exports', () => {
	test('give one row per event that a CSV reader reads back intact, quotes and commas included', () => {
		const rows = parseCsv(eventsCsv(chronology, location), { columns: true, bom: true }) as Record<
			string,
			string
		>[];
		expect(rows.map((row) => row['id'])).toEqual(['summit', 'carrier', 'briefing']);
		expect(rows[0]).toMatchObject({
			title: 'Title, "summit"',
			date_edtf: '2023-09',
			first_day: '2023-09-01',
			actors: 'Kim Jong Un; Vladimir Putin',
		});
		expect(rows[1]).toMatchObject({ first_day: '', last_day: '2023-10-13' });
	});

	test('give each event its outlets and separate reports, and no count of independent sources', () => {
		const [summit] = parseCsv(eventsCsv(chronology, location), {
			columns: true,
			bom: true,
		}) as Record<string, string>[];
		expect(summit).toMatchObject({ outlets: '1', separate_reports: '1' });
		expect(summit).not.toHaveProperty('independent_sources');
	});

	test('open with a UTF-8 byte order mark, so Excel reads “quotes” and dashes as written', () => {
		for (const csv of [eventsCsv(chronology, location), citationsCsv(chronology, location)]) {
			expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			expect(csv.slice(1, 3)).not.toBe('\uFEFF');
		}
	});

	test('give one row per citation with its verbatim quote and a link to its mark', () => {
		const rows = parseCsv(citationsCsv(chronology, location), {
			columns: true,
			bom: true,
		}) as Record<string, string>[];
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatchObject({
			event: 'summit',
			quote: 'traveled to Russia, to meet "Putin"',
			url: `https://news.example/chronology/sources/2023-10-14-euronews/#${quoteAnchor('traveled to Russia, to meet "Putin"')}`,
		});
	});
});
