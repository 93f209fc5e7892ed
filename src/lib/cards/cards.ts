import { SITE_NAME } from '../../consts.ts';
import type { CardContent } from './card-layout.ts';

/** A preview card: where it is published (relative to the site's base), what it says, and its alt text. */
export interface Card {
	/** `cards/events/<slug>.png`, `cards/chronology.png`: relative to the base, for `routes.path` / `routes.absolute.path`. */
	path: string;
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

/** Folder of the cards under the site's base; each event's card is named for its slug. */
const CARDS_FOLDER = 'cards/';

function card(path: string, content: CardContent): Card {
	const alt = [content.kicker, content.title, content.byline]
		.filter((line): line is string => Boolean(line))
		.map((line) => (/[.!?]$/.test(line) ? line : `${line}.`))
		.join(' ');
	return { path: `${CARDS_FOLDER}${path}`, content, alt };
}

/** An event's card: its date label, title and attribution. */
export function eventCard(event: CardEvent): Card {
	return card(`events/${event.slug}.png`, {
		kicker: event.dateLabel,
		title: event.title,
		byline: event.attribution ? `According to ${event.attribution}` : undefined,
		footer: SITE_NAME,
	});
}

/** The chronology's card, which every page that is not an event's shares. */
export function chronologyCard(): Card {
	return card('chronology.png', {
		kicker: 'A sourced chronology, September–October 2023',
		title: SITE_NAME,
		byline: 'Every event traced to the passage that reports it',
		footer: SITE_NAME,
	});
}
