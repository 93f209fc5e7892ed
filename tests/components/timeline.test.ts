import { describe, expect, test } from 'vitest';
import Timeline from '../../src/components/Timeline.astro';
import type { Chronology } from '../../src/lib/chronology.ts';
import { chronologyOf, EURONEWS, type EventFrontmatter } from '../fixtures/chronology.ts';
import { buildTimeline } from '../../src/lib/timeline/index.ts';
import { accessibleName, children, collapse, render, type Rendered } from '../helpers/component.ts';
import { attribute, textContent, type HtmlElement } from '../../harness/html.ts';

/** ICU's en-GB range separator: an en dash between thin spaces (U+2009). */
const DASH = '\u2009–\u2009';

/** An event of the strip: its title and date are what the strip shows. */
function event(slug: string, date: string, title: string): EventFrontmatter {
	return { slug, title, date, citations: [{ source: EURONEWS.id, paragraph: 1, quote: 'quote' }] };
}

/** One event of each kind of date, given out of order: the component must show the chronology's order. */
const EVENTS = [
	event('white-house-briefing', '2023-10-13', 'White House briefing'),
	event('carrier-arrives', '[..2023-10-13]', 'Russian carrier arrives at Rajin'),
	event('kim-putin-summit', '2023-09', 'Kim and Putin meet'),
	event('munitions-shipments', '2023-09-07/2023-10-01', 'Munitions shipped by sea and rail'),
];

function renderTimeline(chronology: Chronology): Promise<Rendered> {
	return render(Timeline, { props: { timeline: buildTimeline(chronology.events) } });
}

/** The links to events: the strip's `<a>`s that lead to an anchor on the page. */
function eventLinks(rendered: Rendered): HtmlElement[] {
	return rendered.all('a').filter((link) => attribute(link, 'href')?.startsWith('#'));
}

/** The serialised items the interactive timeline loads. */
function timelineData(rendered: Rendered): { items: { id: string; content: string }[] } {
	const blocks = rendered
		.all('script')
		.filter((script) => attribute(script, 'type') === 'application/json');
	expect(blocks).toHaveLength(1);
	return JSON.parse(textContent(blocks[0]!)) as { items: { id: string; content: string }[] };
}

/**
 * The accessible name of an event's link on a drawing of width `tier` (labels.ts): the label shown
 * there, its whole title after it where it shows less. The labels of other widths are not displayed
 * there, so they are not in the name (the browser test reads the real names).
 */
function nameAt(link: HtmlElement, tier: 'narrow' | 'wide' | 'widest'): string {
	const label = children(link).find((child) =>
		attribute(child, 'class')?.split(' ').includes(`for-${tier}`),
	);
	return label ? collapse(textContent(label)) : '';
}

/** The mark an event link draws: a dot (`circle`) for one known day, a band (`rect`) otherwise. */
function markOf(link: HtmlElement): string | undefined {
	return children(link).find((child) => attribute(child, 'class') === 'mark')?.tagName;
}

