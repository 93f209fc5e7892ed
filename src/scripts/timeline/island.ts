import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import visStyles from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import themeStyles from '../../styles/timeline-vis.css?inline';
import { axisLabel } from '../../lib/dates/axis-label.ts';
import type { TimelineData, TimelineItem } from '../../lib/timeline/island-data.ts';
import {
	initialWindow,
	itemCentre,
	ZOOM_MIN_MS,
	type TimelineWindow,
} from '../../lib/timeline/window.ts';
import {
	CURRENT_EVENT,
	prefersReducedMotion,
	revealInPage,
	type TimelineController,
} from './controller.ts';
import { FILTER_EVENT, filtered } from './filtered.ts';

/** An item's label: its date, then its title's lines at each drawing width (as on the strip), as text. */
function renderItem(item: TimelineItem | undefined): HTMLElement {
	const label = document.createElement('span');
	label.className = 'timeline-vis-label';
	const date = document.createElement('span');
	date.className = 'timeline-vis-date';
	date.textContent = item?.dateLabel ?? '';
	label.append(date);
	for (const { tiers, lines } of item?.labels ?? []) {
		const title = document.createElement('span');
		title.className = ['timeline-vis-title', ...tiers.map((name) => `for-${name}`)].join(' ');
		for (const line of lines) {
			const span = document.createElement('span');
			span.textContent = line;
			title.append(span);
		}
		label.append(title);
	}
	return label;
}

/**
 * vis-timeline's stylesheet and our theme, applied as one constructed stylesheet. Imported as text
 * inside this lazily loaded module, they cannot end up among the page's own stylesheets (Astro
 * links a script's CSS imports into the page, dynamic ones included), and need no extra request.
 */
