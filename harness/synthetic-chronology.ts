import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
	dayNumberToIso as iso,
	describeEventDate,
	parseEventDate,
	toDayNumber,
} from '../src/lib/dates/index.ts';
import { orderEvents } from '../src/lib/order-events.ts';
import type { TimelineEvent } from '../src/lib/timeline/index.ts';

const START_DAY = toDayNumber({ year: 2000, month: 1, day: 1, precision: 'day' });

/** The date of synthetic event `index`, cycling through every kind of date the site supports. */
function syntheticDate(index: number, everyDays: number): string {
	const day = START_DAY + Math.floor(index * everyDays);
	const dates = [
		iso(day),
		`${iso(day)}/${iso(day + 5)}`,
		iso(day).slice(0, 7),
		`[..${iso(day)}]`,
		`[${iso(day)}..${iso(day + 9)}]`,
	];
	return dates[index % dates.length]!;
}

/**
 * `count` synthetic events as the timeline sees them, in the chronology's order: for benchmarking
 * the timeline alone, without building a site of that many pages.
 */
export function syntheticTimeline(
	count: number,
	{ everyDays = 1, shape = 'uniform' }: { everyDays?: number; shape?: SyntheticShape } = {},
): TimelineEvent[] {
	const news = shape === 'news' ? newsEvents(count) : undefined;
	return orderEvents(
		Array.from({ length: count }, (_, index) => {
			const date = parseEventDate(news ? news[index]!.date : syntheticDate(index, everyDays));
			if ('error' in date) throw new Error(date.error);
			// Described as the chronology model describes a date, so the benchmark draws what the site would.
			const { label, display, span, lastDay, firstDay } = describeEventDate(date);
			return {
				slug: eventSlug(index),
				title: news
					? news[index]!.title
					: `Synthetic event number ${index} with a title about as long as a real one`,
				dateLabel: label,
				display,
				span,
				month: (lastDay ?? firstDay ?? '').slice(0, 7),
			};
		}),
	);
}

/**
 * How a synthetic chronology is shaped. `uniform` (the default, which the benchmark's figures were
 * measured on): one title length, one actor, place and tag, dates cycling through five kinds `everyDays`
 * apart, two citations per event. `news`: what a real chronology looks like after two years, for scale
 * tests: titles of 4 to 30 words, one to three actors, places and tags each drawn from a long tail
 * (a few names in most events, most names in one or two), every kind of date (a day, a period, a
 * month, a year, on or before, on or after, some day between) spread over 2022 and 2023, and one to
 * three citations of sources from a dozen outlets, also with a long tail. Seeded: the same count
 * always gives the same chronology.
 */
export type SyntheticShape = 'uniform' | 'news';

const eventSlug = (index: number) => `synthetic-event-${String(index).padStart(5, '0')}`;

/** A small seeded generator (mulberry32), so a shape is the same on every run. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** One of `names`, the first ones far more often than the last (a Zipf-like long tail). */
function longTail<T>(names: readonly T[], random: () => number): T {
	return names[Math.min(names.length - 1, Math.floor(names.length ** random() - 1))]!;
}

/** One to three distinct names from a long tail. */
function someOf<T>(names: readonly T[], random: () => number): T[] {
	const wanted = 1 + Math.floor(random() * 3);
	const picked = new Set<T>();
	for (let tries = 0; picked.size < wanted && tries < 20; tries++)
		picked.add(longTail(names, random));
	return [...picked];
}

