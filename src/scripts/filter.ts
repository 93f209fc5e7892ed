/**
 * The chronology filtered in place by actor, place, tag or outlet: the filter lives in the URL
 * (`?actor=kim-jong-un&tag=summit`), so it can be shared and the back button undoes it. A click on
 * a name in an event (a link to its page without JavaScript) adds it to the filter. Events that do
 * not match are hidden in the list, with their month when it is left empty, and on the timeline
 * (filter-timeline.ts); the month index counts what is shown ("3 of 14"), greys the months left
 * empty and leaves out a year left empty; the status line says how many and clears it.
 * Loaded by filter-links.ts only when the page opens filtered or the reader first picks a name.
 */
import {
	filterQuery,
	matchesFilter,
	parseFilter,
	type FilterCondition,
} from '../lib/filter-query.ts';
import { filterTimeline } from './filter-timeline.ts';
import { pickedName } from './picked-name.ts';

const LABEL = { actor: 'who', place: 'where', tag: 'topic', outlet: 'outlet' } as const;

/**
 * Starts the filter on the page: applies the address's filter, plus `added` (a name just picked)
 * as a new history entry, and from then on handles every pick, Back and Forward.
 */
export function startFilter(status: HTMLElement, added?: FilterCondition): void {
	const items = [...document.querySelectorAll<HTMLElement>('[data-facets]')].map((item) => ({
		item,
		slug: item.querySelector('article')?.id ?? '',
		tokens: new Set((item.dataset.facets ?? '').split(' ')),
	}));
	const months = [...document.querySelectorAll<HTMLElement>('section.month[data-month]')].map(
		(section) => ({
			section,
			total: section.querySelectorAll('[data-facets]').length,
			entry: document.querySelector<HTMLElement>(
				`.month-index li[data-month="${section.dataset.month}"]`,
			),
		}),
	);
	/** A name as the page writes it, from any link to it: the filter line shows names, not slugs. */
	const base = status.dataset.base ?? '/';
	const nameOf = ({ kind, slug }: FilterCondition) =>
		document.querySelector(`.month a[href="${CSS.escape(`${base}${kind}s/${slug}/`)}"]`)
			?.textContent ?? slug;

	function apply(conditions: FilterCondition[]): void {
		const hidden = new Set<string>();
		for (const { item, slug, tokens } of items) {
			const shown = matchesFilter(tokens, conditions);
			item.hidden = !shown;
			if (!shown) hidden.add(slug);
		}
		const filtering = conditions.length > 0;
		/** What follows a count: " of 14 events" while filtering, else " event(s)". */
		const events = (total: number) =>
			filtering ? ` of ${total} events` : total === 1 ? ' event' : ' events';
		const years = new Map<Element | null, { shown: number; total: number }>();
		for (const { section, total, entry } of months) {
			const shown = section.querySelectorAll('[data-facets]:not([hidden])').length;
			section.hidden = shown === 0;
			// The index counts what the filter shows; a month it leaves empty stays, greyed, not a link.
			if (!entry) continue;
			entry.hidden = shown === 0;
			entry.inert = shown === 0;
			const count = entry.querySelector('[data-month-count]');
			if (count?.firstChild) count.firstChild.textContent = String(shown);
			const said = count?.querySelector('.visually-hidden');
			if (said) said.textContent = events(total);
			const year = entry.closest('.month-year');
			const sum = years.get(year) ?? { shown: 0, total: 0 };
			years.set(year, { shown: sum.shown + shown, total: sum.total + total });
		}
		for (const [year, { shown, total }] of years) {
			if (!(year instanceof HTMLElement)) continue;
			year.hidden = shown === 0;
			const label = year.querySelector('[data-year-count]');
			if (label) label.textContent = `· ${shown}${events(total)}`;
		}
		filterTimeline(hidden, items.length - hidden.size, items.length);
		renderStatus(conditions, items.length - hidden.size);
	}

	function renderStatus(conditions: FilterCondition[], shown: number): void {
		status.replaceChildren();
		if (conditions.length === 0) return;
		const line = document.createElement('p');
		line.append(`${shown} of ${items.length} events`);
		for (const condition of conditions) {
			const name = nameOf(condition);
			const remove = document.createElement('button');
			remove.type = 'button';
			remove.className = 'filter-chip';
			const cross = document.createElement('span');
			cross.className = 'filter-cross';
			cross.textContent = ' ×';
			remove.append(`${LABEL[condition.kind]}: ${name}`, cross);
			remove.setAttribute('aria-label', `Remove the filter ${LABEL[condition.kind]}: ${name}`);
			remove.addEventListener('click', () => go(conditions.filter((other) => other !== condition)));
			line.append(' · ', remove);
		}
		const clear = document.createElement('button');
		clear.type = 'button';
		clear.className = 'filter-clear';
		clear.textContent = 'clear';
		clear.setAttribute('aria-label', 'Clear the filter: show every event');
		clear.addEventListener('click', () => go([]));
		const clearing = document.createElement('span');
		clearing.className = 'filter-clearing';
		clearing.append(' · ', clear);
		line.append(clearing);
		status.append(line);
	}

	/** A new filter, as a new history entry, so Back returns to the previous one. */
	function go(conditions: FilterCondition[]): void {
		history.pushState(null, '', `${location.pathname}${filterQuery(conditions)}`);
		apply(conditions);
		// To the list's first month left: the status line, above the timeline, stays pinned over it.
		if (conditions.length > 0)
			(months.find(({ section }) => !section.hidden)?.section ?? status).scrollIntoView({
				block: 'start',
			});
	}

	document.addEventListener('click', (event) => {
		const picked = pickedName(event, base);
		if (!picked) return;
		event.preventDefault();
		pick(picked);
	});
	window.addEventListener('popstate', () => apply(parseFilter(location.search)));

	function pick(condition: FilterCondition): void {
		const current = parseFilter(location.search);
		if (!current.some(({ kind, slug }) => kind === condition.kind && slug === condition.slug))
			go([...current, condition]);
	}
	apply(parseFilter(location.search));
	if (added) pick(added);
}
