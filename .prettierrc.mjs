// @ts-check
/**
 * The house style, as the code was written by hand: tabs, single quotes, lines of at most 100
 * characters (Starlight's settings). Markdown and YAML keep spaces: tabs mean code blocks there.
 * @type {import('prettier').Config}
 */
export default {
	plugins: ['prettier-plugin-astro'],
	printWidth: 100,
	useTabs: true,
	singleQuote: true,
	trailingComma: 'all',
	overrides: [
		{ files: '*.astro', options: { parser: 'astro' } },
		{ files: ['*.md', '*.mdx', '*.yml', '*.yaml'], options: { useTabs: false } },
	],
};