const ACTORS = [
	'North Korea',
	'Russia',
	'the White House',
	'Kim Jong Un',
	'Vladimir Putin',
	'John Kirby',
	'South Korea',
	'KCNA',
	'the Pentagon',
	'Ukraine',
	'the UN Security Council',
	'Japan',
	'Sergei Shoigu',
	'the European Union',
	'China',
	'Yoon Suk Yeol',
	'NATO',
	'the Kremlin',
	'Choe Son Hui',
	'Sergei Lavrov',
	'the US Treasury',
	'a think tank',
	'Maxar',
	'Planet Labs',
	'Reuters reporters',
	'the IAEA',
	'Antony Blinken',
	'Lloyd Austin',
	'Volodymyr Zelensky',
	'a defector',
	'Russian Railways',
	'a shipping registry',
];
const PLACES = [
	'Russia',
	'North Korea',
	'Ukraine',
	'Najin',
	'Vladivostok',
	'Pyongyang',
	'Dunay',
	'Tikhoretsk',
	'Krasnodar Krai',
	'Washington',
	'Seoul',
	'Moscow',
	'Busan',
	'Rajin port',
	'Khasan',
	'Tumangang',
	'the Sea of Japan',
	'Vostochny Cosmodrome',
	'Avdiivka',
	'Kharkiv',
	'Belgorod',
	'Kursk',
	'Tokyo',
	'New York',
	'Brussels',
	'Beijing',
	'Ussuriysk',
	'Komsomolsk-on-Amur',
];
const TAGS = [
	'shipments',
	'briefing',
	'sanctions',
	'munitions',
	'rail',
	'satellite-imagery',
	'summit',
	'missiles',
	'denial',
	'navy',
	'intelligence',
	'artillery',
	'diplomacy',
	'un',
	'ports',
	'drones',
	'aircraft',
	'technology-transfer',
	'labour',
	'finance',
];
/** Outlets, most articles from the first few; `via` the wire they relay, when they do. */
const OUTLETS: { publisher: string; via?: string }[] = [
	{ publisher: 'Euronews', via: 'AP' },
	{ publisher: 'Reuters' },
	{ publisher: 'European Pravda' },
	{ publisher: 'Yonhap' },
	{ publisher: 'AP' },
	{ publisher: 'NK News' },
	{ publisher: 'The Korea Herald', via: 'Yonhap' },
	{ publisher: 'Kyiv Independent' },
	{ publisher: 'Nikkei Asia' },
	{ publisher: 'Meduza' },
	{ publisher: 'The Moscow Times', via: 'Reuters' },
	{ publisher: 'Daily NK' },
];
const VERBS = [
	'reports',
	'says',
	'confirms',
	'denies',
	'publishes images of',
	'announces',
	'warns of',
	'condemns',
	'tracks',
	'describes',
];
const OBJECTS = [
	'a shipment',
	'containers of munitions',
	'a rail convoy',
	'new sanctions',
	'a meeting',
	'artillery shells',
	'a port call',
	'ballistic missiles',
	'a cargo ship',
	'satellite images',
	'an arms deal',
	'a delegation',
];
const CLAUSES = [
	'after weeks of speculation',
	'according to officials who spoke on condition of anonymity',
	'in a statement',
	'citing intelligence it declassified',
	'while denying any transfer',
	'at a closed briefing',
	'for the second time this month',
	'as the war enters a new phase',
	'ahead of a UN vote',
	'in a rare public comment',
];

/** A news-like title of 4 to 30 words. */
function newsTitle(actor: string, place: string, random: () => number): string {
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	const words = [actor.replace(/^./, (first) => first.toUpperCase()), pick(VERBS), pick(OBJECTS)];
	if (random() < 0.6) words.push(`in ${place}`);
	const clauses = Math.floor(random() * random() * 4);
	for (let clause = 0; clause < clauses; clause++) words.push(pick(CLAUSES));
	return words.join(' ');
}

const NEWS_START = toDayNumber({ year: 2022, month: 1, day: 1, precision: 'day' });
const NEWS_DAYS = 730;

