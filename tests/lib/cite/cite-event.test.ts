import { describe, expect, test } from 'vitest';
import { citeWeb, plainCitation } from '../../../src/lib/cite/cite-event.ts';
import { buildChronology } from '../../../src/lib/chronology.ts';
import { createRoutes } from '../../../src/lib/routes.ts';
import { event, EURONEWS, source } from '../../fixtures/chronology.ts';

const SHIPMENTS = {
	slug: 'container-shipments',
	title: 'Containers shipped [via Najin] | by rail',
	date: '2023-09-07/2023-10-01',
	citations: [{ source: EURONEWS.id, paragraph: 2, quote: 'containers' }],
};
/** The event's file last changed on 21 November 2026 (as git would tell). */
const [shipments] = buildChronology({
	events: [event(SHIPMENTS)],
	sources: [source(EURONEWS)],
	routes: createRoutes({ base: '/' }),
	eventChanged: new Map([
		[SHIPMENTS.slug, { year: 2026, month: 11, day: 21, precision: 'day' } as const],
	]),
}).events;
const URL = 'https://news.example/events/container-shipments/';
const SITE = { name: 'The chronology' };
/** The date label's dash, thin spaces either side. */
const DASH = '\u2009–\u2009';

describe('citing an event', () => {
	test('in plain text gives the site, the title, the date as a reader sees it, the address and the day it was updated', () => {
		expect(plainCitation(shipments!, URL, SITE)).toBe(
			`The chronology. “Containers shipped [via Najin] | by rail” (7 September${DASH}1 October 2023). https://news.example/events/container-shipments/. Updated 21 November 2026.`,
		);
	});

	test('in {{cite web}} puts the event’s date in the title, the update in |date=, leaves |access-date= to the editor, and keeps | [ ] from breaking the template', () => {
		expect(citeWeb(shipments!, URL, SITE)).toBe(
			`{{cite web |url=https://news.example/events/container-shipments/ |title=Containers shipped &#91;via Najin&#93; &#124; by rail (7 September${DASH}1 October 2023) |website=The chronology |date=2026-11-21 |access-date=}}`,
		);
	});
});
