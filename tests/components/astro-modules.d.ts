/**
 * `.astro` imports for `tsc`, which cannot read Astro files: each is a component the Container API
 * renders. `astro check` resolves these imports to the files themselves, with their real props.
 */
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

	const Component: AstroComponentFactory;
	export default Component;
}