/** A date of every kind the site supports, around `day`. */
function newsDate(day: number, random: () => number): string {
	const kinds = [
		() => iso(day),
		() => `${iso(day)}/${iso(day + 1 + Math.floor(random() * 30))}`,
		() => iso(day).slice(0, 7),
		() => iso(day).slice(0, 4),
		() => `[..${iso(day)}]`,
		() => `[${iso(day)}..]`,
		() => `[${iso(day)}..${iso(day + 2 + Math.floor(random() * 20))}]`,
	];
	// Most events are known to the day, as in the news; every other kind is there too.
	const weights = [10, 3, 3, 1, 2, 1, 2];
	let roll = random() * weights.reduce((sum, weight) => sum + weight, 0);
	const kind = weights.findIndex((weight) => (roll -= weight) < 0);
	return kinds[kind]!();
}

interface NewsEvent {
	title: string;
	date: string;
	actors: string[];
	places: string[];
	tags: string[];
}

/** `count` events of the `news` shape, their days spread evenly over two years. */
function newsEvents(count: number): NewsEvent[] {
	const random = seeded(17);
	return Array.from({ length: count }, (_, index) => {
		const actors = someOf(ACTORS, random);
		const places = someOf(PLACES, random);
		const day = NEWS_START + Math.floor((index * NEWS_DAYS) / Math.max(count, 1));
		return {
			title: newsTitle(actors[0]!, places[0]!, random),
			date: newsDate(day, random),
			actors,
			places,
			tags: someOf(TAGS, random),
		};
	});
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
	/** How the chronology is shaped: see {@link SyntheticShape}. `everyDays` applies to `uniform` only. */
	shape?: SyntheticShape;
}

const paragraphText = (n: number) =>
	`Synthetic paragraph ${n} reports that something happened, according to an official.`;

/** The id of synthetic source `index` of `count`. */
const sourceId = (index: number, count: number) =>
	count === 1
		? '2000-01-01-synthetic-wire'
		: `2000-01-01-synthetic-wire-${String(index).padStart(5, '0')}`;

/**
 * Writes a synthetic chronology into `<root>/content/`: `sources` sources of `paragraphs` paragraphs and
 * `count` events citing them verbatim, with every kind of date the site supports (a day, a period,
 * a month, "on or before", "between"), spread `everyDays` apart from 1 January 2000. For benchmarks
 * and scale tests only; never written into the repository's own content.
 */
