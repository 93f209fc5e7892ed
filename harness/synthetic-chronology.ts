import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dayNumberToIso as iso, describeEventDate, parseEventDate, toDayNumber } from '../src/lib/dates/index.ts';
import { orderEvents } from '../src/lib/order-events.ts';
import type { TimelineEvent } from '../src/lib/timeline/index.ts';

const START_DAY = toDayNumber({ year: 2000, month: 1, day: 1, precision: 'day' });

/** The date of synthetic event `index`, cycling through every kind of date the site supports. */
function syntheticDate(index: number, everyDays: number): string {
	const day = START_DAY + Math.floor(index * everyDays);
	const dates = [iso(day), `${iso(day)}/${iso(day + 5)}`, iso(day).slice(0, 7), `[..${iso(day)}]`, `[${iso(day)}..${iso(day + 9)}]`];
	return dates[index % dates.length]!;
}

/**
 * `count` synthetic events as the timeline sees them, in the chronology's order: for benchmarking
 * the timeline alone, without building a site of that many pages.
 */
export function syntheticTimeline(count: number, { everyDays = 1 } = {}): TimelineEvent[] {
	return orderEvents(
		Array.from({ length: count }, (_, index) => {
			const date = parseEventDate(syntheticDate(index, everyDays));
			if ('error' in date) throw new Error(date.error);
			// Described as the chronology model describes a date, so the benchmark draws what the site would.
			const { label, display, span, lastDay, firstDay } = describeEventDate(date);
			return {
				slug: `synthetic-event-${String(index).padStart(5, '0')}`,
				title: `Synthetic event number ${index} with a title about as long as a real one`,
				dateLabel: label,
				display,
				span,
				month: (lastDay ?? firstDay ?? '').slice(0, 7),
			};
		}),
	);
}

/** Options of {@link writeSyntheticChronology}. */
export interface SyntheticChronologyOptions {
	/** Days between one event's date and the next's. */
	everyDays?: number;
	/** Paragraphs in each source. */
	paragraphs?: number;
	/**
	 * How many sources: with one, every event cites it; with more, event `i` cites source
	 * `i mod sources` and the next one, so every source has backlinks, as in a real chronology.
	 */
	sources?: number;
}

const paragraphText = (n: number) => `Synthetic paragraph ${n} reports that something happened, according to an official.`;

/** The id of synthetic source `index` of `count`. */
const sourceId = (index: number, count: number) =>
	count === 1 ? '2000-01-01-synthetic-wire' : `2000-01-01-synthetic-wire-${String(index).padStart(5, '0')}`;

/**
 * Writes a synthetic chronology into `<root>/content/`: `sources` sources of `paragraphs` paragraphs and
 * `count` events citing them verbatim, with every kind of date the site supports (a day, a period,
 * a month, "on or before", "between"), spread `everyDays` apart from 1 January 2000. For benchmarks
 * and scale tests only; never written into the repository's own content.
 */
export async function writeSyntheticChronology(
	root: string,
	count: number,
	{ everyDays = 1, paragraphs = 50, sources = 1 }: SyntheticChronologyOptions = {},
): Promise<void> {
	const sourcesDir = join(root, 'content/sources');
	const eventsDir = join(root, 'content/events');
	await mkdir(sourcesDir, { recursive: true });
	await mkdir(eventsDir, { recursive: true });
	const sourceWrites = Array.from({ length: sources }, (_, index) =>
		writeFile(
			join(sourcesDir, `${sourceId(index, sources)}.mdx`),
			[
				'---',
				`title: "Synthetic wire report ${index}"`,
				'publisher: Synthetic Wire',
				'published: "2000-01-01"',
				'language: en',
				`received: synthetic-${index}.txt`,
				`sha256: "${'0'.repeat(64)}"`,
				'---',
				'',
				...Array.from({ length: paragraphs }, (_, paragraph) => `${paragraphText(paragraph + 1)}\n`),
			].join('\n'),
		),
	);
	const eventWrites = Array.from({ length: count }, (_, index) => {
		const paragraph = (index % paragraphs) + 1;
		const slug = `synthetic-event-${String(index).padStart(5, '0')}`;
		const cited = sources === 1 ? [0] : [index % sources, (index + 1) % sources];
		return writeFile(
			join(eventsDir, `${slug}.mdx`),
			[
				'---',
				`title: "Synthetic event number ${index} with a title about as long as a real one"`,
				`summary: "Synthetic event ${index}."`,
				`date: "${syntheticDate(index, everyDays)}"`,
				'actors: [Someone]',
				'places: [Somewhere]',
				'tags: [synthetic]',
				'citations:',
				...cited.flatMap((source) => [
					`  - source: ${sourceId(source, sources)}`,
					`    paragraph: ${paragraph}`,
					`    quote: "${paragraphText(paragraph)}"`,
				]),
				'---',
				'',
				`Synthetic event ${index}, in our own words.`,
				'',
			].join('\n'),
		);
	});
	await Promise.all([...sourceWrites, ...eventWrites]);
}

if (import.meta.main) {
	const [root, count = '7', everyDays = '6', sources = '1'] = process.argv.slice(2);
	if (!root) throw new Error('Usage: node harness/synthetic-chronology.ts <root> [count] [everyDays] [sources]');
	await writeSyntheticChronology(root, Number(count), { everyDays: Number(everyDays), sources: Number(sources) });
}