function adoptStyles(): void {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(`${visStyles}\n${themeStyles}`);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Items added at a time: each addition re-sorts vis-timeline's items, so not one by one, but few enough to stay a short task. */
const BATCH = 200;

/**
 * Adds `rest` to the data set in small batches while the main thread is idle (as many as the idle
 * period allows), skipping any already there or hidden by the chronology's filter by then, so that
 * the reader's input is never kept waiting.
 */
function addWhenIdle(items: DataSet<TimelineItem>, rest: readonly TimelineItem[]): void {
	let next = 0;
	const addBatch = () => {
		items.add(
			rest
				.slice(next, (next += BATCH))
				.filter((item) => !items.get(item.id) && !filtered.hidden.has(item.id)),
		);
	};
	const step = (deadline?: IdleDeadline) => {
		do addBatch();
		while (next < rest.length && deadline && deadline.timeRemaining() > 10);
		if (next < rest.length) schedule();
	};
	// Within a second even when Chromium starts no idle period (a page drawing no frames).
	const schedule = () =>
		window.requestIdleCallback
			? window.requestIdleCallback(step, { timeout: 1000 })
			: setTimeout(step, 50);
	if (rest.length > 0) schedule();
}

/** How vis-timeline is set up: UTC days, our labels and order, a first window, no editing. */
function timelineOptions(
	data: TimelineData,
	view: TimelineWindow,
	height: number,
): TimelineOptions {
	return {
		// Items are UTC calendar days: draw the axis in UTC so a day is the same day everywhere.
		moment: (date?: moment.MomentInput) => moment(date).utc(),
		// One row of labels, like the strip's, each with the context it needs (see axisLabel).
		format: { minorLabels: (date, scale) => axisLabel(date.valueOf(), scale) },
		showMajorLabels: false,
		start: view.start,
		end: view.end,
		min: data.min,
		max: view.max,
		// Zoom by days at the closest, never into hours or milliseconds of a calendar date.
		zoomMin: ZOOM_MIN_MS,
		zoomMax: view.max - data.min,
		height: `${height}px`,
		verticalScroll: true,
		// The wheel scrolls the page; Ctrl + wheel zooms.
		zoomKey: 'ctrlKey',
		orientation: { axis: 'top', item: 'top' },
		// Stack in the chronology's order, as the list and the strip show it; on a fitted timeline,
		// one row (group) per event, in that order, as the strip draws them.
		order: (a: TimelineItem, b: TimelineItem) => a.order - b.order,
		groupOrder: 'id',
		// A label starts where its range starts (or ends where it ends: timeline-vis.css), as on the strip.
		align: 'left',
		selectable: true,
		multiselect: false,
		editable: false,
		showCurrentTime: false,
		tooltip: { followMouse: false, overflowMethod: 'cap', delay: 300 },
		// A fitted timeline has one item a row: rows as tall as the strip's, labels as close.
		margin: data.fit
			? { item: { horizontal: 0, vertical: 0 }, axis: 6 }
			: { item: { horizontal: 8, vertical: 4 }, axis: 4 },
		// A row keeps its height while its event is outside the window, so rows never close up.
		groupHeightMode: 'fixed',
		template: renderItem,
		// `data-id` on each drawn item: how the focus ring and the tests find an event's item.
		dataAttributes: ['id'],
	};
}

/** The widest an item's label gets, in em: timeline-vis.css caps a stacked title at 18em plus padding. */
const LABEL_EM = 19;

/** How far one press of a zoom button or key zooms: vis-timeline's share of the window. */
const ZOOM_STEP = 0.5;

/** The space a label keeps from the drawing's edges, in px. */
const EDGE_PX = 4;

/**
 * Keeps every drawn label inside the drawing: a label that would run past an edge (the last day's,
 * or one whose mark starts before the window) is shifted back in, its mark left where it is. All
 * sizes are read first, then every shift written, so the drawing is laid out once.
 */
function keepLabelsInside(container: HTMLElement): void {
	const panel = container.querySelector('.vis-panel.vis-center');
	if (!panel) return;
	const bounds = panel.getBoundingClientRect();
	const labels = [...container.querySelectorAll<HTMLElement>('.vis-item .timeline-vis-label')];
	const shifts = labels.map((label) => {
		const rect = label.getBoundingClientRect();
		const previous = Number(label.dataset['shift'] ?? 0);
		const left = rect.left - previous;
		const right = rect.right - previous;
		let shift = 0;
		if (right > bounds.right - EDGE_PX) shift = bounds.right - EDGE_PX - right;
		if (left + shift < bounds.left + EDGE_PX) shift = bounds.left + EDGE_PX - left;
		return Math.round(shift);
	});
	labels.forEach((label, index) => {
		const shift = shifts[index]!;
		if (Number(label.dataset['shift'] ?? 0) === shift) return;
		label.dataset['shift'] = String(shift);
		label.style.transform = shift === 0 ? '' : `translateX(${shift}px)`;
	});
}

/**
 * On a timeline of one row per event, a row whose item lies wholly outside the window would be
 * empty: it gets its label at the edge on the item's side, with an arrow towards it, and a click
 * on it brings the item into view. `items` are the rows drawn, in order (the filter's left).
 */
function pinOffscreenLabels(
	container: HTMLElement,
	pins: HTMLElement,
	items: readonly TimelineItem[],
	span: { start: number; end: number },
): void {
	const rows = [...container.querySelectorAll<HTMLElement>('.vis-foreground > .vis-group')];
	const drawn = new Set(
		[...container.querySelectorAll<HTMLElement>('.vis-item[data-id]')].map(
			(item) => item.dataset['id'],
		),
	);
	const origin = pins.getBoundingClientRect();
	const tops = rows.map((row) => row.getBoundingClientRect().top - origin.top);
	const row = new Map(items.map((item, index) => [item.id, index]));
	const wanted = items.filter(
		(item) =>
			!drawn.has(item.id) && ((item.end ?? item.start) <= span.start || item.start >= span.end),
	);
	const existing = new Map(
		[...pins.children].map((pin) => [(pin as HTMLElement).dataset['id'], pin as HTMLElement]),
	);
	for (const [id, pin] of existing) if (!wanted.some((item) => item.id === id)) pin.remove();
	for (const item of wanted) {
		const top = tops[row.get(item.id)!];
		if (top === undefined) continue;
		let pin = existing.get(item.id);
		if (!pin) {
			pin = document.createElement('div');
			pin.dataset['id'] = item.id;
			pin.append(renderItem(item));
			pins.append(pin);
		}
		const before = (item.end ?? item.start) <= span.start;
		pin.className = `timeline-vis-pin ${before ? 'is-before' : 'is-after'}`;
		pin.style.top = `${Math.round(top)}px`;
	}
}

/**
 * The zoom buttons, in the Explore button's place (the same row, so nothing moves), and their keys
 * (+, −, 0) wherever focus is in the timeline. Fit goes back to `home`, the window the island
 * opened on: a short chronology's whole span.
 */
function setUpZoom(
	controller: TimelineController,
	timeline: Timeline,
	home: { start: number; end: number },
	animation: () => false | { duration: number; easingFunction: 'easeInOutQuad' },
): void {
	const actions: Record<string, () => void> = {
		in: () => timeline.zoomIn(ZOOM_STEP, { animation: animation() }),
		out: () => timeline.zoomOut(ZOOM_STEP, { animation: animation() }),
		fit: () => timeline.setWindow(home.start, home.end, { animation: animation() }),
	};
	const tools = controller.root.querySelector<HTMLElement>('[data-timeline-zoom]');
	const explore = controller.root.querySelector<HTMLElement>('[data-timeline-explore]');
	if (explore) explore.hidden = true;
	if (tools) {
		tools.hidden = false;
		tools.addEventListener('click', (event) => {
			const button =
				event.target instanceof Element
					? event.target.closest<HTMLElement>('button[data-zoom]')
					: null;
			actions[button?.dataset['zoom'] ?? '']?.();
		});
	}
	const keys: Record<string, string> = { '+': 'in', '=': 'in', '-': 'out', '−': 'out', '0': 'fit' };
	controller.root.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const action = actions[keys[event.key] ?? ''];
		if (!action) return;
		event.preventDefault();
		action();
	});
}

