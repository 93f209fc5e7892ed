import { describe, expect, test } from 'vitest';
import {
	mergePolicies,
	parsePolicy,
	serializePolicy,
} from '../../../src/integrations/security-headers/policy.ts';

describe('content security policies', () => {
	test('reads a policy as Astro writes it, spaces and a trailing semicolon included', () => {
		const policy = parsePolicy(
			"default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a=';",
		);

		expect([...policy]).toEqual([
			['default-src', ["'self'"]],
			['img-src', ["'self'", 'data:']],
			['script-src', ["'self'", "'sha256-a='"]],
		]);
	});

	test('keeps the first of two same-named directives, as a browser does, and lower-cases names', () => {
		expect([...parsePolicy("Object-Src 'none'; object-src 'self'")]).toEqual([
			['object-src', ["'none'"]],
		]);
	});

	test('writes a policy back as a header value', () => {
		expect(serializePolicy(parsePolicy("default-src 'self';  upgrade-insecure-requests;"))).toBe(
			"default-src 'self'; upgrade-insecure-requests",
		);
	});

	test('merges pages’ policies into one allowing every hash any of them allows, each once', () => {
		const merged = mergePolicies([
			parsePolicy(
				"default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s='",
			),
			parsePolicy("default-src 'self'; script-src 'self' 'sha256-b=' 'sha256-a='"),
		]);

		expect(serializePolicy(merged)).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s='",
		);
	});

	test("drops 'none' from a merged directive that other sources open", () => {
		const merged = mergePolicies([
			parsePolicy("object-src 'none'; frame-src 'none'"),
			parsePolicy("object-src 'self'; frame-src 'none'"),
		]);

		expect(serializePolicy(merged)).toBe("object-src 'self'; frame-src 'none'");
	});
});