describe('Timeline', () => {
	const chronology = chronologyOf(EVENTS, [EURONEWS]);

	test('gives each event one link, named by the date and title it shows and leading to its anchor, in chronological order', async () => {
		const links = eventLinks(await renderTimeline(chronology));
		expect(
			links.map((link) => ({ href: attribute(link, 'href'), name: nameAt(link, 'widest') })),
		).toEqual([
			{ href: '#kim-putin-summit', name: 'September 2023 Kim and Putin meet' },
			{
				href: '#munitions-shipments',
				name: `7 September${DASH}1 October 2023 Munitions shipped by sea and rail`,
			},
			{
				href: '#carrier-arrives',
				name: 'On or before 13 October 2023 Russian carrier arrives at Rajin',
			},
			{ href: '#white-house-briefing', name: '13 October 2023 White House briefing' },
		]);
	});

	test('names a link showing the short title by it, then the whole title, said once where it shows whole', async () => {
		const title =
			'North Korea’s state news agency calls the US carrier’s arrival a provocation and threatens a response';
		const short = 'KCNA calls the carrier a provocation';
		const [link] = eventLinks(
			await renderTimeline(
				chronologyOf([{ ...event('kcna', '2023-10-13', title), short }], [EURONEWS]),
			),
		);
		expect(nameAt(link!, 'narrow')).toBe(`13 October 2023 ${short}: ${title}`);
		expect(nameAt(link!, 'widest')).toBe(`13 October 2023 ${title}`);
	});

	test('draws a known day as a dot and a known period as a solid band', async () => {
		const links = eventLinks(await renderTimeline(chronology));
		const bySlug = (slug: string) => links.find((link) => attribute(link, 'href') === `#${slug}`)!;
		expect(markOf(bySlug('white-house-briefing'))).toBe('circle');
		expect(attribute(bySlug('white-house-briefing'), 'class')?.split(' ')).not.toContain(
			'is-imprecise',
		);
		expect(markOf(bySlug('munitions-shipments'))).toBe('rect');
		expect(attribute(bySlug('munitions-shipments'), 'class')?.split(' ')).not.toContain(
			'is-imprecise',
		);
	});

	test.each([
		['a month', 'kim-putin-summit', false],
		['an "on or before" date', 'carrier-arrives', true],
	])(
		'marks %s as imprecise, drawn as a hatched band rather than a day',
		async (_, slug, openStart) => {
			const links = eventLinks(await renderTimeline(chronology));
			const link = links.find((candidate) => attribute(candidate, 'href') === `#${slug}`)!;
			const classes = attribute(link, 'class')?.split(' ') ?? [];
			expect(classes).toContain('is-imprecise');
			expect(markOf(link)).toBe('rect');
			// An open start has no bound in the sources: an arrow points away from the known bound.
			const arrows = children(link).filter(
				(child) => child.tagName === 'svg' && attribute(child, 'class') === 'arrow',
			);
			expect(arrows.length).toBe(openStart ? 1 : 0);
		},
	);

	test('serialises the same events, in the same order, as valid JSON for the interactive timeline', async () => {
		const rendered = await renderTimeline(chronology);
		expect(timelineData(rendered).items.map((item) => item.id)).toEqual(
			eventLinks(rendered).map((link) => attribute(link, 'href')?.slice(1)),
		);
	});

	test('keeps a title containing "</script>" inside the data block, as text', async () => {
		const title = 'Kirby: </script><script>alert("x")</script> & more';
		const rendered = await renderTimeline(
			chronologyOf([event('odd-title', '2023-10-13', title)], [EURONEWS]),
		);
		expect(timelineData(rendered).items).toMatchObject([
			{
				id: 'odd-title',
				title:
					'13 October 2023: Kirby: &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more',
			},
		]);
		expect(eventLinks(rendered).map((link) => nameAt(link, 'widest'))).toEqual([
			`13 October 2023 ${title}`,
		]);
		const scriptsWithTitle = rendered
			.all('script')
			.filter((script) => textContent(script).includes('alert'));
		expect(scriptsWithTitle.map((script) => attribute(script, 'type'))).toEqual([
			'application/json',
		]);
	});

	describe('a chronology of 400 events, one a day', () => {
		const iso = (index: number) =>
			new Date(Date.UTC(2022, 0, 1 + index)).toISOString().slice(0, 10);
		const many = chronologyOf(
			Array.from({ length: 400 }, (_, index) =>
				event(`event-${String(index).padStart(3, '0')}`, iso(index), `Event number ${index}`),
			),
			[EURONEWS],
		);

		test('leaves the interactive timeline’s items out of the page, naming the file that has them', async () => {
			const rendered = await renderTimeline(many);
			expect(
				rendered.all('script').filter((script) => attribute(script, 'type') === 'application/json'),
			).toEqual([]);
			expect(attribute(rendered.all('section')[0]!, 'data-timeline-src')).toBe('/timeline.json');
		});

		test('draws an overview of bars by month, each a link to its month’s section named with its count, every event in one bar', async () => {
			const links = (await renderTimeline(many))
				.all('a')
				.filter((link) => attribute(link, 'data-month') !== undefined);
			expect(links.length).toBeGreaterThan(10);
			expect(links.length).toBeLessThan(20);
			for (const bar of links) {
				const slugs = attribute(bar, 'data-slugs')!.split(' ');
				expect(attribute(bar, 'href')).toMatch(/^\/#\d{4}-\d{2}$/u);
				expect(accessibleName(bar)).toMatch(
					new RegExp(`^${slugs.length} events?, \\w+ \\d{4}$`, 'u'),
				);
			}
			const shown = links.flatMap((link) => attribute(link, 'data-slugs')!.split(' '));
			expect(shown.sort()).toEqual(many.events.map((item) => item.slug).sort());
		});
	});

	test('renders nothing when the chronology has no events', async () => {
		const rendered = await renderTimeline(chronologyOf([], [EURONEWS]));
		expect(rendered.all('section')).toEqual([]);
		expect(eventLinks(rendered)).toEqual([]);
	});
});
