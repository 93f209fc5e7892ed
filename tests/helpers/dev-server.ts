import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './build.ts';

/** A running `astro dev` of a fixture: its origin, and a stop that always ends its process. */
export interface DevServer {
	origin: string;
	stop(): Promise<void>;
	/** Everything the server has printed so far, stdout and stderr. */
	output(): string;
}

const START_WAIT_MS = 120_000;

/**
 * Starts `astro dev` for the fixture at `root` (content only, like buildFixture's: the real config,
 * `src/` and `public/`) on a free port, in a process of its own: Astro's dev server inside the test
 * runner's process answers every request with a bare 404, and a process of its own can always be
 * killed, whatever state the server is in.
 */
export async function startDevServer(root: string): Promise<DevServer> {
	const options = {
		root,
		configFile: relative(root, join(REPO_ROOT, 'astro.config.mjs')),
		srcDir: join(REPO_ROOT, 'src'),
		publicDir: join(REPO_ROOT, 'public'),
		cacheDir: join(root, '.cache'),
		logLevel: 'error',
		devToolbar: { enabled: false },
		server: { port: 0, host: '127.0.0.1' },
		vite: { cacheDir: join(root, '.vite') },
	};
	const script = `import { dev } from 'astro';
const server = await dev(${JSON.stringify(options)});
console.log('listening on port ' + server.address.port);
process.on('SIGTERM', () => server.stop().finally(() => process.exit(0)));`;
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	for (const key of [
		'BASE_URL',
		'SITE',
		'MODE',
		'DEV',
		'PROD',
		'SSR',
		'NODE_ENV',
		'VITEST',
		'VITEST_MODE',
		'VITEST_POOL_ID',
		'VITEST_WORKER_ID',
		'TEST',
	])
		delete env[key];
	const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
		cwd: REPO_ROOT,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
			await exited;
			clearTimeout(killed);
		}
	};
	try {
		const port = await new Promise<number>((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`astro dev did not start in ${START_WAIT_MS / 1000} s:\n${output}`)),
				START_WAIT_MS,
			);
			const read = (chunk: Buffer) => {
				output += chunk.toString();
				const port = /listening on port (\d+)/.exec(output)?.[1];
				if (port) {
					clearTimeout(timer);
					resolve(Number(port));
				}
			};
			// Both stay attached after the start, for tests of what the server prints.
			child.stdout.on('data', read);
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`astro dev exited (${code}) before it started:\n${output}`));
			});
		});
		return { origin: `http://127.0.0.1:${port}`, stop, output: () => output };
	} catch (error) {
		await stop();
		throw error;
	}
}
