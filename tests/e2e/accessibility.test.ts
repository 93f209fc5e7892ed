import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe.ts';
import {
	compositeBackground,
	contrastRatio,
	parseCssColour,
	relativeLuminance,
} from '../helpers/colour.ts';
import { readSourceFiles } from '../helpers/content.ts';
import { exportedEvents, type ExportedEvent } from '../helpers/exported-events.ts';
import { expectVisibleFocus } from '../helpers/focus.ts';
import { explore, ISLAND_ITEM } from '../helpers/island.ts';
import { useSite } from '../helpers/site.ts';

/** One page of each type the site builds, by path relative to the site's base. */
interface SitePage {
	name: string;
	path: string;
	/** The HTTP status the server answers with. */
	status: number;
}

const TIMELINE_ITEM = '[data-timeline] a[data-slug]';
/** The drawn item of the event that has keyboard focus (its dot, if a point, is marked too but has no id). */
const VIS_FOCUSED = `${ISLAND_ITEM}.is-focused[data-id]`;

const site = useSite();
let events: ExportedEvent[];
const PAGES: SitePage[] = [
	{ name: 'the chronology', path: '', status: 200 },
	{ name: 'an event page', path: 'events/<first event>/', status: 200 },
	{ name: 'a source page', path: 'sources/<first source>/', status: 200 },
	{ name: 'the sources index', path: 'sources/', status: 200 },
	{ name: 'the 404 page', path: 'no-such-page/', status: 404 },
	{ name: 'the data page', path: 'data/', status: 200 },
	{ name: 'the method page', path: 'about/', status: 200 },
	// The embed is light unless its host asks otherwise; `auto` follows the reader, so both schemes are checked.
	{ name: 'the embed', path: 'embed/?theme=auto', status: 200 },
];

beforeAll(async () => {
	events = await exportedEvents(site);
	const [source] = await readSourceFiles();
	if (!events[0] || !source) throw new Error('The site has no event or no source to open');
	for (const page of PAGES) {
		page.path = page.path
			.replace('<first event>', events[0].id)
			.replace('<first source>', source.id);
	}
});

/**
 * Opens `page` of the site in a fresh context (1280 × 800 unless `options` say otherwise), checks
 * the server's status, and runs `check` on it. Console errors fail the test.
 */
async function withPage(
	{ path, status }: SitePage,
	options: BrowserContextOptions,
	check: (page: Page) => Promise<void>,
): Promise<void> {
	const { page, response, errors, close } = await site.open(path, {
		viewport: { width: 1280, height: 800 },
		timeout: 10_000,
		...options,
	});
	try {
		expect(response?.status()).toBe(status);
		await check(page);
		expect(errors).toEqual([]);
	} finally {
		await close();
	}
}

async function expectNoViolations(page: Page, when: string): Promise<void> {
	const violations = await runAxe(page);
	expect(
		violations,
		`axe found violations on ${page.url()} ${when}:\n\n${formatViolations(violations)}\n`,
	).toEqual([]);
}

const SCHEMES = ['light', 'dark'] as const;
const EACH_PAGE_AND_SCHEME = PAGES.flatMap((page) =>
	SCHEMES.map((scheme) => [page.name, scheme, page] as const),
);

describe('axe-core (WCAG 2.2 A and AA)', () => {
	test.each(EACH_PAGE_AND_SCHEME)(
		'finds no violations on %s in the %s scheme',
		async (_, colorScheme, page) => {
			// axe is injected as an inline script, which a strict CSP would refuse.
			await withPage(page, { colorScheme, bypassCSP: true }, (opened) =>
				expectNoViolations(opened, `(${colorScheme})`),
			);
		},
	);

	test.each(SCHEMES)(
		'finds no violations on a source page opened at the quote a citation links to, in the %s scheme',
		async (colorScheme) => {
			const [citation] = events[0]!.citations;
			const atQuote = {
				name: 'a cited quote',
				path: `sources/${citation!.source}/${new URL(citation!.url).hash}`,
				status: 200,
			};
			await withPage(atQuote, { colorScheme, bypassCSP: true }, async (page) => {
				// The citation's quote, marked in its paragraph, is the target (and so highlighted).
				expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('MARK');
				await expectNoViolations(page, `(${colorScheme}, at its cited quote)`);
			});
		},
	);

	test.each(SCHEMES)(
		'finds no violations on the chronology once vis-timeline has drawn it and an item has focus, in the %s scheme',
		async (colorScheme) => {
			await withPage(PAGES[0]!, { colorScheme, bypassCSP: true }, async (page) => {
				await explore(page);
				await page.locator(TIMELINE_ITEM).first().focus();
				await page.keyboard.press('ArrowRight');
				await page.locator(VIS_FOCUSED).waitFor({ state: 'visible' });
				await expectNoViolations(page, `(${colorScheme}, vis-timeline loaded)`);
			});
		},
	);
});

