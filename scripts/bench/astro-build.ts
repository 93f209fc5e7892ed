/**
 * One Astro build in its own process, so that the benchmark can read that build's cost alone:
 * `node scripts/bench/astro-build.ts '<AstroInlineConfig as JSON>'` prints one line of JSON (a
 * {@link BuildCost}) when the build succeeds, and exits non-zero when it fails.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, type AstroInlineConfig } from 'astro';
import { REPO } from './paths.ts';

/** What one build cost. */
export interface BuildCost {
	/** Wall-clock time of `build()`, without Node's start-up. */
	ms: number;
	/** CPU time (user and system, every thread) of the process: less swayed than wall time by other work on a busy machine. */
	cpuMs: number;
	/** Peak resident memory of the build's process. */
	maxRssMb: number;
}

/** Options of {@link buildInChild}. */
export interface ChildBuildOptions {
	/** Environment variables of the build, over this process's own (`CARDS_CACHE_DIR`, say). */
	env?: Record<string, string>;
	/** Node's own flags for the build's process: `['--cpu-prof', '--cpu-prof-dir=…']` to profile it. */
	nodeFlags?: string[];
}

/** Runs `build(config)` in a child process (working directory: the repository); throws with the build's output when it fails. */
export function buildInChild(
	config: AstroInlineConfig,
	{ env = {}, nodeFlags = [] }: ChildBuildOptions = {},
): Promise<BuildCost> {
	return new Promise((resolve, reject) => {
		const args = [...nodeFlags, fileURLToPath(import.meta.url), JSON.stringify(config)];
		const child = spawn(process.execPath, args, {
			cwd: REPO,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const last = out.trim().split('\n').at(-1) ?? '';
			if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as BuildCost);
			else reject(new Error(`The build of ${config.root} failed (exit ${code}):\n${err || out}`));
		});
	});
}

if (import.meta.main) {
	const config = JSON.parse(process.argv[2] ?? '{}') as AstroInlineConfig;
	const start = performance.now();
	const before = process.cpuUsage();
	await build({ logLevel: 'error', ...config });
	const cpu = process.cpuUsage(before);
	const cost: BuildCost = {
		ms: Math.round(performance.now() - start),
		cpuMs: Math.round((cpu.user + cpu.system) / 1000),
		maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
	};
	console.log(JSON.stringify(cost));
}
