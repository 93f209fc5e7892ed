import type { TimelineController } from './controller.ts';
import { loadTimelineData } from './data.ts';

let loading: Promise<void> | undefined;

/**
 * Brings in vis-timeline (script and CSS, one dynamic import) and hands it the timeline; once only.
 * If it cannot load (offline, blocked), the strip simply stays: it is the whole timeline already.
 */
export function loadIsland(controller: TimelineController): Promise<void> {
	// The items (inline, or fetched for a long chronology) come in alongside the script.
	loading ??= Promise.all([import('./island.ts'), loadTimelineData(controller.root)])
		.then(([{ mountIsland }, data]) => mountIsland(controller, data))
		.catch((error: unknown) => {
			loading = undefined;
			console.warn('The interactive timeline could not load; the static one stays.', error);
		});
	return loading;
}

/**
 * Runs `task` once the page has loaded, a frame has been painted after that (a task queued from
 * an animation frame runs after the frame is drawn) and the main thread is idle: it never competes
 * with the first paint.
 */
function whenIdleAfterPaint(task: () => void): void {
	const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200));
	const afterPaint = () => requestAnimationFrame(() => setTimeout(idle, 0));
	if (document.readyState === 'complete') afterPaint();
	else window.addEventListener('load', afterPaint, { once: true });
}

/**
 * Loads the island when the reader reaches for the strip (pointer over or down, keyboard focus),
 * and, when the page was opened on one event (`/#slug`), once the page is loaded, painted and idle.
 */
export function loadIslandOnDemand(controller: TimelineController): void {
	const triggers = ['pointerover', 'pointerdown', 'focusin'] as const;
	const load = () => {
		for (const type of triggers) controller.frame.removeEventListener(type, load);
		void loadIsland(controller);
	};
	for (const type of triggers) controller.frame.addEventListener(type, load, { passive: true });
	if (controller.current !== undefined) whenIdleAfterPaint(load);
}
