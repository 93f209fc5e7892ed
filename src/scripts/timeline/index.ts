import { createController, type TimelineController } from './controller.ts';
import { handleKeyboard } from './keyboard.ts';
import { loadIslandOnDemand } from './load-island.ts';

/** The slug the URL's fragment names, if it is one of the timeline's items. */
function slugFromHash(controller: TimelineController): string | undefined {
	let slug: string;
	try {
		slug = decodeURIComponent(location.hash.slice(1));
	} catch {
		return undefined;
	}
	return controller.indexOf(slug) === -1 ? undefined : slug;
}

/**
 * The always-loaded part of the timeline: keyboard, deep links, and the lazy loader of the
 * vis-timeline island. Nothing of vis-timeline is requested from here before it is needed.
 */
function enhance(root: HTMLElement): void {
	const controller = createController(root);
	if (!controller) return;
	handleKeyboard(controller);
	root.querySelector('[data-timeline-keys]')?.removeAttribute('hidden');
	controller.setCurrent(slugFromHash(controller));
	window.addEventListener('hashchange', () => controller.setCurrent(slugFromHash(controller)));
	loadIslandOnDemand(controller);
}

const root = document.querySelector<HTMLElement>('[data-timeline]');
if (root) enhance(root);
