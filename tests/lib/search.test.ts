import { describe, expect, test } from 'vitest';
import { quoteRecords } from '../../src/lib/search/quote-records.ts';
import { resultKind } from '../../src/lib/search/result-kind.ts';

const citation = (quote: string, anchor: string, publisher = 'Euronews') => ({
	publisher,
	published: '2023-10-14',
	quote,
	url: `https://news.example/chronology/sources/2023-10-14-euronews/#${anchor}`,
});

describe('quoteRecords', () => {
	test('makes each cited quote one record, linked to its mark without the base, titled by its outlet and first words', () => {
		const long =
			'The containers were shipped between 7 September and 1 October, from Najin in North Korea to Dunay in Russia';
		const records = quoteRecords(
			{
				events: [
					{ title: 'Shipments', citations: [citation(long, 'q-the-containers-were-shipped-1')] },
					{
						title: 'Briefing',
						citations: [
							citation(long, 'q-the-containers-were-shipped-1'),
							citation('We condemn the DPRK', 'q-we-condemn-the-dprk-2'),
						],
					},
				],
			},
			'/chronology/',
		);
		expect(records).toEqual([
			{
				url: '/sources/2023-10-14-euronews/#q-the-containers-were-shipped-1',
				content: long,
				language: 'en',
				meta: {
					title:
						'Euronews: “The containers were shipped between 7 September and 1 October, from Najin…”',
					kind: 'Quote',
					event: 'Shipments',
				},
			},
			{
				url: '/sources/2023-10-14-euronews/#q-we-condemn-the-dprk-2',
				content: 'We condemn the DPRK',
				language: 'en',
				meta: { title: 'Euronews: “We condemn the DPRK”', kind: 'Quote', event: 'Briefing' },
			},
		]);
	});
});

describe('resultKind', () => {
	test.each([
		['/chronology/events/kim-putin-summit/', 'Event'],
		['/chronology/sources/2023-10-14-euronews/', 'Source'],
		['/chronology/sources/2023-10-14-euronews/#q-we-condemn-the-dprk-2', 'Quote'],
		['/chronology/data/', undefined],
	])('tells %s is a result of kind %s', (url, kind) => {
		expect(resultKind(url, '/chronology/')).toBe(kind);
	});
});
