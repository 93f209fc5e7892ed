import { ASCENT, DESCENT } from './text-box.ts';

/** A rectangle in the map's own units (its viewBox), y downwards. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** A place's dot and the name to write beside it. */
export interface PointLabel {
	at: readonly [number, number];
	/** The dot's radius, its outline included. */
	radius: number;
	text: string;
	/** The text's height (its font size) and measured width, in map units. */
	size: number;
	width: number;
}

/** A country's name, centred on a point inside it; dropped when it has no room. */
export interface AreaLabel {
	at: readonly [number, number];
	text: string;
	size: number;
	width: number;
}

type Anchor = 'start' | 'middle' | 'end';

/** A line of text as drawn: its baseline's anchor point and alignment, and the box it covers. */
export interface PlacedText {
	text: string;
	x: number;
	y: number;
	anchor: Anchor;
	box: Box;
}

/** Where a place's name went: beside the dot, further off with a leader line, or into the key. */
export type PlacedPointLabel =
	NamedDot | { key: number; number: NamedDot | undefined; text: string };

/** A name beside its dot, or further off with a leader line (from the dot to the label's edge). */
export type NamedDot = PlacedText & { leader?: readonly [number, number, number, number] };

/** The whole layout: every place's label in input order, the country names kept, the key's lines. */
export interface LabelLayout {
	places: PlacedPointLabel[];
	countries: PlacedText[];
	/** Below the frame, when some names went into the key. */
	key: PlacedText[];
	/** The frame's height with the key's strip below it. */
	height: number;
}

/** Room kept around every label, for its halo (a 3-unit stroke) and a little air. */
const PAD = 2;
/** Within this distance of its dot, a leader line may pass over others' dots (no way out else). */
const CLUSTER = 8;
/** A line's height in the key, in em, and the key's text size against the names'. */
const LINE = ASCENT + DESCENT;
const KEY_SIZE = 0.8;
/** Between a dot's edge and its label. */
const GAP = 3;
/** A place name's position costs this many points of leg covered for each country name it moves. */
const COUNTRY_COST = 5;

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (box: Box, width: number, height: number) =>
	box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
const grow = (box: Box, by: number): Box => ({
	left: box.left - by,
	top: box.top - by,
	right: box.right + by,
	bottom: box.bottom + by,
});

/** The text with its baseline at (x, y), aligned by `anchor`, and the box a browser gives it. */
function text(
	label: { text: string; size: number; width: number },
	x: number,
	y: number,
	anchor: Anchor,
): PlacedText {
	const left = anchor === 'start' ? x : anchor === 'end' ? x - label.width : x - label.width / 2;
	return {
		text: label.text,
		x,
		y,
		anchor,
		box: {
			left,
			top: y - ASCENT * label.size,
			right: left + label.width,
			bottom: y + DESCENT * label.size,
		},
	};
}

/**
 * A label beside the point (x, y) at `distance` in one of eight directions, the box touching that
 * point: right and left centred on the dot's height, above and below centred on it, then the
 * diagonals (cartographers' order of preference: right, left, above, below, corners).
 */
function besides(
	label: { text: string; size: number; width: number },
	[x, y]: readonly [number, number],
	distance: number,
): PlacedText[] {
	// The baseline that centres the box on y.
	const middle = y + ((ASCENT - DESCENT) * label.size) / 2;
	const diagonal = distance * Math.SQRT1_2;
	return [
		text(label, x + distance, middle, 'start'),
		text(label, x - distance, middle, 'end'),
		text(label, x, y - distance - DESCENT * label.size, 'middle'),
		text(label, x, y + distance + ASCENT * label.size, 'middle'),
		text(label, x + diagonal, y - diagonal - DESCENT * label.size, 'start'),
		text(label, x + diagonal, y + diagonal + ASCENT * label.size, 'start'),
		text(label, x - diagonal, y - diagonal - DESCENT * label.size, 'end'),
		text(label, x - diagonal, y + diagonal + ASCENT * label.size, 'end'),
	];
}

/**
 * A label touching the point `distance` from (x, y) in each of sixteen directions, starting to the
 * right and turning up: the positions a name with a leader line may take.
 */
function around(
	label: { text: string; size: number; width: number },
	[x, y]: readonly [number, number],
	distance: number,
): PlacedText[] {
	return Array.from({ length: 16 }, (_, step) => {
		const angle = (step * Math.PI) / 8;
		const [dx, dy] = [Math.cos(angle), -Math.sin(angle)];
		const [px, py] = [x + dx * distance, y + dy * distance];
		const anchor = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
		const baseline =
			dy < -0.3
				? py - DESCENT * label.size
				: dy > 0.3
					? py + ASCENT * label.size
					: py + ((ASCENT - DESCENT) * label.size) / 2;
		return text(label, px, baseline, anchor);
	});
}

