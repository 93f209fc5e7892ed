import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { syntheticTimeline, writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { parseEventDate } from '../../src/lib/dates/index.ts';

/** The frontmatter of every event file the generator wrote. */
async function writtenEvents(root: string): Promise<Record<string, unknown>[]> {
	const dir = join(root, 'content/events');
	const files = await readdir(dir);
	return Promise.all(
		files.map(
			async (file) =>
				parse((await readFile(join(dir, file), 'utf8')).split('---\n')[1]!) as Record<
					string,
					unknown
				>,
		),
	);
}

/** The kind of an EDTF date as the site reads it: day, range, month, year, before, after, between. */
function dateKind(edtf: string): string {
	const date = parseEventDate(edtf);
	if ('error' in date) throw new Error(date.error);
	if (date.kind === 'point') return date.date.precision;
	if (date.kind === 'interval') return 'range';
	return !date.earliest ? 'before' : !date.latest ? 'after' : 'between';
}

describe('the news-shaped synthetic chronology', () => {
	test('has every kind of date over two years, varied titles, long-tailed names and one to three citations', async () => {
		const root = await mkdtemp(join(tmpdir(), 'synthetic-'));
		onTestFinished(() => rm(root, { recursive: true, force: true }));
		await writeSyntheticChronology(root, 300, { sources: 60, paragraphs: 20, shape: 'news' });
		const events = await writtenEvents(root);
		expect(events).toHaveLength(300);

		const dates = events.map((event) => String(event.date));
		expect(new Set(dates.map(dateKind))).toEqual(
			new Set(['day', 'range', 'month', 'year', 'before', 'after', 'between']),
		);
		expect(new Set(dates.map((date) => date.match(/\d{4}/)![0]))).toEqual(
			new Set(['2022', '2023']),
		);

		const words = events.map((event) => String(event.title).split(' ').length);
		expect(Math.min(...words)).toBeLessThanOrEqual(5);
		expect(Math.max(...words)).toBeGreaterThanOrEqual(15);

		const citations = events.map((event) => (event.citations as unknown[]).length);
		expect(new Set(citations)).toEqual(new Set([1, 2, 3]));

		// A long tail: the commonest actor is in many events, and some actors are in very few.
		const counts = new Map<string, number>();
		for (const actor of events.flatMap((event) => event.actors as string[]))
			counts.set(actor, (counts.get(actor) ?? 0) + 1);
		const sorted = [...counts.values()].sort((a, b) => b - a);
		expect(sorted.length).toBeGreaterThanOrEqual(20);
		expect(sorted[0]).toBeGreaterThan(50);
		expect(sorted.at(-1)).toBeLessThan(10);
	});

	test('keeps the uniform shape the benchmark measures unless asked', () => {
		const timeline = syntheticTimeline(5, { everyDays: 6 });
		expect(timeline.map((event) => event.title)).toContain(
			'Synthetic event number 0 with a title about as long as a real one',
		);
		expect(syntheticTimeline(5, { shape: 'news' }).map((event) => event.title)).not.toContain(
			'Synthetic event number 0 with a title about as long as a real one',
		);
	});
});
