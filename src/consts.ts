/**
 * The site's one name: in the header, the chronology's heading, every page title ("Data — …"),
 * the feeds, the JSON export and the preview cards.
 */
export const SITE_NAME = 'North Korea’s munitions for Russia';

/** The standfirst under the chronology's heading, read on the first screen of a phone; also its meta description. */
export const SITE_DESCRIPTION =
	'How North Korea came to be accused of shipping over 1,000 containers of munitions to Russia in September–October 2023, each event traced to its source.';

/** BCP 47 language of the site's own text. */
export const SITE_LANGUAGE = 'en-GB';

/** Locale for dates shown to readers: day month year, as the sources write them. */
export const DATE_LOCALE = 'en-GB';
