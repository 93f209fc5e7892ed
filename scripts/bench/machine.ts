import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { chromiumPath } from '../../harness/chromium.ts';

/** What the figures were measured on: they mean little without it. */
export interface Machine {
	cpus: number;
	cpuModel: string;
	memoryGb: number;
	node: string;
	chromium: string;
	astro: string;
	lighthouse: string;
}

/** When a section was measured, and how busy the machine was then. */
export interface RunInfo {
	date: string;
	quick: boolean;
	/** 1-minute load average when the section started: other work on the machine skews every timing. */
	load: number;
}

const require = createRequire(import.meta.url);
const versionOf = (name: string) =>
	(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
		.version;

/** The machine and the tools' versions. */
export function describeMachine(): Machine {
	let chromium = 'unknown';
	try {
		chromium = execFileSync(chromiumPath(), ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	} catch {
		// Reported as unknown; the browser-based benchmarks will fail with the reason.
	}
	return {
		cpus: availableParallelism(),
		cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
		memoryGb: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		chromium,
		astro: versionOf('astro'),
		lighthouse: versionOf('lighthouse'),
	};
}

/** Now, and how busy the machine is: to note beside a section's figures. */
export function runInfo(quick: boolean): RunInfo {
	return {
		date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
		quick,
		load: Math.round(loadavg()[0]! * 10) / 10,
	};
}
