import { chromium, type Browser } from 'playwright-core';

/**
 * Starts headless Chromium through playwright-core: `CHROME_PATH` if set, else the system's
 * `/usr/bin/chromium`. Close it in `afterAll`.
 */
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
	return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args });
}
