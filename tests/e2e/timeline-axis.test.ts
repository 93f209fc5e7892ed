import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { buildFixture } from '../helpers/build.ts';
import { useSite } from '../helpers/site.ts';

type View = readonly [width: number, media: 'screen' | 'print', javaScriptEnabled: boolean];

/** Screens, JavaScript on and off, and paper (an A4 page's width). */
const VIEWS: readonly View[] = [
	[320, 'screen', true],
	[320, 'screen', false],
	[390, 'screen', true],
	[390, 'screen', false],
	// The narrowest screens of the wider drawings (timeline.css's 36rem and 64rem).
	[576, 'screen', false],
	[1024, 'screen', false],
	[1280, 'screen', true],
	[1280, 'screen', false],
	[794, 'print', false],
];

interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The month labels the strip's axis draws, left to right, and the strip's own box. */
function seeAxis(page: Page): Promise<{ strip: Box; labels: Box[] }> {
	return page.locator('[data-timeline-strip]').evaluate((strip) => {
		const box = (element: Element, text = '') => {
			const { left, right, top, bottom } = element.getBoundingClientRect();
			return { text, left, right, top, bottom };
		};
		const labels = [...strip.querySelectorAll('.axis text')]
			.filter((text) => getComputedStyle(text).display !== 'none')
			.map((text) => box(text, text.textContent!.trim()))
			.sort((a, b) => a.left - b.left);
		return { strip: box(strip), labels };
	});
}

/** Opens the chronology as a reader at `width` would see it, on screen or on paper. */
async function seenAxis(site: ReturnType<typeof useSite>, [width, media, javaScriptEnabled]: View) {
	const { page, errors } = await site.open('', {
		viewport: { width, height: 800 },
		javaScriptEnabled,
	});
	await page.emulateMedia({ media });
	const axis = await seeAxis(page);
	expect(errors).toEqual([]);
	return axis;
}

function expectApartInside({ strip, labels }: { strip: Box; labels: Box[] }) {
	expect(labels.length).toBeGreaterThan(1);
	for (const [index, label] of labels.entries()) {
		expect(label.left, label.text).toBeGreaterThanOrEqual(strip.left);
		expect(label.right, label.text).toBeLessThanOrEqual(strip.right);
		const next = labels[index + 1];
		if (next) expect(next.left, `${label.text} | ${next.text}`).toBeGreaterThan(label.right);
	}
}

describe('the timeline’s month axis on the chronology', () => {
	const site = useSite();

	test.each(VIEWS)(
		'at %i px (%s, JavaScript %s) labels every month, none overlapping another or outside the strip',
		async (...view) => {
			const axis = await seenAxis(site, view);
			expectApartInside(axis);
			expect(axis.labels.map((label) => label.text)).toEqual(['Sept 2023', 'Oct 2023']);
		},
	);
});

describe('the timeline’s month axis on a generated chronology of 20 events over two years', () => {
	const site = useSite({
		async build() {
			const root = await mkdtemp(join(inject('buildDir'), 'axis-20-'));
			await writeSyntheticChronology(root, 20, { shape: 'news', paragraphs: 10, sources: 8 });
			const built = await buildFixture(root);
			if (built.error) throw built.error;
			return built.dist;
		},
	});

	test.each(VIEWS)(
		'at %i px (%s, JavaScript %s) thins its labels so that none overlaps another or leaves the strip, and marks the year',
		async (...view) => {
			const axis = await seenAxis(site, view);
			expectApartInside(axis);
			const texts = axis.labels.map((label) => label.text);
			expect(texts).toContain('2023');
			expect(texts[0]).toMatch(/2022/u);
		},
	);

	test('printed, its strip of 20 rows fits one A4 page (1,123 px at 96 dpi, less 2 cm margins)', async () => {
		const { page } = await site.open('', { viewport: { width: 794, height: 1123 } });
		const onScreen = await page.locator('[data-timeline-frame]').boundingBox();
		await page.emulateMedia({ media: 'print' });
		const onPaper = await page.locator('[data-timeline-frame]').boundingBox();
		// Taller than a page on screen, so paper must draw it smaller to keep it whole.
		expect(onScreen!.height).toBeGreaterThan(1123);
		expect(onPaper!.height).toBeLessThan(1123 - 2 * 76);
	});
});
