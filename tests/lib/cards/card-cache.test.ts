import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCardCache } from '../../../src/lib/cards/card-cache.ts';

/** A render function that counts its calls and returns bytes naming the call. */
function counter() {
	let calls = 0;
	return {
		render: async () => new TextEncoder().encode(`render ${++calls}`),
		get calls() {
			return calls;
		},
	};
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('createCardCache', () => {
	test('renders a card once and reads it back, unchanged, on a later build', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'card-cache-'));
		const renders = counter();
		const first = await createCardCache(folder).get({ title: 'A' }, renders.render);
		// A new cache on the same folder: a second build, in a new process.
		const second = await createCardCache(folder).get({ title: 'A' }, renders.render);
		expect(renders.calls).toBe(1);
		expect(first.cached).toBe(false);
		expect(second.cached).toBe(true);
		expect(text(second.png)).toBe('render 1');
	});

	test('renders again when the card’s content changes', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'card-cache-'));
		const renders = counter();
		const cache = createCardCache(folder);
		await cache.get({ title: 'A' }, renders.render);
		const changed = await cache.get({ title: 'A, corrected' }, renders.render);
		expect(renders.calls).toBe(2);
		expect(text(changed.png)).toBe('render 2');
	});

	test('renders again when the fonts change', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'card-cache-'));
		const renders = counter();
		await createCardCache(folder, [new Uint8Array([1])]).get({ title: 'A' }, renders.render);
		const newFont = await createCardCache(folder, [new Uint8Array([2])]).get(
			{ title: 'A' },
			renders.render,
		);
		expect(newFont.cached).toBe(false);
		expect(renders.calls).toBe(2);
	});

	test('leaves only whole cards in its folder', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'card-cache-'));
		await createCardCache(folder).get({ title: 'A' }, counter().render);
		expect(await readdir(folder)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.png$/)]);
	});
});