export async function writeSyntheticChronology(
	root: string,
	count: number,
	{
		everyDays = 1,
		paragraphs = 50,
		sources = 1,
		shape = 'uniform',
	}: SyntheticChronologyOptions = {},
): Promise<void> {
	if (shape === 'news') return writeNewsChronology(root, count, { paragraphs, sources });
	const sourcesDir = join(root, 'content/sources');
	const eventsDir = join(root, 'content/events');
	await mkdir(sourcesDir, { recursive: true });
	await mkdir(eventsDir, { recursive: true });
	const sourceWrites = Array.from({ length: sources }, (_, index) =>
		writeFile(
			join(sourcesDir, `${sourceId(index, sources)}.mdx`),
			sourceFile(
				index,
				[
					`title: "Synthetic wire report ${index}"`,
					'publisher: Synthetic Wire',
					'published: "2000-01-01"',
				],
				Array.from({ length: paragraphs }, (_, paragraph) => paragraphText(paragraph + 1)),
			),
		),
	);
	const eventWrites = Array.from({ length: count }, (_, index) => {
		const paragraph = (index % paragraphs) + 1;
		const slug = eventSlug(index);
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

/** A made-up word for paragraph `n` of source `index` ("kavoru"), so a search test can find one passage. */
function codeword(index: number, n: number): string {
	const random = seeded(index * 1000 + n);
	return Array.from(
		{ length: 3 },
		() => 'bdfgklmnprstvz'[Math.floor(random() * 14)]! + 'aeiou'[Math.floor(random() * 5)]!,
	).join('');
}

/** The news shape's paragraph `n` of source `index`: distinct words, so each quote is found once. */
const newsParagraph = (index: number, n: number) =>
	`Report ${index}, paragraph ${n}: officials said the cargo moved by ${['rail', 'ship', 'truck', 'air'][n % 4]} under escort to the depot they call ${codeword(index, n)}, according to people familiar with it.`;

/** {@link writeSyntheticChronology} in the `news` shape. */
async function writeNewsChronology(
	root: string,
	count: number,
	{ paragraphs, sources }: { paragraphs: number; sources: number },
): Promise<void> {
	const sourcesDir = join(root, 'content/sources');
	const eventsDir = join(root, 'content/events');
	await mkdir(sourcesDir, { recursive: true });
	await mkdir(eventsDir, { recursive: true });
	const random = seeded(23);
	// Published early in 2024, after every event, so no event seems reported before it happened.
	const written = Array.from({ length: sources }, (_, index) => {
		const outlet = longTail(OUTLETS, random);
		const published = iso(NEWS_START + NEWS_DAYS + Math.floor(random() * 60));
		const id = `${published}-${outlet.publisher.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${String(index).padStart(5, '0')}`;
		return { id, outlet, published };
	});
	const sourceWrites = written.map(({ id, outlet, published }, index) =>
		writeFile(
			join(sourcesDir, `${id}.mdx`),
			sourceFile(
				index,
				[
					`title: "${outlet.publisher} report ${index} on the shipments"`,
					`publisher: ${outlet.publisher}`,
					...(outlet.via ? [`via: ${outlet.via}`] : []),
					`published: "${published}"`,
				],
				Array.from({ length: paragraphs }, (_, paragraph) => newsParagraph(index, paragraph + 1)),
			),
		),
	);
	const events = newsEvents(count);
	const eventWrites = events.map((event, index) => {
		const citations = 1 + Math.floor(random() * 3);
		const cited = [
			...new Set(Array.from({ length: citations }, (_, k) => (index * 3 + k * 7) % sources)),
		];
		return writeFile(
			join(eventsDir, `${eventSlug(index)}.mdx`),
			[
				'---',
				`title: "${event.title}"`,
				`summary: "${event.title}, in one sentence."`,
				`date: "${event.date}"`,
				`actors: [${event.actors.map((name) => JSON.stringify(name)).join(', ')}]`,
				`places: [${event.places.map((name) => JSON.stringify(name)).join(', ')}]`,
				`tags: [${event.tags.join(', ')}]`,
				...(random() < 0.5 ? [`attribution: ${JSON.stringify(event.actors[0])}`] : []),
				'citations:',
				...cited.flatMap((source) => {
					const paragraph = ((index + source) % paragraphs) + 1;
					return [
						`  - source: ${written[source]!.id}`,
						`    quote: "${newsParagraph(source, paragraph)}"`,
					];
				}),
				'---',
				'',
				`${event.title}. Synthetic event ${index}, told in our own words.`,
				'',
			].join('\n'),
		);
	});
	await Promise.all([...sourceWrites, ...eventWrites]);
}

if (import.meta.main) {
	const [root, count = '7', everyDays = '6', sources = '1', shape = 'uniform'] =
		process.argv.slice(2);
	if (!root || (shape !== 'uniform' && shape !== 'news')) {
		throw new Error(
			'Usage: node harness/synthetic-chronology.ts <root> [count] [everyDays] [sources] [uniform|news]',
		);
	}
	await writeSyntheticChronology(root, Number(count), {
		everyDays: Number(everyDays),
		sources: Number(sources),
		shape,
	});
}

/**
 * A synthetic source's MDX: its own frontmatter lines (title, publisher, date…), the fields every
 * ingested source has, and its paragraphs.
 */
function sourceFile(index: number, fields: string[], paragraphs: string[]): string {
	return [
		'---',
		...fields,
		'language: en',
		`received: synthetic-${index}.txt`,
		`sha256: "${'0'.repeat(64)}"`,
		'---',
		'',
		...paragraphs.map((paragraph) => `${paragraph}\n`),
	].join('\n');
}
