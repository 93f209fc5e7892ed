import { DEFAULT_CORRECTIONS_EMAIL } from '../consts.ts';

/** The address readers write to with a correction: `CORRECTIONS_EMAIL` at build time, else the placeholder. */
export const CORRECTIONS_EMAIL: string =
	import.meta.env['CORRECTIONS_EMAIL'] || DEFAULT_CORRECTIONS_EMAIL;
