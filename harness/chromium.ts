/**
 * The Chromium that the browser tests and the benchmark drive, through playwright-core (which
 * brings no browser of its own): `CHROME_PATH` if set, else the system's `/usr/bin/chromium`.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is looked for when `CHROME_PATH` is not set: Debian's `chromium` package. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium executable to drive.
 * @throws a one-line error saying how to install Chromium or point `CHROME_PATH` at it, when
 * there is no executable file there: a missing browser must stop a run at once, not skip its tests.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
	const path = env['CHROME_PATH'] || DEFAULT_CHROMIUM;
	try {
		accessSync(path, constants.X_OK);
	} catch {
		const where = env['CHROME_PATH'] ? `CHROME_PATH=${path}` : path;
		throw new Error(`No Chromium at ${where}: install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium executable.`);
	}
	return path;
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
