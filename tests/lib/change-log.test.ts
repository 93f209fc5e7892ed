import { describe, expect, test } from 'vitest';
import { buildChronology } from '../../src/lib/chronology.ts';
import { correctionDetail } from '../../src/lib/change-log.ts';
import { parseCalendarDate, type CalendarDate } from '../../src/lib/dates/index.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { event, EURONEWS, PRAVDA, source } from '../fixtures/chronology.ts';

const day = (iso: string) => parseCalendarDate(iso) as CalendarDate;
const routes = createRoutes({ base: '/chronology/' });
const cite = [{ source: EURONEWS.id, paragraph: 2, quote: 'containers' }];
const corrected = source({
	...EURONEWS,
	corrections: [{ date: '2026-12-01', previous: 'a'.repeat(64), added: 1, removed: 0, changed: 2 }],
});

const { changes } = buildChronology({
	routes,
	events: [
		event({ slug: 'summit', title: 'Kim meets Putin', date: '2023-09', citations: cite }),
		event({ slug: 'briefing', title: 'Kirby briefs', date: '2023-10-13', citations: cite }),
	],
	sources: [corrected, source(PRAVDA)],
	eventHistory: new Map([
		['summit', [day('2026-11-21'), day('2026-12-01')]],
		['briefing', [day('2026-11-21')]],
	]),
});

describe('the corrections log', () => {
	test('lists additions and changes of events from their history and corrections of sources, newest first', () => {
		expect(changes.map(({ kind, iso, title }) => [iso, kind, title])).toEqual([
			['2026-12-01', 'corrected', `Euronews: ${EURONEWS.title}`],
			['2026-12-01', 'changed', 'Kim meets Putin'],
			['2026-11-21', 'added', 'Kim meets Putin'],
			['2026-11-21', 'added', 'Kirby briefs'],
		]);
	});

	test('links each line to the event’s or the source’s page, says what changed, and gives it a unique anchor', () => {
		expect(changes[0]).toMatchObject({
			href: '/chronology/sources/2023-10-14-euronews/',
			label: '1 December 2026',
			detail: '2 paragraphs changed, 1 added.',
		});
		expect(changes[1]).toMatchObject({
			href: '/chronology/events/summit/',
			anchor: 'change-changed-summit-2026-12-01',
		});
		expect(new Set(changes.map((change) => change.anchor)).size).toBe(changes.length);
	});

	test('is empty without history or corrections', () => {
		expect(
			buildChronology({
				routes,
				events: [event({ slug: 'summit', date: '2023-09', citations: cite })],
				sources: [source(EURONEWS)],
			}).changes,
		).toEqual([]);
	});

	test.each([
		[{ added: 0, removed: 0, changed: 1 }, '1 paragraph changed.'],
		[{ added: 2, removed: 1, changed: 0 }, '2 paragraphs added, 1 removed.'],
		[{ added: 0, removed: 0, changed: 0 }, 'Its text corrected, its paragraphs unchanged.'],
	])('says what a correction did to the paragraphs: %o', (counts, sentence) => {
		expect(correctionDetail(counts)).toBe(sentence);
	});
});
