import { SITE_NAME } from '../../consts.ts';
import type { CardContent } from './card-layout.ts';

/** A preview card: whose it is, what it says, and its alt text. */
export interface Card {
	/** The event's slug, for `routes.card(slug)`; absent on the chronology's card. */
	slug?: string;
	content: CardContent;
	/** The card's text as one sentence per line of the card, for `og:image:alt`. */
	alt: string;
}

/** The fields of an event that its card shows (a `ChronologyEvent` has them). */
export interface CardEvent {
	slug: string;
	title: string;
	/** At its precision, as the chronology shows it: "On or before 13 October 2023". */
	dateLabel: string;
	/** Who asserts it, to follow "According to": "the White House". */
	attribution?: string | undefined;
}

function card(slug: string | undefined, content: CardContent): Card {
	const alt = [content.kicker, content.title, content.byline]
		.filter((line): line is string => Boolean(line))
		.map((line) => (/[.!?]$/.test(line) ? line : `${line}.`))
		.join(' ');
	return { ...(slug === undefined ? {} : { slug }), content, alt };
}

/** An event's card: its date label, title and attribution. */
export function eventCard(event: CardEvent): Card {
	return card(event.slug, {
		kicker: event.dateLabel,
		title: event.title,
		byline: event.attribution ? `According to ${event.attribution}` : undefined,
		footer: SITE_NAME,
	});
}

/** The chronology's card, which every page that is not an event's shares. */
export function chronologyCard(): Card {
	return card(undefined, {
		kicker: 'A sourced chronology, September–October 2023',
		title: SITE_NAME,
		byline: 'Every event traced to the passage that reports it',
		footer: SITE_NAME,
	});
}
