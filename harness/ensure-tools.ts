/**
 * `npm test`'s pretest step: makes sure the browser tests have a Chromium and the HTML test has
 * Java, so that `npm ci && npm test` runs on a fresh machine. `CHROME_PATH`, else a Chromium or
 * Chrome on the machine; what is missing is installed with apt-get when running as root on Debian
 * (CI), with a one-line notice; otherwise the run stops at once with one line saying what to run.
 * Usage: node harness/ensure-tools.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, findChromium } from './chromium.ts';

/** What the decision looks at, gathered by {@link readFacts} (or given by a test). */
export interface Facts {
	/** `CHROME_PATH`, if set. */
	chromePath?: string | undefined;
	/** Whether `CHROME_PATH` names an executable file. */
	chromePathRuns: boolean;
	/** A Chromium or Chrome found on the machine, if any. */
	foundBrowser?: string | undefined;
	/** Whether `java` runs. */
	hasJava: boolean;
	/** Whether this process runs as root. */
	isRoot: boolean;
	/** Whether apt-get is there to install Debian's packages. */
	hasAptGet: boolean;
}

/** What to do: nothing, install Debian packages, or stop with a message. */
export type Plan =
	| { action: 'ready' }
	| { action: 'install'; packages: string[]; notice: string }
	| { action: 'stop'; message: string };

/** The decision, from the facts alone. */
export function planTools(facts: Facts): Plan {
	if (facts.chromePath && !facts.chromePathRuns) {
		return {
			action: 'stop',
			message: `No Chromium at CHROME_PATH=${facts.chromePath}: point CHROME_PATH at a Chromium or Chrome executable, or unset it.`,
		};
	}
	const packages = [
		...(facts.chromePath || facts.foundBrowser ? [] : ['chromium']),
		...(facts.hasJava ? [] : ['default-jre-headless']),
	];
	if (packages.length === 0) return { action: 'ready' };
	const needs = packages.map((name) => (name === 'chromium' ? 'Chromium' : 'Java')).join(' and ');
	if (facts.isRoot && facts.hasAptGet) {
		return {
			action: 'install',
			packages,
			notice: `The tests need ${needs}: installing ${packages.join(' ')} with apt-get.`,
		};
	}
	const hint = packages.includes('chromium') ? ' (or set CHROME_PATH to a Chromium or Chrome)' : '';
	return {
		action: 'stop',
		message: `The tests need ${needs}: run \`sudo apt-get install -y ${packages.join(' ')}\`${hint}, then npm test again.`,
	};
}

function runs(command: string, args: string[]): boolean {
	try {
		execFileSync(command, args, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** The facts of this machine. */
export function readFacts(env: NodeJS.ProcessEnv = process.env): Facts {
	const chromePath = env['CHROME_PATH'] || undefined;
	let chromePathRuns = false;
	if (chromePath) {
		try {
			chromiumPath(env);
			chromePathRuns = true;
		} catch {
			chromePathRuns = false;
		}
	}
	return {
		chromePath,
		chromePathRuns,
		foundBrowser: findChromium(env),
		hasJava: runs('java', ['-version']),
		isRoot: process.getuid?.() === 0,
		hasAptGet: existsSync('/etc/debian_version') && runs('apt-get', ['--version']),
	};
}

function main(): void {
	const plan = planTools(readFacts());
	if (plan.action === 'ready') return;
	if (plan.action === 'stop') {
		console.error(plan.message);
		process.exit(1);
	}
	console.log(plan.notice);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', ...plan.packages], { stdio: 'inherit', env });
	const after = planTools(readFacts());
	if (after.action !== 'ready') {
		console.error(`apt-get installed ${plan.packages.join(' ')}, yet the tests still lack them.`);
		process.exit(1);
	}
}

if (import.meta.main) main();
