/**
 * The timeline strip as the filter leaves it: the marks of hidden events go, the rows of a short
 * chronology's strip close up (its time scale stays the whole chronology's, so an event keeps its
 * place in the story), a long one's overview counts the events shown, the keyboard's tab stop
 * stays on a mark that is drawn, a line under the legend says so, and the island follows.
 */
import { barHeight, closeUpRows } from '../lib/timeline/bars.ts';
import { FILTER_EVENT, filtered } from './timeline/filtered.ts';

const em = (value: number) => `${value}em`;
/** An SVG length in em as a number ("1.75em" → 1.75). */
const emOf = (element: Element | null | undefined, name: string) =>
	Number.parseFloat(element?.getAttribute(name) ?? '0');
/** The events a mark stands for: its own, or a bar's (`data-slugs`). */
const slugsOf = (mark: Element) =>
	(mark.getAttribute('data-slugs') ?? mark.getAttribute('data-slug') ?? '').split(' ');

/** Closes up the rows of a strip of one row per event: rows, their month rules and the height. */
function closeUp(chunk: SVGSVGElement): void {
	const rows = [...chunk.querySelectorAll<SVGAElement>(':scope > a[data-slug]')];
	const tops = rows.map((row) => emOf(row.querySelector('.area'), 'y'));
	const shown = rows.map((row) => !row.hasAttribute('data-filtered-out'));
	const shifts = closeUpRows(tops, shown);
	rows.forEach((row, index) => {
		row.style.transform = shifts[index] ? `translateY(${em(shifts[index])})` : '';
	});
	const left = shown.filter(Boolean).length;
	// Each month rule is drawn once per row: the rules of rows no longer there go with them.
	for (const tick of chunk.querySelectorAll('.axis > g'))
		[...tick.querySelectorAll('line')].forEach((line, row) =>
			line.toggleAttribute('data-filtered-out', row >= left),
		);
	chunk.dataset['height'] ??= chunk.getAttribute('height') ?? '';
	const full = Number.parseFloat(chunk.dataset['height']);
	const lane = rows.length > 1 ? tops[1]! - tops[0]! : 0;
	chunk.setAttribute('height', em(Math.round((full - (rows.length - left) * lane) * 1000) / 1000));
}

/** Redraws an overview's bars for the events shown: each bar's count and height, on the busiest's scale. */
function recount(overview: SVGSVGElement, hidden: ReadonlySet<string>, filtering: boolean): void {
	const baseY = emOf(overview.querySelector('.axis > line'), 'y1');
	const bars = [...overview.querySelectorAll<SVGAElement>('a[data-slugs]')].map((bar) => {
		const slugs = slugsOf(bar);
		return { bar, slugs, count: slugs.filter((slug) => !hidden.has(slug)).length };
	});
	const most = Math.max(...bars.map(({ count }) => count));
	for (const { bar, slugs, count } of bars) {
		// A bar stands for its first event shown: the one the island rings when the bar has focus.
		bar.dataset['slug'] = slugs.find((slug) => !hidden.has(slug)) ?? slugs[0];
		const height = barHeight(count, most);
		bar.querySelector('.mark')?.setAttribute('y', em(baseY - height));
		bar.querySelector('.mark')?.setAttribute('height', em(height));
		const written = bar.querySelector('.bin-count');
		written?.setAttribute('y', em(Math.round((baseY - height - 0.3) * 1000) / 1000));
		if (written) written.textContent = String(count);
		bar.dataset['label'] ??= bar.getAttribute('aria-label') ?? '';
		bar.setAttribute(
			'aria-label',
			filtering
				? bar.dataset['label'].replace(/^\d+ events?,/, `${count} of ${slugs.length} events,`)
				: bar.dataset['label'],
		);
	}
}

/**
 * Shows on the timeline only the events not in `hidden` (slugs); `shown` of `total` are left.
 */
export function filterTimeline(hidden: ReadonlySet<string>, shown: number, total: number): void {
	const root = document.querySelector<HTMLElement>('[data-timeline]');
	if (!root) return;
	const filtering = shown < total || hidden.size > 0;
	const marks = [...root.querySelectorAll<SVGAElement>('a[data-slug]')];
	// A bar or a cluster stays while any of its events is shown.
	for (const mark of marks)
		mark.toggleAttribute(
			'data-filtered-out',
			slugsOf(mark).every((slug) => hidden.has(slug)),
		);
	const overview = root.querySelector<SVGSVGElement>('svg.timeline-density');
	if (overview) recount(overview, hidden, filtering);
	else if (root.querySelector('.timeline-frame.is-fit'))
		for (const chunk of root.querySelectorAll<SVGSVGElement>('svg.timeline-chunk')) closeUp(chunk);
	// The one tab stop of the timeline (controller.ts) must be a mark that is drawn.
	const stop = marks.find((mark) => mark.getAttribute('tabindex') === '0');
	const first = marks
		.filter((mark) => !mark.hasAttribute('data-filtered-out'))
		.sort((a, b) => Number(a.dataset['order']) - Number(b.dataset['order']))[0];
	if (stop?.hasAttribute('data-filtered-out') && first) {
		stop.setAttribute('tabindex', '-1');
		first.setAttribute('tabindex', '0');
	}
	// A line under the legend (a legend's line: no new style in the page) says what is drawn.
	let note = root.querySelector<HTMLElement>('[data-timeline-filtered]');
	if (!filtering) note?.remove();
	else {
		if (!note) {
			note = document.createElement('p');
			note.className = 'timeline-legend';
			note.dataset['timelineFiltered'] = '';
			root.querySelector('.timeline-tools')?.before(note);
		}
		note.textContent = `Filtered: ${overview ? 'bars count ' : ''}the ${shown} of ${total} events${
			overview ? '' : ' shown'
		}, on the whole chronology’s time scale.`;
	}
	filtered.hidden = hidden;
	root.dispatchEvent(new CustomEvent(FILTER_EVENT));
}
