import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { startSite, type Site, type SiteOptions } from '../../harness/site.ts';
import { buildSite } from './build.ts';

/** Options of {@link useSite}. */
export interface UseSiteOptions extends SiteOptions {
	/** Builds the site and returns its `dist/`; by default the real site, built once per run for `base`. */
	build?: () => Promise<string>;
}

/**
 * The built site for the tests of one file or `describe`: built (once per run) and served before
 * they run, closed after. Call it at the top of the file or suite, then `site.open(path)` in tests:
 * a page opened in a test has its browser context closed when the test finishes, whatever its
 * outcome (a page opened in a hook is the hook's to close).
 */
export function useSite({ build, ...options }: UseSiteOptions = {}): Site {
	let started: Site | undefined;
	beforeAll(async () => {
		const dist = await (build
			? build()
			: buildSite(options.base === undefined ? {} : { base: options.base }));
		started = await startSite(dist, options);
	});
	afterAll(() => started?.close());
	const site = (): Site => {
		if (!started)
			throw new Error(
				'The site is not served yet: use it inside tests or hooks, after useSite() has run its beforeAll.',
			);
		return started;
	};
	return {
		get url() {
			return site().url;
		},
		async open(path, openOptions) {
			const opened = await site().open(path, openOptions);
			try {
				onTestFinished(() => opened.close());
			} catch {
				// Outside a test (in a hook): the caller closes it.
			}
			return opened;
		},
		browser: () => site().browser(),
		close: () => site().close(),
	};
}
