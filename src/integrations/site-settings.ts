import type { AstroIntegration } from 'astro';

/** A setting a published build should be given, and what goes wrong without it. */
interface Setting {
	variable: string;
	without: string;
}

const SETTINGS: Setting[] = [
	{
		variable: 'SITE_URL',
		without:
			'canonical links, og:image, the feed, the sitemap and the exports say https://example.org (Copy link, Cite this event and the embed code use the page’s own address in the browser)',
	},
	{
		variable: 'CORRECTIONS_EMAIL',
		without: 'the method page (/about/) asks readers to write to a placeholder address',
	},
];

/**
 * Warns once per production build, naming the variable, for each setting the environment does not
 * give: the build still succeeds (a local preview needs neither), but a published site without
 * them points readers at placeholders.
 */
export function siteSettings(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
	return {
		name: 'chronology:site-settings',
		hooks: {
			'astro:build:start': ({ logger }) => {
				for (const { variable, without } of SETTINGS) {
					if (!env[variable])
						logger.warn(
							`${variable} is not set, so ${without}. Set ${variable} when building the site you publish.`,
						);
				}
			},
		},
	};
}
