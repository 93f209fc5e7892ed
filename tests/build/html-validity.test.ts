import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, inject, test } from 'vitest';
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
	new StaticConfigLoader(
		JSON.parse(await readFile(join(REPO_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData,
	),
);

/** `file:line:column: rule message` for every error html-validate reports in `html`. */
async function validationErrors(html: string, file: string): Promise<string[]> {
	const report = await validator.validateString(html, file);
	return report.results.flatMap((result) =>
		result.messages
			.filter((message) => message.severity === 2)
			.map(
				(message) =>
					`${file}:${message.line}:${message.column}: ${message.ruleId} ${message.message}`,
			),
	);
}

/** The Nu HTML checker (the W3C validator's engine), from the `vnu-jar` package; it runs on Java. */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * `file:line:column: message` for every error the Nu HTML checker reports in `files` (absolute
 * paths), checked in one Java run. It parses as browsers do, so it catches what html-validate
 * misses, such as markup after `</html>`. Errors only, no rule turned off: its warnings are
 * advice, not validity, and the ones it gives here are a Content-Security-Policy heuristic that
 * calls every inline script and style blocked without checking the policy's hashes (Chromium
 * enforces the real policy in the browser tests).
 * @throws when Java is missing, saying how to install it.
 */
async function nuErrors(files: string[], relativeTo: string): Promise<string[]> {
	let stderr: string;
	try {
		({ stderr } = await promisify(execFile)(
			'java',
			['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
			{ maxBuffer: 64 * 1024 * 1024 },
		));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new Error(
				'The Nu HTML checker needs Java, and there is no `java` on PATH: install it (Debian/Ubuntu: `apt-get install -y default-jre-headless`; .ci/run does this) and run the tests again.',
				{ cause: error },
			);
		}
		throw error;
	}
	const { messages } = JSON.parse(stderr) as {
		messages: {
			type: string;
			url?: string;
			lastLine?: number;
			firstColumn?: number;
			message: string;
		}[];
	};
	return messages
		.filter((message) => message.type !== 'info')
		.map(
			({ url, lastLine, firstColumn, message }) =>
				`${url ? fileURLToPath(url).slice(relativeTo.length) : '?'}:${lastLine ?? 0}:${firstColumn ?? 0}: ${message}`,
		);
}

describe('valid HTML', () => {
	test('the Nu checker reports a script after </html>', async () => {
		const dir = await mkdtemp(join(inject('buildDir'), 'nu-'));
		await writeFile(
			join(dir, 'stray.html'),
			'<!doctype html><html lang="en"><head><title>t</title></head><body><p>x</p></body></html><script>1</script>',
		);

		const errors = await nuErrors([join(dir, 'stray.html')], `${dir}/`);

		expect(errors).toEqual([
			expect.stringMatching(/^stray\.html:1:\d+: Stray start tag “script”/),
			expect.stringMatching(/Cannot recover after last error/),
		]);
	});

	test('the validator, configured as for the site, reports invalid markup', async () => {
		const page =
			'<!doctype html><html lang="en"><head><title>t</title></head><body><ul><div id="a"></div></ul><p id="a">x</p></body></html>';

		const errors = await validationErrors(page, 'invalid.html');

		expect(errors).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^invalid\.html:1:\d+: element-permitted-content /),
				expect.stringMatching(/^invalid\.html:1:\d+: no-dup-id /),
			]),
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
			expect(pages.map((page) => page.path)).toEqual(
				expect.arrayContaining(['', '404.html', 'sources/', 'data/', 'embed/']),
			);
			expect(pages.some((page) => page.path.startsWith('events/'))).toBe(true);
			expect(pages.some((page) => /^sources\/.+\//.test(page.path))).toBe(true);

			const errors = await Promise.all(
				pages.map(async ({ file }) =>
					validationErrors(await readFile(join(dist, file), 'utf8'), file),
				),
			);

			expect(errors.flat()).toEqual([]);
		});

		test('has no Nu HTML checker error on any page', async () => {
			const pages = await listPages(dist);

			expect(
				await nuErrors(
					pages.map(({ file }) => join(dist, file)),
					`${dist}/`,
				),
			).toEqual([]);
		});
	});
});
