import { describe, expect, test } from 'vitest';
import { chromiumPath } from '../../harness/chromium.ts';

describe('chromiumPath', () => {
	test('drives the executable CHROME_PATH names', () => {
		expect(chromiumPath({ CHROME_PATH: process.execPath })).toBe(process.execPath);
	});

	test.each([
		['CHROME_PATH names no file', { CHROME_PATH: '/nonexistent/chromium' }, 'CHROME_PATH=/nonexistent/chromium'],
		['CHROME_PATH names a file that does not run', { CHROME_PATH: new URL(import.meta.url).pathname }, `CHROME_PATH=${new URL(import.meta.url).pathname}`],
	])('stops with one line saying how to install Chromium or set CHROME_PATH when %s', (_, env, where) => {
		expect(() => chromiumPath(env)).toThrow(
			new Error(`No Chromium at ${where}: install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium executable.`),
		);
	});
});
