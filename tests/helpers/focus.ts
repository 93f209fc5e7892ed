import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { compositeBackground, contrastRatio, parseCssColour } from './colour.ts';

/** What the page shows of its keyboard focus, as measured in the browser. */
interface FocusState {
	/** The focused element, described for a failure message. */
	focused: string;
	/** The element the focus ring is drawn on, if any is found. */
	drawnOn?: string;
	outline: { style: string; width: string; colour: string };
	boxShadow: string;
	stroke: { colour: string; width: string };
	/** Background colours behind the ring, nearest first. */
	backgrounds: string[];
	/** Whether the ring's element is laid out and at least partly inside the window. */
	onScreen: boolean;
}

/** The smallest ring that counts as visible: WCAG 2.4.13's 2 px, at WCAG 1.4.11's 3:1 against what is behind it. */
const MIN_WIDTH_PX = 2;
const MIN_CONTRAST = 3;

/**
 * Where the focus ring of the focused element is drawn, read in the page. Usually on the element
 * itself; a timeline item (a link of the build-time SVG strip) rings its area, and once
 * vis-timeline has taken over the drawing (the strip is then visually hidden), the drawn item.
 */
function readFocus(): FocusState {
	const describe = (element: Element | null | undefined) => {
		if (!element) return 'nothing';
		const id = element.id ? `#${element.id}` : '';
		const classes = [...element.classList].map((name) => `.${name}`).join('');
		const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
		return `<${element.tagName.toLowerCase()}${id}${classes}> “${name.trim().replace(/\s+/g, ' ').slice(0, 60)}”`;
	};
	const focused = document.activeElement;
	let ring: Element | null | undefined = focused;
	const slug = focused?.getAttribute('data-slug');
	if (focused && slug !== null && slug !== undefined && focused.closest('[data-timeline]')) {
		const frame = focused.closest('[data-timeline-frame]');
		ring = frame?.hasAttribute('data-enhanced')
			? frame.querySelector(`.vis-item[data-id="${CSS.escape(slug)}"] .vis-item-content`)
			: focused.querySelector('.area');
	}
	const style = ring ? getComputedStyle(ring) : undefined;
	const backgrounds: string[] = [];
	for (let element = ring?.parentElement; element; element = element.parentElement) {
		backgrounds.push(getComputedStyle(element).backgroundColor);
	}
	const box = ring?.getBoundingClientRect();
	const onScreen = Boolean(
		box &&
		box.width > 0 &&
		box.height > 0 &&
		box.right > 0 &&
		box.bottom > 0 &&
		box.left < innerWidth &&
		box.top < innerHeight,
	);
	return {
		focused: describe(focused),
		...(ring ? { drawnOn: describe(ring) } : {}),
		outline: {
			style: style?.outlineStyle ?? 'none',
			width: style?.outlineWidth ?? '0px',
			colour: style?.outlineColor ?? 'transparent',
		},
		boxShadow: style?.boxShadow ?? 'none',
		stroke: { colour: style?.stroke ?? 'none', width: style?.strokeWidth ?? '0px' },
		backgrounds,
		onScreen,
	};
}

/** The ring's colour and width, from its outline, else its box shadow, else (SVG) its stroke. */
function ringOf(state: FocusState): { kind: string; colour: string; width: number } | undefined {
	if (state.outline.style !== 'none' && Number.parseFloat(state.outline.width) > 0) {
		return {
			kind: 'outline',
			colour: state.outline.colour,
			width: Number.parseFloat(state.outline.width),
		};
	}
	if (state.boxShadow !== 'none') {
		const colour = /^(rgba?\([^)]*\)|color\([^)]*\))/.exec(state.boxShadow)?.[1] ?? 'transparent';
		const [, , blur = 0, spread = 0] = state.boxShadow
			.slice(colour.length)
			.trim()
			.split(/\s+/)
			.map(Number.parseFloat);
		return { kind: 'box-shadow', colour, width: Math.max(spread, blur / 2) };
	}
	if (state.stroke.colour !== 'none' && Number.parseFloat(state.stroke.width) > 0) {
		return {
			kind: 'stroke',
			colour: state.stroke.colour,
			width: Number.parseFloat(state.stroke.width),
		};
	}
	return undefined;
}

/** Why the focus is not visibly indicated; empty when it is. */
function focusProblems(state: FocusState): string[] {
	if (!state.drawnOn) return ['no element draws its focus ring'];
	const ring = ringOf(state);
	if (!ring) return [`no outline, box shadow or stroke on ${state.drawnOn}`];
	const problems: string[] = [];
	if (ring.width < MIN_WIDTH_PX)
		problems.push(`its ${ring.kind} is ${ring.width}px wide (at least ${MIN_WIDTH_PX}px wanted)`);
	const contrast = contrastRatio(
		parseCssColour(ring.colour),
		compositeBackground(state.backgrounds),
	);
	if (contrast < MIN_CONTRAST) {
		problems.push(
			`its ${ring.kind} (${ring.colour}) has a contrast of ${contrast.toFixed(2)}:1 with the background (at least ${MIN_CONTRAST}:1 wanted)`,
		);
	}
	if (!state.onScreen) problems.push(`${state.drawnOn} is not on screen`);
	return problems;
}

/**
 * Waits (up to `timeoutMs`, as a ring may be drawn a frame after focus moves) until the focused
 * element shows a focus ring: an outline, box shadow or SVG stroke at least 2 px wide, with 3:1
 * contrast against the background behind it, on screen.
 * @returns a description of the focused element.
 * @throws naming the focused element and what its ring lacks.
 */
export async function expectVisibleFocus(page: Page, timeoutMs = 3000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const state = await page.evaluate(readFocus);
		const problems = focusProblems(state);
		if (problems.length === 0) return state.focused;
		if (Date.now() > deadline) {
			throw new Error(
				`The focused element ${state.focused} has no visible focus indicator: ${problems.join('; ')}`,
			);
		}
		await sleep(50);
	}
}
