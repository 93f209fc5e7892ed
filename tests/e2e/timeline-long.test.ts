import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { writeSyntheticChronology } from '../../harness/synthetic-chronology.ts';
import { buildFixture } from '../helpers/build.ts';
import { explore } from '../helpers/island.ts';
import { useSite } from '../helpers/site.ts';

/** Enough events that the island's items no longer fit inline (2 KiB) and go to timeline.json. */
const EVENTS = 120;
const BASE = '/chronology/';

const site = useSite({
	base: BASE,
	async build() {
		const root = await mkdtemp(join(inject('buildDir'), 'long-chronology-'));
		await writeSyntheticChronology(root, EVENTS, { everyDays: 3, paragraphs: 20, sources: 2 });
		const built = await buildFixture(root, { base: BASE });
		if (built.error) throw built.error;
		return built.dist;
	},
});

describe('a long chronology’s timeline', () => {
	test('keeps its items out of the page and fetches them, under the base path, when the reader asks to explore it', async () => {
		const requested: string[] = [];
		const { page, errors } = await site.open('', {
			before: (opening) => void opening.on('request', (request) => requested.push(request.url())),
		});

		expect(await page.locator('script[data-timeline-data]').count()).toBe(0);
		expect(requested.filter((url) => url.endsWith('/timeline.json'))).toEqual([]);

		await explore(page);
		expect(requested.filter((url) => url.endsWith('/timeline.json'))).toEqual([
			new URL('timeline.json', site.url).href,
		]);
		for (const url of requested) expect(new URL(url).origin).toBe(new URL(site.url).origin);

		const id = await page
			.locator('.timeline-vis .vis-item[data-id] .vis-item-content >> visible=true')
			.first()
			.evaluate((content) => content.closest('[data-id]')?.getAttribute('data-id'));
		expect(id).toMatch(/^synthetic-event-\d{5}$/);
		await page.locator(`.timeline-vis .vis-item[data-id="${id}"] .vis-item-content`).click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
		expect(await page.locator(`article[id="${id}"]`).count()).toBe(1);
		expect(errors).toEqual([]);
	});
});