describe('with the keyboard alone', () => {
	test.each(EACH_PAGE_AND_SCHEME)(
		'shows where focus is at every tab stop of %s in the %s scheme',
		async (_, colorScheme, page) => {
			await withPage(page, { colorScheme }, async (opened) => {
				const stops: string[] = [];
				for (;;) {
					await opened.keyboard.press('Tab');
					// Tab goes round once: until focus leaves the page or comes back to a stop already seen.
					const fresh = await opened.evaluate(() => {
						const seen = ((window as unknown as { seenStops?: WeakSet<Element> }).seenStops ??=
							new WeakSet());
						const active = document.activeElement;
						if (!active || active === document.body || seen.has(active)) return false;
						seen.add(active);
						return true;
					});
					if (!fresh) break;
					// Up to 10 s: a stop far down a long page is reached by a smooth scroll, slow on a busy machine.
					stops.push(await expectVisibleFocus(opened, 10_000));
					expect(stops.length, 'Tab goes round the page in fewer than 500 stops').toBeLessThan(500);
				}
				expect(stops.length, 'the page has tab stops').toBeGreaterThan(1);
			});
		},
	);

	test('a reader goes from the top of the chronology through the timeline to an event and on to the words its citation quotes, always seeing where focus is', async () => {
		await withPage(PAGES[0]!, {}, async (page) => {
			const focusedIn = (selector: string) =>
				page.evaluate((inside) => Boolean(document.activeElement?.closest(inside)), selector);
			const activeSlug = () =>
				page.evaluate(() => document.activeElement?.getAttribute('data-slug') ?? null);

			// The first Tab lands on the skip link, which shows itself; following it passes the site's header.
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
				'Skip to content',
			);
			await expectVisibleFocus(page);
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			expect(await focusedIn('header'), 'the skip link skips the site header').toBe(false);
			expect(await focusedIn('main')).toBe(true);

			// On through the chronology's introduction to the timeline, with every stop visible.
			for (let presses = 0; (await activeSlug()) === null; presses++) {
				expect(presses, 'Tab reaches the timeline within 20 presses').toBeLessThan(20);
				await expectVisibleFocus(page);
				await page.keyboard.press('Tab');
			}
			expect(await activeSlug()).toBe(events[0]!.id);
			await expectVisibleFocus(page);

			// The arrow keys move within the timeline, whether it is still the strip or vis-timeline by now.
			for (const event of events.slice(1, 3)) {
				await page.keyboard.press('ArrowRight');
				expect(await activeSlug()).toBe(event.id);
				await expectVisibleFocus(page);
			}
			const { id } = events[2]!;
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
			expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
			await expectVisibleFocus(page);

			// Tab stays within the event until it reaches its first citation's link, past its Who, Where and Topics links.
			const names = await page
				.locator(`[id="${id}"] a:is([href*="/actors/"], [href*="/places/"], [href*="/tags/"])`)
				.count();
			for (let presses = 0; !(await focusedIn(`[id="${id}"] .citations a`)); presses++) {
				expect(
					presses,
					'Tab reaches the event’s citation within 10 presses and one per name',
				).toBeLessThan(10 + names);
				await page.keyboard.press('Tab');
				expect(await focusedIn(`[id="${id}"]`), 'focus stays inside the event').toBe(true);
				await expectVisibleFocus(page);
			}
			const href = await page.evaluate(() => document.activeElement!.getAttribute('href')!);
			const quote = new URL(href, page.url()).hash;
			expect(quote).toMatch(/^#q-[a-z0-9-]+$/);

			await page.keyboard.press('Enter');
			await page.waitForURL(new URL(href, page.url()).href);
			expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(quote.slice(1));
			await expect
				.poll(() =>
					page.locator(quote).evaluate((element) => {
						const { top, bottom } = element.getBoundingClientRect();
						return top >= 0 && bottom <= innerHeight;
					}),
				)
				.toBe(true);
			// The next Tab carries on from the cited words, inside their paragraph: its links back to the events citing it.
			const paragraph = `#${await page.locator(quote).evaluate((element) => element.closest('p[id], figure[id]')!.id)}`;
			await page.keyboard.press('Tab');
			expect(await focusedIn(paragraph)).toBe(true);
			await expectVisibleFocus(page);
		});
	});
});

