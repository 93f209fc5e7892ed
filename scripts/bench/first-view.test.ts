import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { measureFirstView, type FirstView } from './first-view.ts';

/** A page built for base `/site/` that loads CSS and scripts in every way the benchmark tells apart. */
const DIST = fileURLToPath(new URL('./fixtures/loading-kinds/', import.meta.url));
const sizeOf = async (path: string) => (await stat(join(DIST, path))).size;

describe('measureFirstView', () => {
	let view: FirstView;
	beforeAll(async () => {
		view = await measureFirstView(DIST, '', '/site/');
	});
	const loadingOf = (name: string) => view.scripts.find((script) => script.name === name)?.loading;

	test('counts the HTML and the stylesheets that block rendering, not a print stylesheet', async () => {
		expect(view.blockingCss.map((css) => css.name)).toEqual(['_astro/blocking.css']);
		expect(view.html.raw).toBe(await sizeOf('index.html'));
		expect(view.total.raw).toBe(
			(await sizeOf('index.html')) + (await sizeOf('_astro/blocking.css')),
		);
	});

	test('reports compressed sizes smaller than raw ones for a page of repetitive HTML', () => {
		expect(view.html.gzip).toBeLessThan(view.html.raw);
		expect(view.html.brotli).toBeLessThan(view.html.raw);
	});

	test('counts a classic script without async or defer as render-blocking, and only that one', () => {
		expect(view.blockingScripts).toBe(1);
		expect(loadingOf('_astro/classic.js')).toBe('render-blocking');
		expect(loadingOf('_astro/later.js')).toBe('deferred');
	});

	test('follows a module’s imports: static ones load with it, dynamic ones only on demand', () => {
		expect(loadingOf('_astro/entry.js')).toBe('module, after parsing');
		expect(loadingOf('_astro/shared.js')).toBe('module, after parsing');
		expect(loadingOf('_astro/island.js')).toBe('lazy: dynamic import()');
	});

	test('counts JSON data islands as bytes of the page, not as scripts', () => {
		expect(view.inlineData).toBe('{"items":[1,2,3]}'.length);
		expect(view.scripts.some((script) => script.name === 'inline')).toBe(false);
	});
});
