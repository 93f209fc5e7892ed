import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { eventMatcher, score } from '../../src/leads/match-event.ts';
import { readEvents } from '../../src/leads/read-content.ts';

const events = await readEvents(fileURLToPath(new URL('../../content/events/', import.meta.url)));
const match = eventMatcher(events);
const event = (slug: string) => events.find((e) => e.slug === slug)!;
const terms = (passage: string, slug: string) =>
	match(passage, event(slug)).map((m) => [m.term, m.as]);

describe('matching a passage to an event', () => {
	test.each([
		['US', 'The US carrier arrived.'],
		['U.S.', 'The U.S. carrier arrived.'],
		['USA', 'A USA carrier arrived.'],
		['American', 'An American carrier arrived.'],
	])('reads "%s" as the United States', (as, passage) => {
		expect(terms(passage, 'us-carrier-group-in-south-korea')).toContainEqual(['United States', as]);
	});

	test.each([
		'A North American carrier arrived.',
		'The carrier told us it arrived.',
		'Washington sent a carrier.',
	])('does not read "%s" as naming the United States', (passage) => {
		expect(terms(passage, 'us-carrier-group-in-south-korea').map(([term]) => term)).not.toContain(
			'United States',
		);
	});

	test.each(['N. Korea', 'DPRK', 'Pyongyang', 'North Korean', 'Nordkorea', 'Corée du Nord'])(
		'reads "%s" as North Korea',
		(as) => {
			expect(terms(`${as} met Russia.`, 'kim-putin-summit')).toContainEqual(['North Korea', as]);
		},
	);

	test.each(['North Korea’s', "North Korea's"])(
		'reads the possessive "%s" as North Korea',
		(words) => {
			expect(terms(`${words} envoy met Russia.`, 'kim-putin-summit')).toContainEqual([
				'North Korea',
				'North Korea',
			]);
		},
	);

	test('counts a name once, not again as the words inside it', () => {
		expect(
			terms('Kim Jong Un met Vladimir Putin.', 'kim-putin-summit')
				.map(([term]) => term)
				.sort(),
		).toEqual(['Kim Jong Un', 'Vladimir Putin', 'met']);
	});

	test('weighs a name listed by one event 1, one listed by n events 1/n, a title or summary word half that', () => {
		const matches = match('Kim Jong Un met officials in Russia.', event('kim-putin-summit'));
		const weights = Object.fromEntries(matches.map((m) => [m.term, m.weight]));
		expect(weights['Kim Jong Un']).toBe(1);
		expect(weights['Russia']).toBeCloseTo(
			1 /
				events.filter(
					(e) =>
						e.actors.includes('Russia') ||
						e.places.includes('Russia') ||
						/Russia/.test(e.title + e.summary),
				).length,
		);
		expect(weights['met']).toBe(0.5);
		expect(score(matches)).toBeCloseTo(1.5 + weights['Russia']!);
	});

	test('does not count month or weekday names, or common words, as an event’s words', () => {
		expect(
			match('In September, on Friday, the officials said more.', event('kim-putin-summit')),
		).toEqual([]);
	});
});