/** Where two segments cross, if they do. */
function crossing(
	[ax, ay, bx, by]: readonly [number, number, number, number],
	[cx, cy, dx, dy]: readonly [number, number, number, number],
): [number, number] | undefined {
	const denominator = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
	if (denominator === 0) return undefined;
	const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / denominator;
	const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / denominator;
	return t >= 0 && t <= 1 && u >= 0 && u <= 1
		? [ax + t * (bx - ax), ay + t * (by - ay)]
		: undefined;
}

/** Points along the segment, every few units, to test a leader line against boxes. */
function along([x1, y1, x2, y2]: readonly [number, number, number, number]): [number, number][] {
	const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 3));
	return Array.from({ length: steps + 1 }, (_, step) => [
		x1 + ((x2 - x1) * step) / steps,
		y1 + ((y2 - y1) * step) / steps,
	]);
}
const holds = (box: Box, [x, y]: readonly [number, number]) =>
	x > box.left && x < box.right && y > box.top && y < box.bottom;

/** The point of `box` nearest to (x, y): where a leader line from the dot meets its label. */
const nearest = (box: Box, [x, y]: readonly [number, number]): [number, number] => [
	Math.min(Math.max(x, box.left), box.right),
	Math.min(Math.max(y, box.top), box.bottom),
];

/**
 * Lays out a map's labels at build time, the same way every time, so that no two overlap, none
 * covers a dot, and all stay inside the `width` × `height` frame. The map is an image scaled as a
 * whole, so boxes measured in its own units hold at every screen width.
 *
 * Place names go first, the most crowded places first (most dots nearby), each in the first of
 * eight positions around its dot that is free (preferring, among free ones, one that crosses fewer
 * points of `lines`, the legs); when none is, further off with a leader line; when nothing fits,
 * the dot gets a number (placed before the names, the same ways) and the name a line of a key in a
 * strip below the frame. Country
 * names yield: each is kept at its point, or nudged a little, only where it overlaps nothing.
 */
export function layoutLabels({
	width,
	height,
	places,
	countries,
	lines = [],
}: {
	width: number;
	height: number;
	places: readonly PointLabel[];
	countries: readonly AreaLabel[];
	/** Points along the drawn legs, which labels avoid when they can. */
	lines?: readonly (readonly [number, number])[];
}): LabelLayout {
	const dots = places.map(({ at: [x, y], radius }) => ({
		left: x - radius,
		top: y - radius,
		right: x + radius,
		bottom: y + radius,
	}));
	const crowding = (place: PointLabel) =>
		places.filter(({ at }) => Math.hypot(at[0] - place.at[0], at[1] - place.at[1]) < 60).length;
	const order = places
		.map((place, index) => ({ place, index, crowd: crowding(place) }))
		.sort((a, b) => b.crowd - a.crowd || a.index - b.index);
	// Where each country's name would be if nothing were in the way.
	const wanted = countries.map((country) => centred(country).box);
	// Names that fail go to the key; their numbers then take room first: again until none fails.
	let keyed: number[] = [];
	for (;;) {
		const taken: Taken = { dots, texts: [], leaders: [], lines: [] };
		const result: PlacedPointLabel[] = [];
		const take = (placed: NamedDot) => {
			taken.texts.push(placed.box);
			if (placed.leader) {
				taken.leaders.push(...along(placed.leader));
				taken.lines.push(placed.leader);
			}
		};
		// The key's numbers first: they are small, and a reader needs them to use the key.
		for (const [position, index] of keyed.entries()) {
			const place = places[index]!;
			const label = { text: String(position + 1), size: place.size, width: place.size * 0.75 };
			// A number that has no other way out may cross another leader: the key must be usable.
			const number =
				placePoint({ ...place, ...label }, taken, [], [], width, height) ??
				placePoint({ ...place, ...label }, taken, [], [], width, height, false);
			if (number) take(number);
			result[index] = { key: position + 1, number, text: place.text };
		}
		const failed: number[] = [];
		for (const { place, index } of order) {
			if (keyed.includes(index)) continue;
			const placed = placePoint(place, taken, lines, wanted, width, height);
			if (placed) {
				result[index] = placed;
				take(placed);
			} else failed.push(index);
		}
		if (failed.length > 0) {
			keyed = [...keyed, ...failed].sort((a, b) => a - b);
			continue;
		}
		const key = keyLines(places, keyed, width, height);
		return {
			places: result,
			countries: placeCountries(countries, taken, width, height),
			key: key.lines,
			height: height + key.height,
		};
	}
}

/** What labels placed so far cover: dots, text boxes, and points along leader lines. */
interface Taken {
	dots: readonly Box[];
	texts: Box[];
	leaders: [number, number][];
	/** The leader lines themselves, which no other may cross. */
	lines: (readonly [number, number, number, number])[];
}

/**
 * Whether a text box may go there: inside the frame, clear of every dot by its halo, of every
 * other text by two paddings (each's halo and some air), and of every leader line.
 */
