/**
 * The timeline's behaviour that does not depend on how it is drawn: which item has the roving
 * tab stop, which is current (the URL's `#slug`), and going to an item's article. The build-time
 * strip's links stay its focusable, named items even after vis-timeline has taken over the drawing.
 */
export interface TimelineController {
	readonly root: HTMLElement;
	/** The box around the drawing; Escape sends focus here. */
	readonly frame: HTMLElement;
	/** The strip's scroll box. */
	readonly scroller: HTMLElement;
	/**
	 * The strip's links, in the chronology's order: one per event, or, on a long strip, one per
	 * labelled event and one per cluster of a week's bare marks (at its first event's place), so
	 * the arrow keys step over a cluster as one stop and Enter on it goes to its first event.
	 */
	readonly items: readonly SVGAElement[];
	/** The slug of the current item (the one the URL names), if any. */
	readonly current: string | undefined;
	/** The index of the link for `slug`: its own, or its cluster's. */
	indexOf(slug: string): number;
	slugOf(item: Element): string | undefined;
	/** Moves the tab stop and focus to the item at `index`. */
	focusItem(index: number): void;
	/** Marks the item the URL names, or none. Fires {@link CURRENT_EVENT}. */
	setCurrent(slug: string | undefined): void;
	/** Goes to the article of `slug`: replaces the URL's hash (no new history entry) and scrolls to it. */
	open(slug: string, options?: { focusArticle?: boolean }): void;
}

/** Fired on the root when the current item changes; `detail` is its slug or `undefined`. */
export const CURRENT_EVENT = 'timeline:current';

export function prefersReducedMotion(): boolean {
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls the page, never a box inside it, by as little as brings `element` fully into view (what
 * `scrollIntoView({ block: 'nearest' })` does, for drawings whose own boxes must not scroll).
 */
export function revealInPage(element: Element): void {
	const { top, bottom } = element.getBoundingClientRect();
	const margin = 8;
	const delta =
		top < margin
			? top - margin
			: bottom > window.innerHeight - margin
				? bottom - window.innerHeight + margin
				: 0;
	if (delta !== 0)
		window.scrollBy({ top: delta, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}

/** Scrolls the strip's box, never the page, so that `item` is in view. */
function revealInStrip(scroller: HTMLElement, item: SVGAElement, centre: boolean): void {
	const box = scroller.getBoundingClientRect();
	const area = item.getBoundingClientRect();
	if (!centre && area.left >= box.left && area.right <= box.right) return;
	const left =
		scroller.scrollLeft +
		area.left -
		box.left -
		(centre ? (box.width - Math.min(area.width, box.width)) / 2 : 8);
	scroller.scrollTo({ left, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

export function createController(root: HTMLElement): TimelineController | undefined {
	const frame = root.querySelector<HTMLElement>('[data-timeline-frame]');
	const scroller = root.querySelector<HTMLElement>('[data-timeline-scroll]');
	if (!frame || !scroller) return undefined;
	// A long strip is drawn in pieces, by position; `data-order` gives the chronology's order.
	const items = [...root.querySelectorAll<SVGAElement>('a[data-slug]')].sort(
		(a, b) => Number(a.dataset['order']) - Number(b.dataset['order']),
	);
	// A cluster's link stands for every event in it (`data-slugs`).
	const positions = new Map(
		items.flatMap((item, index) =>
			(item.dataset['slugs'] ?? item.dataset['slug'] ?? '')
				.split(' ')
				.map((slug) => [slug, index] as const),
		),
	);
	let current: string | undefined;

	// The stop is read from the page: the filter moves it off a mark it hides (filter-timeline.ts).
	const setStop = (index: number) => {
		for (const item of items) if (item.tabIndex === 0) item.setAttribute('tabindex', '-1');
		items[index]?.setAttribute('tabindex', '0');
	};
	for (const item of items) item.setAttribute('tabindex', '-1');
	setStop(0);

	const controller: TimelineController = {
		root,
		frame,
		scroller,
		items,
		get current() {
			return current;
		},
		indexOf: (slug) => positions.get(slug) ?? -1,
		slugOf: (item) => (item instanceof SVGAElement ? item.dataset['slug'] : undefined),
		focusItem(index) {
			const item = items[index];
			if (!item) return;
			setStop(index);
			item.focus({ preventScroll: true });
			// The island shows focus in its own drawing and brings that into view (island.ts).
			if (!frame.hasAttribute('data-enhanced'))
				item.scrollIntoView({
					block: 'nearest',
					inline: 'nearest',
					behavior: prefersReducedMotion() ? 'instant' : 'smooth',
				});
		},
		setCurrent(slug) {
			const index = slug === undefined ? -1 : controller.indexOf(slug);
			const next = index === -1 ? undefined : slug;
			if (next === current) return;
			if (current !== undefined)
				items[controller.indexOf(current)]?.removeAttribute('aria-current');
			current = next;
			const item = items[index];
			if (item) {
				item.setAttribute('aria-current', 'true');
				setStop(index);
				revealInStrip(scroller, item, true);
			}
			root.dispatchEvent(new CustomEvent(CURRENT_EVENT, { detail: current }));
		},
		open(slug, { focusArticle = false } = {}) {
			const article = document.getElementById(slug);
			if (!article) return;
			// A fragment navigation that replaces the entry: the hash changes (and `:target` with it)
			// without a history entry per click; it scrolls as the page's CSS says, smoothly only
			// when the reader has not asked for reduced motion.
			location.replace(`#${slug}`);
			controller.setCurrent(slug);
			if (focusArticle) {
				if (!article.hasAttribute('tabindex')) article.setAttribute('tabindex', '-1');
				article.focus({ preventScroll: true });
			}
		},
	};
	return controller;
}
