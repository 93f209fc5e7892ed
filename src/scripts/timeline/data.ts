import type { TimelineData } from '../../lib/timeline/island-data.ts';

/**
 * The island's items: from the page's own data block when Timeline.astro kept them inline, else
 * fetched from the same-origin file it names in `data-timeline-src` (a long chronology's items,
 * kept out of the page; the CSP's `connect-src 'self'` allows it).
 */
export async function loadTimelineData(root: HTMLElement): Promise<TimelineData> {
	const text = root.querySelector('script[data-timeline-data]')?.textContent;
	if (text) return JSON.parse(text) as TimelineData;
	const src = root.dataset['timelineSrc'];
	if (!src)
		throw new Error(
			'The timeline has neither a data block (script[data-timeline-data]) nor a data-timeline-src; Timeline.astro renders one of them.',
		);
	const response = await fetch(src, { credentials: 'same-origin' });
	if (!response.ok)
		throw new Error(`The timeline's items (${src}) could not be loaded: HTTP ${response.status}.`);
	return (await response.json()) as TimelineData;
}
