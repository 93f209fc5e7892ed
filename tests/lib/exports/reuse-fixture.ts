import { createRoutes } from '../../../src/lib/routes.ts';
import { chronologyOf, EURONEWS, PRAVDA } from '../../fixtures/chronology.ts';

/** Where the exports of these tests are published: a sub-path of another domain. */
export const routes = createRoutes({ base: '/chronology/', site: 'https://news.example' });

/** Two sources' paragraphs, as their pages number them: what the citations below quote. */
export const PARAGRAPHS = new Map([
	[
		EURONEWS.id,
		[
			{ number: 1, text: 'By Euronews with AP' },
			{
				number: 2,
				text: 'The containers were shipped between 7 September and 1 October, from Najin in North Korea to Dunay in Russia, according to the White House.',
			},
			{
				number: 3,
				text: 'Tensions flared last month, when North Korean leader Kim Jong Un traveled to Russia to meet President Vladimir Putin.',
			},
		],
	],
	[
		PRAVDA.id,
		[
			{
				number: 1,
				text: 'North Korea lashed out Friday at the arrival of a US aircraft carrier; "We condemn", Kirby said.',
			},
		],
	],
]);

/** One event of each kind of date: a month, a period, a day, an open start, bounds at two precisions. */
export const chronology = chronologyOf(
	[
		{
			slug: 'kim-putin-summit',
			date: '2023-09',
			title: 'Kim meets Putin',
			tags: ['summit'],
			citations: [{ source: EURONEWS.id, paragraph: 3, quote: 'Kim Jong Un traveled to Russia' }],
		},
		{
			slug: 'container-shipments',
			date: '2023-09-07/2023-10-01',
			title: 'Containers shipped, <1,000+>',
			attribution: 'the White House',
			citations: [
				{ source: EURONEWS.id, paragraph: 2, quote: 'shipped between 7 September and 1 October' },
			],
		},
		{
			slug: 'carrier-arrives',
			date: '[..2023-10-13]',
			title: 'Carrier arrives; North Korea reacts',
			citations: [{ source: PRAVDA.id, paragraph: 1, quote: 'arrival of a US aircraft carrier' }],
		},
		{
			slug: 'condemnation',
			date: '2023-10-13',
			title: 'Kirby condemns',
			citations: [{ source: PRAVDA.id, paragraph: 1, quote: '"We condemn", Kirby said.' }],
		},
		{
			slug: 'think-tank-images',
			date: '[2023-09..2023-10-12]',
			title: 'Satellite images',
			citations: [{ source: EURONEWS.id, paragraph: 3, quote: 'Tensions flared' }],
		},
	],
	[{ ...EURONEWS, url: 'https://www.euronews.example/2023/10/14/munitions' }, PRAVDA],
	routes,
);
