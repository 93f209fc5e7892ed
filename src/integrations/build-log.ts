import type { ViteUserConfig } from 'astro';

/** Rolldown's `onLog` option, as Vite takes it in `build.rolldownOptions`. */
type OnLog = NonNullable<
	NonNullable<NonNullable<ViteUserConfig['build']>['rolldownOptions']>['onLog']
>;

/**
 * Rolldown's log handler for our builds: every log goes on to Vite's default handler, except
 * Rolldown's `MODULE_LEVEL_DIRECTIVE` warning about Astro's own `"use astro:head-inject"`
 * directive, which printed seven lines per MDX entry on every build.
 *
 * That directive is put there by Astro (its content-assets plugin marks each rendered entry's
 * `?astroPropagatedAssets` module, so the entry's styles reach the page's `<head>`); Astro reads
 * the marker before bundling, so losing it in the bundle changes nothing, and no content of ours
 * can avoid it. It is Astro's bug, open upstream (withastro/astro#18087): drop this filter when
 * an Astro release stops emitting the warning. Any other directive, or any other warning, still
 * prints.
 */
export const onBuildLog: OnLog = (level, log, defaultHandler) => {
	if (isAstroHeadInjectWarning(log)) return;
	defaultHandler(level, log);
};

function isAstroHeadInjectWarning(log: { code?: string; message: string; id?: string }): boolean {
	return (
		log.code === 'MODULE_LEVEL_DIRECTIVE' &&
		log.message.includes('"use astro:head-inject"') &&
		(log.id ?? log.message).includes('?astroPropagatedAssets')
	);
}
