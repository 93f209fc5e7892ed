import {
	formatPostDate,
	monthNames,
	parseCalendarDate,
	POST_LOCALE,
	toIsoString,
} from '../lib/dates/index.ts';

/** A social-media post quoted in an article, as the `<SocialPost>` component takes it. */
export interface SocialPost {
	/** Display name: "Laura Rozen". */
	author: string;
	/** Handle without the @: "lrozen". */
	handle: string;
	/** ISO date of the post: "2023-10-13". */
	date: string;
	/** The post itself, links such as `pic.twitter.com/…` included, as plain text. */
	text: string;
}

/** The month names a post is signed with ("October"), in the posts' own locale. */
const MONTHS = monthNames(POST_LOCALE);

/**
 * How an embedded post is signed when copied from an article: "… — Name (@handle) Month D, YYYY".
 * The text is greedy so the signature is split at the LAST " — " (posts may contain dashes).
 * Only this exact shape is recognised, so the paragraph can be rebuilt character for character
 * from the result; anything else stays an ordinary paragraph.
 */
const SIGNATURE = new RegExp(
	`^([\\s\\S]*\\S) — ([^\\n]*\\S) \\(@([A-Za-z0-9_]{1,15})\\) (${MONTHS.join('|')}) ([1-9]|[12]\\d|3[01]), (\\d{4})$`,
);

/**
 * Reads a paragraph that is an embedded social-media post.
 * @returns the post, or `undefined` when the paragraph is not one (or its date does not exist).
 */
export function parseSocialPost(paragraph: string): SocialPost | undefined {
	const match = SIGNATURE.exec(paragraph);
	if (!match) return undefined;
	const [, text = '', author = '', handle = '', month = '', day = '', year = ''] = match;
	const date = parseCalendarDate(
		`${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`,
	);
	if ('error' in date) return undefined;
	const post = { author, handle, date: toIsoString(date), text };
	// The page shows the date as ISO, so accept the post only if nothing else was lost.
	return socialPostParagraph(post) === paragraph ? post : undefined;
}

/**
 * The paragraph a post was read from, rebuilt from its parts. {@link parseSocialPost} accepts a
 * post only when this gives back its paragraph exactly, so turning a paragraph into a
 * `<SocialPost>` never loses a character of what the article said.
 */
export function socialPostParagraph(post: SocialPost): string {
	const date = parseCalendarDate(post.date);
	if ('error' in date) throw new Error(`The post by ${post.author} has a bad date: ${date.error}`);
	return `${post.text} — ${post.author} (@${post.handle}) ${formatPostDate(date)}`;
}
