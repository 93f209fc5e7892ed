import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { chromiumPath } from '../../harness/chromium.ts';

/** A folder holding executables of these names, removed after the test: a PATH of our own. */
async function pathWith(...commands: string[]): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'chromium-path-'));
	onTestFinished(() => rm(dir, { recursive: true, force: true }));
	for (const command of commands) {
		await writeFile(join(dir, command), '#!/bin/sh\n');
		await chmod(join(dir, command), 0o755);
	}
	return dir;
}

describe('chromiumPath', () => {
	test('drives the executable CHROME_PATH names', () => {
		expect(chromiumPath({ CHROME_PATH: process.execPath })).toBe(process.execPath);
	});

	test.each([
		['chromium', ['chromium', 'google-chrome']],
		['chromium-browser', ['chromium-browser']],
		['google-chrome', ['google-chrome']],
	])('without CHROME_PATH, drives the %s it finds on PATH', async (expected, commands) => {
		const dir = await pathWith(...commands);
		expect(chromiumPath({ PATH: dir })).toBe(join(dir, expected));
	});

	test.each([
		[
			'CHROME_PATH names no file',
			{ CHROME_PATH: '/nonexistent/chromium' },
			'at CHROME_PATH=/nonexistent/chromium',
		],
		[
			'CHROME_PATH names a file that does not run',
			{ CHROME_PATH: new URL(import.meta.url).pathname },
			`at CHROME_PATH=${new URL(import.meta.url).pathname}`,
		],
		['no browser is on PATH', { PATH: '/nonexistent' }, 'or Chrome on PATH'],
	])(
		'stops with one line saying how to install Chromium or set CHROME_PATH when %s',
		(_, env, where) => {
			expect(() => chromiumPath(env)).toThrow(
				new Error(
					`No Chromium ${where}: install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium executable.`,
				),
			);
		},
	);
});
