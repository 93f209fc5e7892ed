import { describe, expect, test } from 'vitest';
import { planTools, type Facts } from '../../harness/ensure-tools.ts';

/** A machine with everything the tests need, as an ordinary user; each test changes what it is about. */
const READY: Facts = {
	chromePathRuns: false,
	foundBrowser: '/usr/bin/chromium',
	hasJava: true,
	isRoot: false,
	hasAptGet: true,
};

describe('planTools', () => {
	test.each([
		['a Chromium is on the machine and Java runs', {}],
		[
			'CHROME_PATH names a browser that runs, and none is on PATH',
			{ chromePath: '/opt/chrome/chrome', chromePathRuns: true, foundBrowser: undefined },
		],
	])('does nothing when %s', (_, facts) => {
		expect(planTools({ ...READY, ...facts })).toEqual({ action: 'ready' });
	});

	test.each([
		[
			'Chromium and Java',
			{ foundBrowser: undefined, hasJava: false },
			['chromium', 'default-jre-headless'],
		],
		['Chromium', { foundBrowser: undefined }, ['chromium']],
		['Java', { hasJava: false }, ['default-jre-headless']],
	])(
		'as root on Debian, installs what is missing (%s) with a one-line notice',
		(needs, facts, packages) => {
			expect(planTools({ ...READY, isRoot: true, ...facts })).toEqual({
				action: 'install',
				packages,
				notice: `The tests need ${needs}: installing ${packages.join(' ')} with apt-get.`,
			});
		},
	);

	test.each([
		['not root', { isRoot: false, hasAptGet: true }],
		['root without apt-get', { isRoot: true, hasAptGet: false }],
	])('stops at once saying what to run when the browser is missing and it runs %s', (_, facts) => {
		expect(planTools({ ...READY, foundBrowser: undefined, ...facts })).toEqual({
			action: 'stop',
			message:
				'The tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chromium or Chrome), then npm test again.',
		});
	});

	test('stops saying to install Java alone when only Java is missing', () => {
		expect(planTools({ ...READY, hasJava: false })).toEqual({
			action: 'stop',
			message:
				'The tests need Java: run `sudo apt-get install -y default-jre-headless`, then npm test again.',
		});
	});

	test('stops, installing nothing, when CHROME_PATH names no browser, even as root on Debian', () => {
		expect(
			planTools({
				...READY,
				chromePath: '/nonexistent/chromium',
				chromePathRuns: false,
				isRoot: true,
			}),
		).toEqual({
			action: 'stop',
			message:
				'No Chromium at CHROME_PATH=/nonexistent/chromium: point CHROME_PATH at a Chromium or Chrome executable, or unset it.',
		});
	});
});