/**
 * What keeps a page from reflowing into the window, found in the page: sideways scrolling of the
 * page; a box that scrolls sideways but cannot be reached with the keyboard or has no name; text
 * past the window's edge or cut off by a box that hides its overflow. Text inside a box that
 * scrolls may lie past the window (the reader scrolls the box), not past a box inside it.
 */
function reflowProblems(): string[] {
	const problems: string[] = [];
	const nameOf = (element: Element) =>
		`<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}>`;
	const root = document.scrollingElement!;
	const width = root.clientWidth;
	if (root.scrollWidth > width)
		problems.push(
			`the page scrolls sideways: ${root.scrollWidth}px of content in a ${width}px window`,
		);

	const scrollers = new Set<Element>();
	for (const element of document.body.querySelectorAll('*')) {
		const style = getComputedStyle(element);
		if (
			!['auto', 'scroll'].includes(style.overflowX) ||
			element.scrollWidth <= element.clientWidth + 1
		)
			continue;
		if (element.getBoundingClientRect().width <= 1) continue;
		scrollers.add(element);
		const reachable =
			(element as HTMLElement).tabIndex >= 0 ||
			element.querySelector('a[href], button, input, select, textarea, [tabindex="0"]') !== null;
		const labelled = element.closest('[aria-label], [aria-labelledby]') !== null;
		if (!reachable || !labelled) {
			problems.push(
				`${nameOf(element)} scrolls sideways but is ${reachable ? '' : 'not keyboard reachable '}${labelled ? '' : 'not labelled'}`,
			);
		}
	}

	const hiddenOnPurpose = (element: Element) => {
		const box = element.getBoundingClientRect();
		return box.width <= 1 && box.height <= 1;
	};
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent?.trim() ?? '';
		const parent = node.parentElement;
		if (!text || !parent || parent.closest('script, style, template, noscript')) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
		if (rects.length === 0) continue;
		let ancestors: Element[] = [];
		let scrolled = false;
		for (
			let element: Element | null = parent;
			element && element !== document.body;
			element = element.parentElement
		) {
			if (scrollers.has(element)) {
				scrolled = true;
				break;
			}
			ancestors.push(element);
		}
		if (ancestors.some(hiddenOnPurpose)) continue;
		ancestors = ancestors.filter((element) => {
			const style = getComputedStyle(element);
			return style.overflowX !== 'visible' || style.overflowY !== 'visible';
		});
		const quoted = `“${text.slice(0, 40)}”`;
		for (const rect of rects) {
			if (!scrolled && (rect.left < -1 || rect.right > width + 1)) {
				problems.push(
					`${quoted} in ${nameOf(parent)} runs past the window (${Math.round(rect.left)}–${Math.round(rect.right)}px of ${width}px)`,
				);
				break;
			}
			const clipper = ancestors.find((element) => {
				const box = element.getBoundingClientRect();
				return (
					rect.left < box.left - 1 ||
					rect.right > box.right + 1 ||
					rect.top < box.top - 1 ||
					rect.bottom > box.bottom + 1
				);
			});
			if (clipper) {
				problems.push(`${quoted} in ${nameOf(parent)} is cut off by ${nameOf(clipper)}`);
				break;
			}
		}
	}
	return problems;
}

