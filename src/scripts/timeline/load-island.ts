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
	const idle = () =>
		window.requestIdleCallback
			? window.requestIdleCallback(task, { timeout: 2000 })
			: setTimeout(task, 200);
	const afterPaint = () => requestAnimationFrame(() => setTimeout(idle, 0));
	if (document.readyState === 'complete') afterPaint();
	else window.addEventListener('load', afterPaint, { once: true });
}

/**
 * Loads the island only when the reader asks for it, with the "Explore" button (shown only with
 * JavaScript), or, when the page was opened on one event (`/#slug`), once the page is loaded,
 * painted and idle, to select it. Hover, passing focus, the wheel and scrolling load nothing: the
 * strip never changes under a reader who is only passing by. Focus then goes to the timeline's
 * tab stop, since the button goes away: the island puts its zoom buttons in its place (island.ts).
 */
export function loadIslandOnDemand(controller: TimelineController): void {
	const button = controller.root.querySelector<HTMLButtonElement>('[data-timeline-explore]');
	if (button) {
		button.addEventListener('click', () => {
			void loadIsland(controller).then(() => {
				if (!controller.frame.hasAttribute('data-enhanced')) return;
				const stop = controller.items.findIndex((item) => item.tabIndex === 0);
				controller.focusItem(Math.max(stop, 0));
			});
		});
	}
	if (controller.current !== undefined) whenIdleAfterPaint(() => void loadIsland(controller));
}
