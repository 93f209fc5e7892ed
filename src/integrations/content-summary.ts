import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { countContent, describeContentCount } from '../content-files/count-content.ts';

/**
 * Ends a build with one line saying what the citation check covered: the events loader fails the
 * build on any citation that does not hold, so a build that reaches its end checked them all.
 */
export function contentSummary(): AstroIntegration {
	let root = '';
	return {
		name: 'content-summary',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ logger }) => {
				logger.info(describeContentCount(countContent(root)));
			},
		},
	};
}
