import { describe, expect, test } from 'vitest';
import { explainYamlError } from '../../src/content-files/yaml-error.ts';

describe('explaining a YAML error by what is on its line', () => {
	test('says an unquoted value holding ": " needs quoting, not that it has quotation marks', () => {
		const { cause, hint } = explainYamlError(
			['---', 'title: US carrier arrives in Busan: a show of force'],
			2,
			'bad indentation of a mapping entry',
		);
		expect(cause).toBe(
			'The value of "title" holds ": " (after "US carrier arrives in Busan"), which YAML reads as the start of another field. It has no quotation marks to escape: it only needs quoting.',
		);
		expect(hint).toContain('title: "US carrier arrives in Busan: a show of force"');
	});

	test('says a quoted value ends at its second quotation mark', () => {
		const { cause, hint } = explainYamlError(
			['citations:', '  - source: x', '    quote: ""We condemn," Kirby said."'],
			3,
			'bad indentation of a mapping entry',
		);
		expect(cause).toMatch(
			/^The value of "quote" starts with a quotation mark \("\), so YAML ends it at the next one/,
		);
		expect(hint).toContain("In single quotes, writing each ' inside as ''");
	});

	test.each([
		[
			'one space too many',
			['citations:', '  - source: x', '     quote: "abc"'],
			'bad indentation of a mapping entry',
			'The line is indented by 5 spaces, the line above by 2',
		],
		[
			'a tab',
			['citations:', '\t- source: x'],
			'tab characters must not be used in indentation',
			'The line is indented with a tab',
		],
	])('says when the line is indented wrongly: %s', (_, lines, reason, cause) => {
		expect(explainYamlError(lines, lines.length, reason).cause).toContain(cause);
	});
});
