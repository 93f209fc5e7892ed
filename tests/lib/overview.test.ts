import { describe, expect, test } from 'vitest';
import { OverviewError, parseOverview, type OverviewLink } from '../../src/lib/overview.ts';

const FILE = 'content/overview.yaml';
const link = (slug: string): [string, OverviewLink] => [
	slug,
	{ slug, title: `Title of ${slug}`, dateLabel: '13 October 2023', href: `/events/${slug}/` },
];
const EVENTS = new Map([link('white-house-briefing'), link('kim-putin-summit')]);

/** The error `text` fails with, as the build would report it. */
function failure(text: string): OverviewError {
	try {
		parseOverview(text, FILE, EVENTS);
	} catch (error) {
		if (error instanceof OverviewError) return error;
		throw error;
	}
	throw new Error('expected the overview to be refused');
}

describe('parseOverview', () => {
	test('reads both lists in order, each bullet’s events resolved to their links', () => {
		const overview = parseOverview(
			[
				'known:',
				'  - text: Kirby said so.',
				'    events: [white-house-briefing, kim-putin-summit]',
				'not-confirmed:',
				'  - text: The shipments.',
				'    events: [white-house-briefing]',
			].join('\n'),
			FILE,
			EVENTS,
		);
		expect(overview.known).toEqual([
			{
				text: 'Kirby said so.',
				events: [EVENTS.get('white-house-briefing'), EVENTS.get('kim-putin-summit')],
			},
		]);
		expect(overview.notConfirmed.map(({ events }) => events.map(({ slug }) => slug))).toEqual([
			['white-house-briefing'],
		]);
	});

	test('fails on a slug no event has, naming the file, the line and what to write', () => {
		const error = failure(
			[
				'known:',
				'  - text: Kirby said so.',
				'    events:',
				'      - white-house-briefing',
				'      - white-house-brefing',
			].join('\n'),
		);
		expect(error.message).toBe(
			`${FILE}, line 5: no event has the slug "white-house-brefing". Use an event's file name in content/events/ without its extension.`,
		);
		expect(error.line).toBe(5);
	});

	test.each([
		[
			'a bullet without events',
			['known:', '  - text: Kirby said so.', '    events: []'],
			3,
			/name at least one event/,
		],
		[
			'an unknown field',
			[
				'known:',
				'  - text: Kirby said so.',
				'    events: [kim-putin-summit]',
				'    source: euronews',
			],
			2,
			/source/,
		],
		['no bullet at all', ['known: []'], 1, /at least one bullet/],
		[
			'text that is not YAML',
			['known:', '  - text: Kirby said so.', '    events: [kim-putin-summit]', 'known: []'],
			4,
			/not valid YAML/,
		],
	])('fails on %s, naming its line', (_, lines, line, message) => {
		const error = failure(lines.join('\n'));
		expect(error.line).toBe(line);
		expect(error.message).toMatch(message);
		expect(error.message.startsWith(`${FILE}, line ${line}: `)).toBe(true);
	});
});
