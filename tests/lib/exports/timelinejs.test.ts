import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { timelineJs } from '../../../src/lib/exports/timelinejs.ts';
import timelineJsFormat from './fixtures/timelinejs3.schema.json' with { type: 'json' };
import { chronology, routes } from './reuse-fixture.ts';

const timeline = timelineJs(
	chronology,
	{ title: 'Chronology & co', description: 'What happened.', credit: 'CC BY 4.0' },
	routes.canonical,
);
const bySlug = new Map(timeline.events.map((slide) => [slide.unique_id, slide]));

describe('the TimelineJS3 export', () => {
	test('has the shape TimelineJS3 documents, read back from its JSON text', () => {
		const validate = new Ajv2020({ allErrors: true }).compile(timelineJsFormat);
		const parsed: unknown = JSON.parse(JSON.stringify(timeline));
		expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
	});

	test('opens with a title slide and gives one slide per event in order, its unique_id the slug', () => {
		expect(timeline.title.text.headline).toBe('Chronology &#38; co');
		expect(timeline.title).not.toHaveProperty('start_date');
		expect(timeline.events.map((slide) => slide.unique_id)).toEqual(
			chronology.events.map((event) => event.slug),
		);
	});

	test.each([
		[
			'a month has no day',
			'kim-putin-summit',
			{ year: 2023, month: 9 },
			undefined,
			'September 2023',
		],
		[
			'a period has both ends to the day',
			'container-shipments',
			{ year: 2023, month: 9, day: 7 },
			{ year: 2023, month: 10, day: 1 },
			'7 September – 1 October 2023',
		],
		[
			'an open start has only its known bound',
			'carrier-arrives',
			{ year: 2023, month: 10, day: 13 },
			undefined,
			'On or before 13 October 2023',
		],
		[
			'bounds keep their own precisions',
			'think-tank-images',
			{ year: 2023, month: 9 },
			{ year: 2023, month: 10, day: 12 },
			undefined,
		],
	])('splits dates at the sources’ precision: %s', (_, slug, start, end, label) => {
		const slide = bySlug.get(slug);
		expect(slide?.start_date).toEqual(start);
		expect(slide?.end_date).toEqual(end);
		// Our own label, as the site shows it (its spaces may be no-break ones).
		expect(slide?.display_date).toBe(chronology.bySlug.get(slug)?.dateLabel);
		if (label) expect(slide?.display_date?.replace(/\s/g, ' ')).toBe(label);
	});

	test('gives the headline escaped and the citations as absolute links to their quotes', () => {
		const slide = bySlug.get('container-shipments');
		expect(slide?.text.headline).toBe('Containers shipped, &#60;1,000+&#62;');
		expect(slide?.text.text).toContain('<p>According to the White House.</p>');
		expect(slide?.text.text).toMatch(
			/<a href="https:\/\/news\.example\/chronology\/sources\/2023-10-14-euronews\/#q-[^"]+">“shipped between 7 September and 1 October”<\/a>/,
		);
		expect(slide?.text.text).toContain(
			'href="https://news.example/chronology/events/container-shipments/"',
		);
	});
});
