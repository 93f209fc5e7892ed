/**
 * The Chromium that the browser tests and the benchmark drive, through playwright-core (which
 * brings no browser of its own): `CHROME_PATH` if set, else a Chromium or Chrome on the machine.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** The browsers' command names, looked for on PATH in this order: Debian's first. */
const BROWSER_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Where macOS installs its browsers, off PATH. */
const MACOS_BROWSERS = [
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** What to run when there is no browser, in every message that says so. */
const INSTALL_HINT =
	'install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium executable.';

function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The first Chromium or Chrome on PATH or in macOS's Applications, if any. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
	const candidates = [
		...BROWSER_COMMANDS.flatMap((command) => dirs.map((dir) => join(dir, command))),
		...MACOS_BROWSERS,
	];
	return candidates.find(isExecutable);
}

/**
 * The Chromium executable to drive: `CHROME_PATH`, else {@link findChromium}'s.
 * @throws a one-line error saying how to install Chromium or point `CHROME_PATH` at it, when
 * there is no executable there: a missing browser must stop a run at once, not skip its tests.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
	const path = env['CHROME_PATH'];
	if (path) {
		if (!isExecutable(path)) throw new Error(`No Chromium at CHROME_PATH=${path}: ${INSTALL_HINT}`);
		return path;
	}
	const found = findChromium(env);
	if (!found) throw new Error(`No Chromium or Chrome on PATH: ${INSTALL_HINT}`);
	return found;
}

/** Starts headless Chromium ({@link chromiumPath}). Close it when done. */
export function launchBrowser(): Promise<Browser> {
	const args = [
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	];
	// Chromium refuses to start its sandbox as root, which is how CI runs.
	if (process.getuid?.() === 0) args.unshift('--no-sandbox');
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args });
}
