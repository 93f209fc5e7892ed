import type { Page } from 'playwright-core';

/**
 * The accessible names Chromium computes for the elements `selector` finds, in the page's order:
 * read from its accessibility tree (the DevTools protocol's Accessibility domain), as a screen
 * reader or speech input gets them, not from attributes.
 */
export async function accessibleNames(page: Page, selector: string): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
		const names: string[] = [];
		for (const nodeId of nodeIds) {
			const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
				nodeId,
				fetchRelatives: false,
			});
			names.push(String(nodes[0]?.name?.value ?? ''));
		}
		return names;
	} finally {
		await cdp.detach();
	}
}

/**
 * The text a sighted reader sees in each element `selector` finds, spaces collapsed: an HTML
 * element's `innerText`; in SVG, which has none, the text nodes displayed and drawn at a size.
 */
export function visibleTexts(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((elements) =>
		elements.map((element) => {
			if (element instanceof HTMLElement) return element.innerText.replace(/\s+/gu, ' ').trim();
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			let text = '';
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement!;
				const drawn =
					parent.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
					Number.parseFloat(getComputedStyle(parent).fontSize) > 0;
				if (drawn) text += node.textContent ?? '';
			}
			return text.replace(/\s+/gu, ' ').trim();
		}),
	);
}
