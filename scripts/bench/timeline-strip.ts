/**
 * Whether the build-time timeline strip stays readable as the chronology grows: how many events
 * keep a label, how wide the strip gets, and what it weighs in the page, read from the strip's
 * layout and from the pages the timeline benchmark built.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { timelineView } from '../../src/lib/timeline/index.ts';
import { attribute, elements } from '../../harness/html.ts';
import { syntheticTimeline } from '../../harness/synthetic-chronology.ts';
import { sizesOf, type Sizes } from './compress.ts';

/** The strip at one size. */
export interface StripRow {
	events: number;
	/** How the strip draws them: one row per event (a short chronology), or bars counting them by month or week. */
	form: 'rows' | 'month bars' | 'week bars';
	/** Marks drawn: one per event in rows, one per month or week with events in bars. */
	marks: number;
	/** Whether it fits the width of its box (nothing to scroll sideways). */
	fits: boolean;
	/** The strip's markup (its SVG, in one or more pieces) in the built page. */
	svg: Sizes;
	/** The items serialised for the island, in the same page or (for a long chronology) in their own file. */
	data: Sizes;
	dataInline?: boolean;
	/** The whole page. */
	page: Sizes;
}

/** The markup of the first element with attribute `name`, or '' when there is none. */
function outerHtmlOf(document: DefaultTreeAdapterMap['document'], name: string): string {
	for (const element of elements(document))
		if (attribute(element, name) !== undefined) return serializeOuter(element);
	return '';
}

/** Measures the strip at each size, reading the island pages built under `dist` (`island/<n>/`). */
export async function measureStrip(sizes: readonly number[], dist: string): Promise<StripRow[]> {
	const rows: StripRow[] = [];
	for (const events of sizes) {
		const view = timelineView(syntheticTimeline(events));
		const { density } = view;
		const html = await readFile(join(dist, 'island', String(events), 'index.html'), 'utf8');
		const document = parse(html);
		const svg = outerHtmlOf(document, 'data-timeline-strip');
		const inline = outerHtmlOf(document, 'data-timeline-data');
		const data = inline || (await readFile(join(dist, 'timeline-data', `${events}.json`), 'utf8'));
		rows.push({
			events,
			form: density ? `${density.unit} bars` : 'rows',
			marks: density ? density.bars.length : view.chunks.flatMap((chunk) => chunk.marks).length,
			fits: view.fit || density !== undefined,
			svg: sizesOf(svg),
			data: sizesOf(data),
			dataInline: inline !== '',
			page: sizesOf(html),
		});
	}
	return rows;
}
