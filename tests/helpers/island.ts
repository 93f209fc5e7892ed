import type { Page } from 'playwright-core';

/** An item vis-timeline has drawn in the island. */
export const ISLAND_ITEM = '.timeline-vis .vis-item';

/** Waits until the island (vis-timeline, loaded on demand) has drawn its first item. */
export async function waitForIsland(page: Page): Promise<void> {
	await page.locator(ISLAND_ITEM).first().waitFor({ state: 'visible' });
}

/** Opens the interactive timeline as a reader does, with its visible "Explore" button, and waits for its drawing. */
export async function explore(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^Explore/ }).click();
	await waitForIsland(page);
}
