import { LineCounter, parseDocument, type Node } from 'yaml';
import { overviewSchema } from '../schemas/overview.ts';

/** An event as an overview bullet links it. */
export interface OverviewLink {
	slug: string;
	title: string;
	dateLabel: string;
	href: string;
}

/** One bullet, its events resolved. */
export interface OverviewBullet {
	text: string;
	events: OverviewLink[];
}

/** The overview as pages show it: two lists, either possibly empty. */
export interface Overview {
	known: OverviewBullet[];
	notConfirmed: OverviewBullet[];
}

/** A problem in the overview file, with its place: `content/overview.yaml, line 9: …`. */
export class OverviewError extends Error {
	readonly file: string;
	readonly line: number;

	constructor(file: string, line: number, problem: string) {
		super(`${file}, line ${line}: ${problem}`);
		this.name = 'OverviewError';
		this.file = file;
		this.line = line;
	}
}

/**
 * Reads the overview file's text (`file` names it in messages) and resolves each bullet's events
 * among `events` (by slug). Invalid YAML, a field the schema refuses or a slug no event has fails
 * with an {@link OverviewError} naming the line.
 */
export function parseOverview(
	text: string,
	file: string,
	events: ReadonlyMap<string, OverviewLink>,
): Overview {
	const lines = new LineCounter();
	const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const lineOf = (node: Node | null | undefined) =>
		node?.range ? lines.linePos(node.range[0]).line : 1;
	const [syntax] = document.errors;
	if (syntax)
		throw new OverviewError(
			file,
			lines.linePos(syntax.pos[0]).line,
			`not valid YAML (${syntax.message.split('\n')[0]})`,
		);
	const parsed = overviewSchema.safeParse(document.toJS());
	if (!parsed.success) {
		const [issue] = parsed.error.issues;
		const path = issue?.path ?? [];
		const node = document.getIn(path, true) as Node | undefined;
		const field = path.length > 0 ? ` (${path.join(' → ')})` : '';
		throw new OverviewError(
			file,
			lineOf(node ?? (document.contents as Node)),
			`${issue?.message ?? 'invalid'}${field}`,
		);
	}
	const resolve = (list: 'known' | 'not-confirmed'): OverviewBullet[] =>
		parsed.data[list].map((bullet, index) => ({
			text: bullet.text,
			events: bullet.events.map((slug, position) => {
				const found = events.get(slug);
				if (found) return found;
				const node = document.getIn([list, index, 'events', position], true) as Node | undefined;
				throw new OverviewError(
					file,
					lineOf(node),
					`no event has the slug "${slug}". Use an event's file name in content/events/ without its extension.`,
				);
			}),
		}));
	return { known: resolve('known'), notConfirmed: resolve('not-confirmed') };
}
