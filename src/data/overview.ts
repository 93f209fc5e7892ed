import { root } from 'astro:config/server';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OverviewError, parseOverview, type Overview } from '../lib/overview.ts';
import { getChronology } from './chronology.ts';

/** The overview's file, relative to the project root. */
const OVERVIEW_FILE = 'content/overview.yaml';

let overview: Promise<Overview | undefined> | undefined;

/**
 * The editor's overview ("what we know / what is not confirmed"), its events resolved against the
 * chronology; `undefined` when the site has no overview file. Read once per build (on every call
 * in `astro dev`); a problem in the file fails the build with its line and what to do.
 */
export function getOverview(): Promise<Overview | undefined> {
	if (import.meta.env.DEV) return loadOverview();
	return (overview ??= loadOverview());
}

async function loadOverview(): Promise<Overview | undefined> {
	const path = fileURLToPath(new URL(OVERVIEW_FILE, root));
	if (!existsSync(path)) return undefined;
	const { events } = await getChronology();
	const links = new Map(
		events.map(({ slug, title, dateLabel, href }) => [slug, { slug, title, dateLabel, href }]),
	);
	try {
		return parseOverview(readFileSync(path, 'utf8'), OVERVIEW_FILE, links);
	} catch (error) {
		if (!(error instanceof OverviewError)) throw error;
		throw new AstroError(
			error.message,
			`Correct ${OVERVIEW_FILE}: its fields are documented in src/schemas/overview.ts.`,
		);
	}
}
