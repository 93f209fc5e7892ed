import { describe, expect, test } from 'vitest';
import { chronologyCard, eventCard } from '../../../src/lib/cards/cards.ts';
import { createRoutes } from '../../../src/lib/routes.ts';

const briefing = {
	slug: 'white-house-briefing',
	title: 'White House says North Korea delivered munitions',
	dateLabel: 'On or before 13 October 2023',
	attribution: 'the White House',
};

describe('eventCard', () => {
	test('shows the date label exactly as given, the title and “According to” its attribution', () => {
		const { content } = eventCard(briefing);
		expect(content.kicker).toBe('On or before 13 October 2023');
		expect(content.title).toBe('White House says North Korea delivered munitions');
		expect(content.byline).toBe('According to the White House');
	});

	test('has no attribution line when the sources report the event as fact', () => {
		expect(eventCard({ ...briefing, attribution: undefined }).content.byline).toBeUndefined();
	});

	test('is published under cards/events/ by the event’s slug', () => {
		expect(createRoutes({ base: '/' }).card(eventCard(briefing).slug)).toBe(
			'/cards/events/white-house-briefing.png',
		);
	});

	test('describes itself in its alt text with every line it shows, as sentences', () => {
		expect(eventCard(briefing).alt).toBe(
			'On or before 13 October 2023. White House says North Korea delivered munitions. According to the White House.',
		);
	});
});

describe('chronologyCard', () => {
	test('is published as cards/chronology.png, apart from any event’s card', () => {
		expect(createRoutes({ base: '/' }).card(chronologyCard().slug)).toBe('/cards/chronology.png');
	});
});
