// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The recommended rules of ESLint, typescript-eslint and eslint-plugin-astro: rules that catch
 * mistakes, not style (Prettier owns the layout). Node globals for the build and the CLIs, browser
 * globals for the island code in src/scripts/.
 */
export default defineConfig(
	globalIgnores([
		'dist/',
		'.astro/',
		'.vitest/',
		'docs/.bench/',
		'tests/**/fixtures/',
		'scripts/bench/fixtures/',
		'tests/**/.fixture-dist/',
	]),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// `let [from, to]` where only one changes stays one destructuring.
			'prefer-const': ['error', { destructuring: 'all' }],
			// `_name` marks a parameter or binding kept on purpose (a callback's position, a rest sibling).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	{
		files: ['src/scripts/**', 'src/**/*.astro'],
		languageOptions: { globals: { ...globals.browser } },
	},
);
