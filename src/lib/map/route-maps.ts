import type { ChronologyEvent } from '../chronology.ts';
import type { Place } from './gazetteer.ts';
import type { MapLeg, MapPlace } from './route-map.ts';

/** An event as a map's place links it. */
export interface PlaceEvent {
	slug: string;
	title: string;
	dateLabel: string;
	href: string;
}

/** What one map shows: its places (each with the events naming it), its legs and the words for it. */
export interface RouteMapPlan {
	/** The event it maps, absent for the chronology's map (its file: `routes.map(slug)`). */
	slug?: string;
	places: (MapPlace & { events: PlaceEvent[] })[];
	legs: MapLeg[];
	title: string;
	/** One paragraph saying what the map shows: its alt text and its SVG's `<desc>`. */
	description: string;
}

/** A route leg naming a place the gazetteer lacks: which event, which leg, which name. */
export class UnknownPlaceError extends Error {
	readonly slug: string;
	readonly leg: number;
	readonly place: string;

	constructor(slug: string, leg: number, place: string) {
		super(`route leg ${leg} names "${place}", which the gazetteer does not list`);
		this.name = 'UnknownPlaceError';
		this.slug = slug;
		this.leg = leg;
		this.place = place;
	}
}

const LINK = ({ slug, title, dateLabel, href }: ChronologyEvent): PlaceEvent => ({
	slug,
	title,
	dateLabel,
	href,
});

function legsOf(event: ChronologyEvent, gazetteer: ReadonlyMap<string, Place>): MapLeg[] {
	return event.route.map(({ from, to, by }, index) => {
		const [start, end] = [gazetteer.get(from), gazetteer.get(to)];
		if (!start) throw new UnknownPlaceError(event.slug, index + 1, from);
		if (!end) throw new UnknownPlaceError(event.slug, index + 1, to);
		return { from: start, to: end, by };
	});
}

/** "Najin to Dunay by sea, then Dunay to Tikhoretsk by rail". */
function describeLegs(legs: readonly MapLeg[]): string {
	return legs
		.map(
			({ from, to, by }, index) => `${index > 0 ? 'then ' : ''}${from.name} to ${to.name} by ${by}`,
		)
		.join(', ');
}

/** The places an event names, in `places:` or its route, each once. */
const namesOf = (event: ChronologyEvent) =>
	new Set([...event.places, ...event.route.flatMap(({ from, to }) => [from, to])]);

/** A map of `events`' places and routes; each place links every event of `all` naming it. */
function plan(
	slug: string | undefined,
	title: string,
	events: readonly ChronologyEvent[],
	all: readonly ChronologyEvent[],
	gazetteer: ReadonlyMap<string, Place>,
	emphasis = false,
): RouteMapPlan | undefined {
	const named = new Map<string, RouteMapPlan['places'][number]>();
	for (const name of new Set(events.flatMap((event) => [...namesOf(event)]))) {
		const place = gazetteer.get(name);
		if (place)
			named.set(name, {
				name,
				lat: place.lat,
				lon: place.lon,
				emphasis,
				events: all.filter((event) => namesOf(event).has(name)).map(LINK),
			});
	}
	if (named.size === 0) return undefined;
	const legs = events.flatMap((event) => legsOf(event, gazetteer));
	const routes = events.filter((event) => event.route.length > 0);
	const route = routes.map(
		(event) =>
			`${describeLegs(legsOf(event, gazetteer))} (${event.attribution ? `according to ${event.attribution}` : 'as the sources report'}, ${event.dateLabel})`,
	);
	const description = [
		`A map from southern Russia to the Korean peninsula marking ${[...named.keys()].join(', ')}.`,
		route.length > 0
			? `The line shows the route: ${route.join('; ')}. The sources give the mode, not the track: the line is a diagram, not the railway.`
			: '',
	]
		.filter(Boolean)
		.join(' ');
	return {
		...(slug === undefined ? {} : { slug }),
		places: [...named.values()],
		legs,
		title,
		description,
	};
}

/**
 * The route maps of a chronology: one of every place its events name that the gazetteer lists,
 * with every route (the chronology's), and one per event naming such a place, its own places and
 * route. A route leg naming a place the gazetteer lacks is an {@link UnknownPlaceError}.
 */
export function planRouteMaps(
	events: readonly ChronologyEvent[],
	gazetteer: ReadonlyMap<string, Place>,
): { chronology?: RouteMapPlan; byEvent: Map<string, RouteMapPlan> } {
	const chronology = plan(
		undefined,
		'Where the events took place, and the shipments’ route',
		events,
		events,
		gazetteer,
	);
	const byEvent = new Map<string, RouteMapPlan>();
	for (const event of events) {
		const own = plan(event.slug, `Where: ${event.title}`, [event], events, gazetteer, true);
		if (own) byEvent.set(event.slug, own);
	}
	return chronology ? { chronology, byEvent } : { byEvent };
}