function isFree(box: Box, taken: Taken, width: number, height: number): boolean {
	const halo = grow(box, 1);
	const padded = grow(box, PAD);
	return (
		inside(box, width, height) &&
		!taken.dots.some((dot) => overlaps(dot, halo)) &&
		!taken.texts.some((text) => overlaps(grow(text, PAD), padded)) &&
		!taken.leaders.some((point) => holds(padded, point))
	);
}

/**
 * The key's lines ("1 Khasan") in a strip below the frame, in as many columns as its width
 * holds, numbers running down each column; and the strip's height.
 */
function keyLines(
	places: readonly PointLabel[],
	keyed: readonly number[],
	width: number,
	height: number,
): { lines: PlacedText[]; height: number } {
	if (keyed.length === 0) return { lines: [], height: 0 };
	const lines = keyed.map((index, position) => {
		const place = places[index]!;
		const size = place.size * KEY_SIZE;
		return {
			text: `${position + 1} ${place.text}`,
			size,
			// The name's width at the smaller size, and the number and space before it.
			width: (place.width / place.size) * size + size * 1.2,
		};
	});
	const size = Math.max(...lines.map((line) => line.size));
	const column = Math.max(...lines.map((line) => line.width)) + 3 * PAD;
	const columns = Math.max(1, Math.min(lines.length, Math.floor((width - 2 * PAD) / column)));
	const rows = Math.ceil(lines.length / columns);
	return {
		lines: lines.map((line, index) =>
			text(
				line,
				2 * PAD + Math.floor(index / rows) * column,
				height + PAD + ((index % rows) + 1) * LINE * size - DESCENT * size,
				'start',
			),
		),
		height: rows * LINE * size + 2 * PAD,
	};
}

/**
 * A place's name in the cheapest free position beside its dot, else the first free one further
 * off (up to twelve lines away) whose leader line crosses no text, no other leader, and no other
 * dot but those of its own cluster (unless not `strict`: then it may cross other leaders).
 */
function placePoint(
	place: PointLabel,
	taken: Taken,
	lines: readonly (readonly [number, number])[],
	countries: readonly Box[],
	width: number,
	height: number,
	strict = true,
): NamedDot | undefined {
	const free = (candidate: PlacedText) => isFree(candidate.box, taken, width, height);
	// What a free position costs: each point of a leg under the text or its halo, and more for
	// each country name it would push away.
	const cost = (candidate: PlacedText) =>
		lines.filter((point) => holds(grow(candidate.box, 1), point)).length +
		COUNTRY_COST * countries.filter((box) => overlaps(box, grow(candidate.box, PAD))).length;
	const beside = besides(place, place.at, place.radius + GAP).filter(free);
	if (beside.length > 0)
		return beside.reduce((best, candidate) => (cost(candidate) < cost(best) ? candidate : best));
	for (const times of [1.5, 2.5, 3.5, 5, 7, 9, 12]) {
		const distance = place.radius + GAP + times * place.size;
		for (const candidate of around(place, place.at, distance).filter(free)) {
			const [x, y] = nearest(candidate.box, place.at);
			const leader = [place.at[0], place.at[1], x, y] as const;
			const points = along(leader).slice(1, -1);
			// Past its own cluster a leader passing over a dot would seem to name it.
			const clear = CLUSTER + place.radius;
			if (
				!points.some((point) => taken.texts.some((box) => holds(grow(box, 1), point))) &&
				!points.some(
					([px, py]) =>
						Math.hypot(px - place.at[0], py - place.at[1]) > clear &&
						taken.dots.some((dot) => holds(grow(dot, 1), [px, py])),
				) &&
				// Leaders may cross where a dot hides it (out of a cluster), nowhere else.
				!(
					strict &&
					taken.lines.some((line) => {
						const point = crossing(line, leader);
						return point !== undefined && !taken.dots.some((dot) => holds(grow(dot, 0.5), point));
					})
				)
			)
				return { ...candidate, leader };
		}
	}
	return undefined;
}

/** A line of text centred on its point, across and up and down. */
const centred = (label: AreaLabel) =>
	text(label, label.at[0], label.at[1] + ((ASCENT - DESCENT) * label.size) / 2, 'middle');

/** Each country's name at its point or nudged by up to a line, where it overlaps nothing; else none. */
function placeCountries(
	countries: readonly AreaLabel[],
	taken: Taken,
	width: number,
	height: number,
): PlacedText[] {
	const placed: PlacedText[] = [];
	for (const country of countries) {
		const { y: baseline } = centred(country);
		const step = (ASCENT + DESCENT) * country.size;
		const shifts: [number, number][] = [
			[0, 0],
			[0, -step / 2],
			[0, step / 2],
			[0, -step],
			[0, step],
			[-country.width / 2, 0],
			[country.width / 2, 0],
		];
		const found = shifts
			.map(([dx, dy]) => text(country, country.at[0] + dx, baseline + dy, 'middle'))
			.find(
				(candidate) =>
					inside(grow(candidate.box, PAD), width, height) &&
					isFree(candidate.box, taken, width, height),
			);
		if (found) {
			placed.push(found);
			taken.texts.push(found.box);
		}
	}
	return placed;
}
