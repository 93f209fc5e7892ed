/** The chronology's name, in the page title of every page and in the feeds. */
export const SITE_TITLE = 'North Korea’s munitions for Russia: a sourced chronology';

/** Short name for the header and page titles. */
export const SITE_SHORT_TITLE = 'North Korea–Russia munitions chronology';

/** The standfirst under the chronology's title; also its meta description. */
export const SITE_DESCRIPTION =
	'From the Kim–Putin summit of September 2023 to the White House briefing of 13 October 2023: how North Korea came to be accused of shipping more than 1,000 containers of military equipment and munitions to Russia, every event traced to the passage that reports it.';

/** BCP 47 language of the site's own text. */
export const SITE_LANGUAGE = 'en-GB';

/** Locale for dates shown to readers: day month year, as the sources write them. */
export const DATE_LOCALE = 'en-GB';

/** The longest event summary, in characters: it is the link-preview description, which previews cut. */
export const SUMMARY_LIMIT = 240;
