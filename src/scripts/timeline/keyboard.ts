import type { TimelineController } from './controller.ts';

/** Which item a key moves to from `index`, of `count`; `undefined` for keys the timeline leaves alone. */
export function targetIndex(key: string, index: number, count: number): number | undefined {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(index + 1, count - 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(index - 1, 0);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}

/**
 * One tab stop for the whole timeline (roving tabindex): Tab reaches the current or last-focused
 * item and Tab again leaves; arrows, Home and End move in chronological order, between the items
 * drawn (a filtered chronology's hidden marks are skipped); Escape leaves to
 * the timeline's box; Enter follows the item's link, which goes to its article and focuses it.
 * It works on the strip's links, so it is the same before and after vis-timeline takes over.
 */
export function handleKeyboard(controller: TimelineController): void {
	controller.frame.tabIndex = -1;
	controller.scroller.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const item = event.target instanceof Element ? event.target.closest('a[data-slug]') : null;
		const slug = item ? controller.slugOf(item) : undefined;
		if (slug === undefined) return;
		if (event.key === 'Escape') {
			event.preventDefault();
			controller.frame.focus();
			return;
		}
		// Only between the marks the chronology's filter leaves drawn (filter-timeline.ts).
		const drawn = controller.items.filter((link) => !link.hasAttribute('data-filtered-out'));
		const index = targetIndex(event.key, drawn.indexOf(item as SVGAElement), drawn.length);
		if (index === undefined) return;
		event.preventDefault();
		controller.focusItem(controller.items.indexOf(drawn[index]!));
	});
	controller.scroller.addEventListener('click', (event) => {
		if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
			return;
		const item = event.target instanceof Element ? event.target.closest('a[data-slug]') : null;
		const slug = item ? controller.slugOf(item) : undefined;
		// An overview's bar leads to its month's section: the link's own navigation.
		if (slug === undefined || item?.hasAttribute('data-month')) return;
		event.preventDefault();
		// A click with no pointer position behind it (detail 0) came from the keyboard's Enter.
		controller.open(slug, { focusArticle: event.detail === 0 });
	});
}
