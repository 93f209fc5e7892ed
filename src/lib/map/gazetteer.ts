import { LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'astro/zod';

/** A place the route map can draw. */
export interface Place {
	name: string;
	lat: number;
	lon: number;
	/** Where the coordinates came from. */
	source: string;
}

const placeSchema = z.strictObject({
	/** The name events use for it in `places:` and `route:`. */
	name: z.string().min(1),
	/** Latitude, decimal degrees north (WGS 84). */
	lat: z.number().min(-90).max(90),
	/** Longitude, decimal degrees east (WGS 84). */
	lon: z.number().min(-180).max(180),
	/** Where the coordinates came from: a gazetteer, an article, a survey. */
	source: z.string().min(1),
});

/** A problem in the gazetteer file, with its place. */
export class GazetteerError extends Error {
	readonly file: string;
	readonly line: number;

	constructor(file: string, line: number, problem: string) {
		super(`${file}, line ${line}: ${problem}`);
		this.name = 'GazetteerError';
		this.file = file;
		this.line = line;
	}
}

/** Reads the gazetteer (a YAML list of places), refusing with the line any entry the schema refuses or a name given twice. */
export function parseGazetteer(text: string, file: string): Map<string, Place> {
	const lines = new LineCounter();
	const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	/** The line of the node at `path`, or of the nearest entry holding it (a missing field's place). */
	const lineOf = (path: (string | number)[]): number => {
		const node = document.getIn(path, true) as Node | undefined;
		if (node?.range) return lines.linePos(node.range[0]).line;
		return path.length > 0 ? lineOf(path.slice(0, -1)) : 1;
	};
	const [syntax] = document.errors;
	if (syntax)
		throw new GazetteerError(
			file,
			lines.linePos(syntax.pos[0]).line,
			`not valid YAML (${syntax.message.split('\n')[0]})`,
		);
	const parsed = z.array(placeSchema).safeParse(document.toJS() ?? []);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new GazetteerError(
			file,
			lineOf(issue.path as (string | number)[]),
			`${issue.message} (${issue.path.join(' → ') || 'the list'})`,
		);
	}
	const places = new Map<string, Place>();
	parsed.data.forEach((place, index) => {
		if (places.has(place.name))
			throw new GazetteerError(
				file,
				lineOf([index]),
				`"${place.name}" is listed twice; keep one entry per place.`,
			);
		places.set(place.name, place);
	});
	return places;
}