/**
 * Replaces the drawing of the strip with vis-timeline, built from the same items. The strip's
 * links stay in the page, visually hidden, as the focusable and named items (vis-timeline has no
 * keyboard support or ARIA, so its drawing is hidden from assistive technology); the item that
 * has keyboard focus is outlined in the drawing. Selecting an item goes to its article.
 */
export function mountIsland(controller: TimelineController, data: TimelineData): void {
	// Sizes are read before anything changes the page, while its layout is clean and reading is
	// free; afterwards each read would force a layout of the whole (possibly very long) page.
	// Exactly the strip's height, so that nothing below moves (a reader opened on `/#slug` is
	// already scrolled to the article when this runs); more items than fit scroll inside.
	const height = Math.max(controller.scroller.offsetHeight, 160);
	const widthPx = controller.frame.clientWidth || 320;
	const fontPx =
		Number.parseFloat(
			getComputedStyle(
				controller.scroller.querySelector('[data-timeline-strip]') ?? controller.frame,
			).fontSize,
		) || 13;
	adoptStyles();
	const byId = new Map(data.items.map((item) => [item.id, item]));
	const container = document.createElement('div');
	container.className = data.fit ? 'timeline-vis is-rows' : 'timeline-vis';
	container.setAttribute('aria-hidden', 'true');
	// With its size fixed, the drawing is contained (timeline-vis.css): vis-timeline's many
	// measurements then lay out its own box, not the whole page around it.
	container.style.height = `${height}px`;
	// Every row as tall as the strip's lanes: a date line and the longest title's lines.
	container.style.setProperty('--timeline-title-lines', String(data.titleLines));
	controller.frame.append(container);
	controller.frame.setAttribute('data-enhanced', '');

	const animation = () =>
		prefersReducedMotion() ? false : { duration: 300, easingFunction: 'easeInOutQuad' as const };
	const view = initialWindow(data, { widthPx, labelPx: LABEL_EM * fontPx }, controller.current);
	// vis-timeline's construction costs grow with the number of items, not with what it draws:
	// start it with the items around the first window and hand it the rest while the page is idle.
	const reach = view.end - view.start;
	const near = (item: TimelineItem) =>
		(item.end ?? item.start) >= view.start - reach && item.start <= view.end + reach;
	const shown = (item: TimelineItem) => !filtered.hidden.has(item.id);
	const items = new DataSet<TimelineItem>(data.items.filter((item) => near(item) && shown(item)));
	const options = timelineOptions(data, view, height);
	// On a fitted timeline, a row per event: the filter's hidden events' rows are not drawn.
	const rowsOf = () =>
		data.items.map((item) => ({ id: item.order, content: '', visible: shown(item) }));
	const groups = new DataSet(rowsOf());
	const timeline = data.fit
		? new Timeline(container, items, groups, options)
		: new Timeline(container, items, options);
	addWhenIdle(
		items,
		data.items.filter((item) => !near(item)),
	);
	setUpZoom(controller, timeline, { start: view.start, end: view.end }, animation);
	const pins = document.createElement('div');
	pins.className = 'timeline-vis-pins';
	container.append(pins);
	pins.addEventListener('click', (event) => {
		const item = byId.get(
			(event.target instanceof Element ? event.target.closest<HTMLElement>('[data-id]') : null)
				?.dataset['id'] ?? '',
		);
		if (item) timeline.moveTo(itemCentre(item), { animation: animation() });
	});
	timeline.on('changed', () => {
		// One item a row: a label shifted into the frame can only meet its own row. A long
		// chronology's stacked items would be shifted onto their neighbours.
		if (!data.fit) return;
		keepLabelsInside(container);
		const { start, end } = timeline.getWindow();
		pinOffscreenLabels(container, pins, data.items.filter(shown), {
			start: start.valueOf(),
			end: end.valueOf(),
		});
	});
	/** Makes sure an item is in the drawing's data set before it is selected or ringed. */
	const ensure = (item: TimelineItem) => {
		if (!items.get(item.id)) items.add(item);
	};

	const centre = (slug: string, animate: boolean) => {
		const item = byId.get(slug);
		if (!item) return;
		const { start, end } = timeline.getWindow();
		const time = itemCentre(item);
		const inView = time > start.valueOf() && time < end.valueOf();
		if (!animate || !inView) timeline.moveTo(time, { animation: animate ? animation() : false });
	};
	const select = (slug: string | undefined, animate: boolean) => {
		const item = slug === undefined ? undefined : byId.get(slug);
		if (item) ensure(item);
		timeline.setSelection(slug === undefined ? [] : [slug]);
		if (slug !== undefined) centre(slug, animate);
	};

	timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => {
		const [slug] = selected;
		if (slug !== undefined) controller.open(String(slug));
	});
	controller.root.addEventListener(CURRENT_EVENT, (event) =>
		select((event as CustomEvent<string | undefined>).detail, true),
	);

	// The filter changed (filter-timeline.ts): its hidden events leave, the others come (back) in;
	// a fitted timeline's rows close up, and its box is as tall as the strip's would be.
	const strip = controller.scroller.querySelector('svg.timeline-chunk');
	const stripEm = () => Number.parseFloat(strip?.getAttribute('height') ?? '0');
	const mountedEm = stripEm();
	controller.root.addEventListener(FILTER_EVENT, () => {
		items.remove(items.getIds().filter((id) => filtered.hidden.has(String(id))));
		addWhenIdle(items, data.items);
		if (!data.fit) return;
		groups.update(rowsOf());
		const fitted = Math.max(Math.round(height + (stripEm() - mountedEm) * fontPx), 160);
		container.style.height = `${fitted}px`;
		timeline.setOptions({ height: `${fitted}px` });
	});

	// The drawing shows where keyboard focus is, since the focused link itself is hidden.
	let focused: string | undefined;
	const showFocus = (slug: string | undefined) => {
		if (slug === focused) return;
		const updates: TimelineItem[] = [];
		const previous = focused === undefined ? undefined : byId.get(focused);
		if (previous) updates.push(previous);
		// Never an event the filter hides (a bar's first event, say): it is not drawn.
		const next = slug === undefined || filtered.hidden.has(slug) ? undefined : byId.get(slug);
		if (next) updates.push({ ...next, className: `${next.className} is-focused` });
		focused = next?.id;
		items.update(updates);
		if (!next) return;
		centre(next.id, true);
		const drawn = container.querySelector(`.vis-item[data-id="${CSS.escape(next.id)}"]`);
		if (drawn) revealInPage(drawn);
	};
	controller.scroller.addEventListener('focusin', (event) =>
		showFocus(event.target instanceof Element ? controller.slugOf(event.target) : undefined),
	);
	controller.scroller.addEventListener('focusout', (event) => {
		if (!(event.relatedTarget instanceof Node && controller.scroller.contains(event.relatedTarget)))
			showFocus(undefined);
	});

	if (controller.current !== undefined) select(controller.current, false);
	const active = document.activeElement;
	if (active && controller.scroller.contains(active)) showFocus(controller.slugOf(active));
}
