/**
 * One Astro build in its own process, so that the benchmark can read that build's cost alone:
 * `node scripts/bench/astro-build.ts '<AstroInlineConfig as JSON>'` prints one line of JSON (a
 * {@link BuildCost}) when the build succeeds, and exits non-zero when it fails.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
	/**
	 * `satteri`: build with Astro's default Markdown processor in place of the config's, to measure
	 * what the processor costs. A diagnostic only: the site then lacks its remark plugins' work.
	 */
	processor?: 'satteri';
}

/** Runs `build(config)` in a child process (working directory: the repository); throws with the build's output when it fails. */
export function buildInChild(config: AstroInlineConfig, { processor }: ChildBuildOptions = {}): Promise<BuildCost> {
	return new Promise((resolve, reject) => {
		const args = [fileURLToPath(import.meta.url), JSON.stringify(config), ...(processor ? [processor] : [])];
		const child = spawn(process.execPath, args, {
			cwd: REPO,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
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

/** Astro's own Sätteri processor, resolved from Astro's dependencies (the project does not depend on it directly). */
async function satteriProcessor(): Promise<NonNullable<NonNullable<AstroInlineConfig['markdown']>['processor']>> {
	const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
	const module = (await import(pathToFileURL(fromAstro.resolve('@astrojs/markdown-satteri')).href)) as { satteri: () => never };
	return module.satteri();
}

if (import.meta.main) {
	const config = JSON.parse(process.argv[2] ?? '{}') as AstroInlineConfig;
	if (process.argv[3] === 'satteri') config.markdown = { ...config.markdown, processor: await satteriProcessor() };
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
