import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardContent } from './card-layout.ts';
import { MissingGlyphError, type CardFont, type CardRenderer } from './card-renderer.ts';

/** A worker's answer about the one card it was sent: the PNG, the characters its fonts lack, or another error's stack. */
export type CardResponse = { png: Uint8Array } | { missing: string[] } | { error: string };

/** Options of {@link createCardPool}. */
export interface CardPoolOptions {
	/** The worker's module: src/lib/cards/card-worker.ts, by its file URL. */
	worker: URL;
	fonts: CardFont[];
	/** Worker threads; one per core by default. */
	threads?: number;
	/** Workers idle this long are stopped (a build's cards come in one burst), in ms. */
	idleMs?: number;
}

interface Task {
	content: CardContent;
	resolve(png: Uint8Array): void;
	reject(error: Error): void;
}

/**
 * A {@link CardRenderer} that renders on worker threads, one card per worker at a time: satori and
 * resvg run on one core each, so a build's hundreds of cards take as many times less wall time as
 * the machine has cores. Workers start with the first card and stop once idle, so the pool never
 * keeps a finished build's process alive.
 */
export function createCardPool({
	worker,
	fonts,
	threads = availableParallelism(),
	idleMs = 1000,
}: CardPoolOptions): CardRenderer {
	const queue: Task[] = [];
	const idle: Worker[] = [];
	const busy = new Map<Worker, Task>();
	let started = 0;
	let idleTimer: NodeJS.Timeout | undefined;

	const stopIdle = () => {
		for (const thread of idle.splice(0)) void thread.terminate();
		started = busy.size;
	};

	const settle = (thread: Worker, response: CardResponse) => {
		const task = busy.get(thread);
		busy.delete(thread);
		if (task) {
			if ('png' in response) task.resolve(response.png);
			else if ('missing' in response) task.reject(new MissingGlyphError(response.missing));
			else
				task.reject(
					new Error(`A card worker failed on “${task.content.title}”: ${response.error}`),
				);
		}
		idle.push(thread);
		dispatch();
	};

	const spawn = () => {
		// The parent's Node flags but `--input-type`, which a build run with `node -e` has and a worker's file refuses.
		const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
		const thread = new Worker(worker, { workerData: { fonts }, execArgv });
		thread.on('message', (response: CardResponse) => settle(thread, response));
		thread.on('error', (error) => {
			// A worker that crashes takes its card down with it; the others carry on.
			busy.get(thread)?.reject(error);
			busy.delete(thread);
			if (idle.includes(thread)) idle.splice(idle.indexOf(thread), 1);
			started--;
			dispatch();
		});
		started++;
		return thread;
	};

	function dispatch(): void {
		clearTimeout(idleTimer);
		while (queue.length > 0) {
			const thread = idle.pop() ?? (started < threads ? spawn() : undefined);
			if (!thread) break;
			const task = queue.shift()!;
			busy.set(thread, task);
			thread.ref();
			thread.postMessage(task.content);
		}
		for (const thread of idle) thread.unref();
		if (busy.size === 0 && idle.length > 0) idleTimer = setTimeout(stopIdle, idleMs).unref();
	}

	return {
		render(content) {
			return new Promise((resolve, reject) => {
				queue.push({ content, resolve, reject });
				dispatch();
			});
		},
	};
}
