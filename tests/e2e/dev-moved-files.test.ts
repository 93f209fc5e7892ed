import { cpSync, mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { REPO_ROOT } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

/** How long a move may take to reach the page: the watcher's two events, the loader and a render. */
const SETTLE_MS = 4_000;
const CHANGE_WAIT_MS = 30_000;

describe('astro dev follows an event file that is moved or renamed', () => {
	let root: string;
	let server: DevServer | undefined;
	const events = () => join(root, 'content/events');

	beforeAll(async () => {
		root = mkdtempSync(join(inject('buildDir'), 'dev-moved-'));
		cpSync(join(REPO_ROOT, 'tests/build/fixtures/one-event'), root, { recursive: true });
		server = await startDevServer(root);
	}, 120_000);

	afterAll(async () => {
		await server?.stop();
	});

	/** The event page's status and HTML, once the watcher's events for a change have all arrived. */
	async function eventPage(): Promise<{ status: number; html: string }> {
		await sleep(SETTLE_MS);
		let last = { status: 0, html: '' };
		for (const started = Date.now(); Date.now() - started < CHANGE_WAIT_MS; await sleep(500)) {
			last = await fetch(`${server!.origin}/events/containers/`, {
				signal: AbortSignal.timeout(20_000),
			}).then(
				async (response) => ({ status: response.status, html: await response.text() }),
				() => last,
			);
			if (last.status === 200) break;
		}
		return last;
	}

	test('starts without an error line: no failed dependency scan', async () => {
		expect((await eventPage()).status).toBe(200);
		expect(server!.output()).not.toMatch(/\[ERROR\]|Failed to run dependency scan/);
	});

	test('serves the event after it moves into a folder and after it becomes .md', async () => {
		expect((await eventPage()).status).toBe(200);

		mkdirSync(join(events(), '2023'));
		renameSync(join(events(), 'containers.mdx'), join(events(), '2023/containers.mdx'));
		const moved = await eventPage();
		expect(moved.status).toBe(200);
		expect(moved.html).toContain('One well-cited event.');

		renameSync(join(events(), '2023/containers.mdx'), join(events(), '2023/containers.md'));
		const renamed = await eventPage();
		expect(renamed.status).toBe(200);
		expect(renamed.html).toContain('One well-cited event.');
	}, 180_000);
});
