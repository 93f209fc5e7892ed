import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

/** Knight Lab's own TimelineJS3 build, as a newsroom embeds it. */
const TIMELINE_JS = join(
	dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')),
	'dist',
);

const site = useSite();

interface Loaded {
	valid: boolean;
	errors: string[];
	ids: string[];
	displayDates: string[];
	headlines: string[];
}

declare const TL: {
	Timeline: new (
		id: string,
		data: unknown,
		options: object,
	) => {
		on(event: string, listener: () => void): void;
		config: {
			isValid(): boolean;
			getErrors(): string[];
			events: { unique_id: string; display_date: string }[];
		};
	};
};

describe('timelinejs.json in TimelineJS3 itself', () => {
	test('loads without an error, one slide per event and the title slide, each date shown as we label it', async () => {
		const [data, json] = await Promise.all(
			['timelinejs.json', 'chronology.json'].map(async (file) =>
				(await fetch(new URL(file, site.url))).json(),
			),
		);
		const context = await (await site.browser()).newContext();
		onTestFinished(() => context.close());
		// TimelineJS asks its CDN for a font stylesheet: refused, as this site refuses every other origin.
		await context.route('**/*', (route) => route.abort());
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(String(error)));
		await page.setContent(
			'<!doctype html><title>TimelineJS</title><div id="tl" style="height:600px"></div>',
		);
		await page.addScriptTag({ path: join(TIMELINE_JS, 'js/timeline.js') });
		await page.addStyleTag({ path: join(TIMELINE_JS, 'css/timeline.css') });
		const loaded = await page.evaluate(
			(data) =>
				new Promise<Loaded>((resolve) => {
					const timeline = new TL.Timeline('tl', data, { hash_bookmark: false });
					timeline.on('loaded', () =>
						resolve({
							valid: timeline.config.isValid(),
							errors: timeline.config.getErrors(),
							ids: timeline.config.events.map((event) => event.unique_id),
							displayDates: timeline.config.events.map((event) => event.display_date),
							headlines: [...document.querySelectorAll('.tl-slide .tl-headline')].map(
								(h) => h.textContent ?? '',
							),
						}),
					);
				}),
			data,
		);
		const events = (json as { events: { id: string; title: string; date: { label: string } }[] })
			.events;
		expect(loaded).toMatchObject({ valid: true, errors: [] });
		expect(errors).toEqual([]);
		expect([...loaded.ids].sort()).toEqual(events.map((event) => event.id).sort());
		expect(loaded.headlines).toHaveLength(events.length + 1);
		for (const event of events) {
			expect(loaded.headlines).toContain(event.title);
			expect(loaded.displayDates[loaded.ids.indexOf(event.id)]).toBe(event.date.label);
		}
	});
});