describe('reflow', () => {
	const WIDTHS = [
		['at 320 CSS px (a small phone)', { width: 320, height: 640 }],
		['at 200% zoom of a 1280 px window (640 CSS px)', { width: 640, height: 400 }],
	] as const;
	const EACH_PAGE_AND_WIDTH = PAGES.flatMap((page) =>
		WIDTHS.map(([label, viewport]) => [page.name, label, viewport, page] as const),
	);

	test.each(EACH_PAGE_AND_WIDTH)(
		'lays out %s %s without sideways scrolling or cut-off text',
		async (_, __, viewport, page) => {
			await withPage(page, { viewport }, async (opened) => {
				expect(await opened.evaluate(reflowProblems)).toEqual([]);
			});
		},
	);

	test('keeps the chronology within 320 CSS px once vis-timeline has drawn the timeline', async () => {
		await withPage(PAGES[0]!, { viewport: { width: 320, height: 640 } }, async (page) => {
			await explore(page);
			const { scrollWidth, clientWidth } = await page.evaluate(() => {
				const root = document.scrollingElement!;
				return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
			});
			expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
		});
	});
});

/**
 * Every scroll that would be smooth, and every transition and animation longer than `limit`
 * seconds, on any element or pseudo-element of the page, plus any animation running now.
 */
function motion(limit: number): string[] {
	const found: string[] = [];
	const seconds = (list: string) =>
		list
			.split(',')
			.map((value) => Number.parseFloat(value) * (value.trim().endsWith('ms') ? 0.001 : 1));
	const nameOf = (element: Element) =>
		`<${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}>`;
	for (const element of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
		for (const pseudo of [null, '::before', '::after']) {
			const style = getComputedStyle(element, pseudo);
			const where = `${nameOf(element)}${pseudo ?? ''}`;
			if (pseudo === null && style.scrollBehavior === 'smooth')
				found.push(`${where} scrolls smoothly`);
			const transitions = seconds(style.transitionDuration).map(
				(duration, index) => duration + (seconds(style.transitionDelay)[index] ?? 0),
			);
			if (style.transitionProperty !== 'none' && Math.max(...transitions) > limit) {
				found.push(
					`${where} has a ${Math.max(...transitions)} s transition of ${style.transitionProperty}`,
				);
			}
			if (style.animationName !== 'none' && Math.max(...seconds(style.animationDuration)) > limit) {
				found.push(`${where} has a ${style.animationDuration} animation ${style.animationName}`);
			}
		}
	}
	for (const animation of document.getAnimations()) {
		const { duration } = animation.effect?.getComputedTiming() ?? {};
		if (typeof duration === 'number' && duration > limit * 1000)
			found.push(`an animation of ${duration} ms is running`);
	}
	return found;
}

/** About a frame: what the reduced-motion convention (`0.01ms`) and its common variants stay under. */
const INSTANT_S = 0.01;

describe('prefers-reduced-motion', () => {
	test.each(PAGES.map((page) => [page.name, page] as const))(
		'stills every transition, animation and smooth scroll on %s when the reader asks for reduced motion',
		async (_, page) => {
			await withPage(page, { reducedMotion: 'reduce' }, async (opened) => {
				expect(await opened.evaluate(motion, INSTANT_S)).toEqual([]);
			});
		},
	);

	test('keeps the chronology still for reduced motion once vis-timeline has drawn it, and jumps straight to an event', async () => {
		await withPage(PAGES[0]!, { reducedMotion: 'reduce' }, async (page) => {
			await explore(page);
			await page.locator(TIMELINE_ITEM).first().focus();
			await page.keyboard.press('End');
			await page.locator(VIS_FOCUSED).waitFor({ state: 'visible' });
			expect(await page.evaluate(motion, INSTANT_S)).toEqual([]);

			const { id } = events.at(-1)!;
			await page.keyboard.press('Enter');
			// One frame later the article is already at the top (or the page is scrolled as far as it goes).
			const landed = await page.evaluate(
				(slug) =>
					new Promise<boolean>((resolve) =>
						requestAnimationFrame(() => {
							const { top } = document.getElementById(slug)!.getBoundingClientRect();
							const atBottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
							resolve(top >= -2 && (top < 48 || (atBottom && top < innerHeight)));
						}),
					),
				id,
			);
			expect(landed).toBe(true);
		});
	});

	test.each([
		['reduce', 'auto'],
		['no-preference', 'smooth'],
	] as const)(
		'with prefers-reduced-motion: %s, scrolls the chronology’s anchors with scroll-behavior %s',
		async (reducedMotion, behaviour) => {
			await withPage(PAGES[0]!, { reducedMotion }, async (page) => {
				expect(
					await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
				).toBe(behaviour);
			});
		},
	);
});

