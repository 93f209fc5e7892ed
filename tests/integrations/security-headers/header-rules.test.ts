import { describe, expect, test } from 'vitest';
import {
	formatHeadersFile,
	securityHeaderRules,
	type PagePolicy,
} from '../../../src/integrations/security-headers/header-rules.ts';

const PAGES: PagePolicy[] = [
	{ path: '', policy: "default-src 'self'; script-src 'self' 'sha256-home='" },
	{ path: '404.html', policy: "default-src 'self'; script-src 'self'" },
	{ path: 'events/a/', policy: "default-src 'self'; style-src 'self' 'sha256-a='" },
	{ path: 'events/b/', policy: "default-src 'self'; style-src 'self' 'sha256-b='" },
	{ path: 'embed/', policy: "default-src 'self'; script-src 'self' 'sha256-home='" },
];
const OPTIONS = { headers: { 'X-Content-Type-Options': 'nosniff' }, frameable: ['embed/'] };

describe('security header rules', () => {
	test('give every path the shared headers, then one policy per top-level folder or top-level page', () => {
		const rules = securityHeaderRules(PAGES, { base: '/', ...OPTIONS });

		expect(rules.map((rule) => rule.pattern)).toEqual([
			'/*',
			'/',
			'/404.html',
			'/embed/*',
			'/events/*',
		]);
		expect(rules[0]!.headers).toEqual([['X-Content-Type-Options', 'nosniff']]);
	});

	test('merge the hashes of a folder’s pages and deny framing, except in a framable folder', () => {
		const rules = new Map(
			securityHeaderRules(PAGES, { base: '/', ...OPTIONS }).map((rule) => [
				rule.pattern,
				rule.headers,
			]),
		);

		expect(rules.get('/events/*')).toEqual([
			[
				'Content-Security-Policy',
				"default-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'",
			],
		]);
		expect(rules.get('/embed/*')).toEqual([
			[
				'Content-Security-Policy',
				"default-src 'self'; script-src 'self' 'sha256-home='; frame-ancestors *",
			],
		]);
	});

	test('put every pattern under a sub-path base', () => {
		const rules = securityHeaderRules(PAGES, { base: '/chronology', ...OPTIONS });

		expect(rules.map((rule) => rule.pattern)).toEqual([
			'/chronology/*',
			'/chronology/',
			'/chronology/404.html',
			'/chronology/embed/*',
			'/chronology/events/*',
		]);
	});

	test('let caches keep content-hashed assets for good, under the base', () => {
		const rules = securityHeaderRules(PAGES, {
			base: '/chronology/',
			...OPTIONS,
			immutable: ['_astro/'],
		});
		const assets = rules.find((rule) => rule.pattern === '/chronology/_astro/*');

		expect(assets?.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
		expect(
			rules.filter((rule) => rule.headers.some(([name]) => name === 'Cache-Control')),
		).toHaveLength(1);
	});

	test('are written as a _headers file: comment, path lines, indented headers', () => {
		const text = formatHeadersFile(
			[
				{
					pattern: '/*',
					headers: [
						['A', '1'],
						['B', '2'],
					],
				},
				{ pattern: '/x/', headers: [['C', '3']] },
			],
			'Generated.',
		);

		expect(text).toBe('# Generated.\n\n/*\n  A: 1\n  B: 2\n\n/x/\n  C: 3\n');
	});
});
