import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The rules the site is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | undefined;

/**
 * Injects axe-core into `page` as an inline script and runs the WCAG 2.2 AA rules on the whole
 * document, or on `include` (a selector). A page with a strict Content-Security-Policy refuses the
 * inline script: open it in a context made with `bypassCSP: true`.
 */
export async function runAxe(page: Page, include?: string): Promise<Result[]> {
	axeSource ??= readFile(AXE_PATH, 'utf8');
	if (!(await page.evaluate(() => 'axe' in window)))
		await page.addScriptTag({ content: await axeSource });
	const results = await page.evaluate(
		([context, tags]) => {
			const { axe } = window as unknown as {
				axe: { run(context: unknown, options: object): Promise<AxeResults> };
			};
			return axe.run(context ?? document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			});
		},
		[include, WCAG_AA_TAGS] as const,
	);
	return results.violations;
}

/** Violations as a reader wants them in a failure message: the rule, why, and each offending element. */
export function formatViolations(violations: readonly Result[]): string {
	return violations
		.map((violation) => {
			const nodes = violation.nodes.map((node) => {
				const summary = (node.failureSummary ?? '')
					.split('\n')
					.map((line) => `      ${line.trim()}`);
				return [
					`    - ${node.target.join(' ')}`,
					`      ${node.html.slice(0, 200)}`,
					...summary,
				].join('\n');
			});
			return [
				`${violation.id} [${violation.impact ?? 'n/a'}]: ${violation.help} (${violation.helpUrl})`,
				...nodes,
			].join('\n');
		})
		.join('\n\n');
}
