import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, REPO_ROOT } from '../helpers/build.ts';
import { listPages } from '../helpers/pages.ts';

/**
 * The site's validator settings, `.htmlvalidate.json`: html-validate's recommended rules, all of
 * them errors, except
 * - `long-title` (off): a length heuristic for search results, not validity. Event and source pages
 *   are titled with the event's or the article's own headline, which we do not cut short; search
 *   engines truncate what they show by themselves.
 * - `prefer-native-element`, role `list` excepted: the timeline's strip is an `<svg role="list">` of
 *   links. Inside SVG there is no `<ul>` to prefer, and the role is what lets a screen reader
 *   announce the marks as a list of N events. Every other role the rule knows stays an error.
 */
const validator = new HtmlValidate(
	new StaticConfigLoader(JSON.parse(await readFile(join(REPO_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData),
);

/** `file:line:column: rule message` for every error html-validate reports in `html`. */
async function validationErrors(html: string, file: string): Promise<string[]> {
	const report = await validator.validateString(html, file);
	return report.results.flatMap((result) =>
		result.messages.filter((message) => message.severity === 2).map((message) => `${file}:${message.line}:${message.column}: ${message.ruleId} ${message.message}`),
	);
}

describe('valid HTML', () => {
	test('the validator, configured as for the site, reports invalid markup', async () => {
		const page = '<!doctype html><html lang="en"><head><title>t</title></head><body><ul><div id="a"></div></ul><p id="a">x</p></body></html>';

		const errors = await validationErrors(page, 'invalid.html');

		expect(errors).toEqual(
			expect.arrayContaining([expect.stringMatching(/^invalid\.html:1:\d+: element-permitted-content /), expect.stringMatching(/^invalid\.html:1:\d+: no-dup-id /)]),
		);
	});

	describe.each([
		['at the domain root', '/'],
		['under a sub-path base', '/chronology/'],
	])('the site built %s', (_, base) => {
		let dist: string;
		beforeAll(async () => {
			dist = await buildSite({ base });
		});

		test('has no html-validate error on any page', async () => {
			const pages = await listPages(dist);
			// Every kind of page is among those checked.
			expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['', '404.html', 'sources/', 'data/', 'embed/']));
			expect(pages.some((page) => page.path.startsWith('events/'))).toBe(true);
			expect(pages.some((page) => /^sources\/.+\//.test(page.path))).toBe(true);

			const errors = await Promise.all(pages.map(async ({ file }) => validationErrors(await readFile(join(dist, file), 'utf8'), file)));

			expect(errors.flat()).toEqual([]);
		});
	});
});