/** Colours the page paints, in the page: every visible background, and the colour of every visible piece of text. */
function paintedColours(): {
	backgrounds: { where: string; colour: string }[];
	texts: { where: string; colour: string }[];
} {
	const nameOf = (element: Element) =>
		`<${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}>`;
	const shown = (element: Element) => {
		const box = element.getBoundingClientRect();
		return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility === 'visible';
	};
	const backgrounds = [
		document.documentElement,
		document.body,
		...document.body.querySelectorAll('*'),
	]
		.filter(shown)
		.map((element) => ({
			where: nameOf(element),
			colour: getComputedStyle(element).backgroundColor,
		}));
	const texts: { where: string; colour: string }[] = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (
			!node.textContent?.trim() ||
			!parent ||
			parent.closest('script, style, template, noscript') ||
			!shown(parent)
		)
			continue;
		const style = getComputedStyle(parent);
		// SVG text is painted with its fill.
		texts.push({
			where: `${nameOf(parent)} “${node.textContent.trim().slice(0, 30)}”`,
			colour: parent instanceof SVGElement ? style.fill : style.color,
		});
	}
	return { backgrounds, texts };
}

/**
 * What is out of place in `scheme`: in dark, a light background or dark text; in light, the reverse.
 * Translucent backgrounds (tints over the page) are left to axe's contrast check.
 */
function offScheme(
	scheme: 'light' | 'dark',
	{ backgrounds, texts }: ReturnType<typeof paintedColours>,
): string[] {
	const dark = scheme === 'dark';
	const problems: string[] = [];
	for (const { where, colour } of backgrounds) {
		const rgba = parseCssColour(colour);
		if (rgba.a < 0.5) continue;
		const luminance = relativeLuminance(rgba);
		if (dark ? luminance > 0.2 : luminance < 0.4)
			problems.push(`${where} has a ${dark ? 'light' : 'dark'} background ${colour}`);
	}
	for (const { where, colour } of texts) {
		const luminance = relativeLuminance(parseCssColour(colour));
		if (dark ? luminance < 0.2 : luminance > 0.2)
			problems.push(`${where} is in ${dark ? 'dark' : 'light'} text ${colour}`);
	}
	return problems;
}

describe('prefers-color-scheme', () => {
	test.each(EACH_PAGE_AND_SCHEME)(
		'shows %s in the %s scheme the reader prefers',
		async (_, colorScheme, page) => {
			await withPage(page, { colorScheme }, async (opened) => {
				const colours = await opened.evaluate(() => {
					const backgrounds: string[] = [];
					for (
						let element: Element | null = document.body;
						element;
						element = element.parentElement
					) {
						backgrounds.push(getComputedStyle(element).backgroundColor);
					}
					return { text: getComputedStyle(document.body).color, backgrounds };
				});
				const background = compositeBackground(colours.backgrounds);
				const text = parseCssColour(colours.text);
				if (colorScheme === 'dark') {
					expect(
						relativeLuminance(background),
						`a dark page (${colours.backgrounds.join(' over ')})`,
					).toBeLessThan(0.05);
					expect(relativeLuminance(text), `light text (${colours.text})`).toBeGreaterThan(0.5);
				} else {
					expect(
						relativeLuminance(background),
						`a light page (${colours.backgrounds.join(' over ')})`,
					).toBeGreaterThan(0.8);
					expect(relativeLuminance(text), `dark text (${colours.text})`).toBeLessThan(0.05);
				}
				expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(7);
				expect(offScheme(colorScheme, await opened.evaluate(paintedColours))).toEqual([]);
			});
		},
	);

	test.each(SCHEMES)('draws the vis-timeline island in the %s scheme too', async (colorScheme) => {
		await withPage(PAGES[0]!, { colorScheme }, async (page) => {
			await explore(page);
			await page.locator(TIMELINE_ITEM).first().focus();
			await page.keyboard.press('ArrowRight');
			await page.locator(VIS_FOCUSED).waitFor({ state: 'visible' });
			expect(offScheme(colorScheme, await page.evaluate(paintedColours))).toEqual([]);
		});
	});
});
