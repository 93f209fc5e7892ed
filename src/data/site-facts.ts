import { LICENCE, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../consts.ts';
import type { SiteFacts } from '../lib/structured-data/index.ts';

/** What the site's structured data says about the site itself: its name, language and licence. */
export const SITE_FACTS: SiteFacts = {
	name: SITE_NAME,
	description: SITE_DESCRIPTION,
	language: SITE_LANGUAGE,
	licence: LICENCE.url,
};
