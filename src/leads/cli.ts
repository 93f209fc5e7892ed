/**
 * `npm run leads [-- --json]`: what the sources say about dates, which paragraphs no event cites,
 * and where a source may date an event more precisely. It reads content and writes nothing.
 * Exit codes: 0 leads printed (even none), 1 content could not be read, 2 wrong usage.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_FOLDERS } from '../content-files/folders.ts';
import { findLeads } from './find-leads.ts';
import { countLeads, formatLeads } from './format-leads.ts';
import { LeadsError, readEvents, readSources } from './read-content.ts';

const USAGE = `Usage: npm run leads -- [options]

Prints, per source: its date expressions resolved against its publication date (as EDTF, with
their precision), the paragraphs no event cites yet, and passages that may date an existing event
more precisely than it is dated now. Nothing is written.

Options:
  --json          the same as JSON, for tools
  --sources DIR   the sources (default: content/sources)
  --events DIR    the events (default: content/events)
  -h, --help      show this help`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function main(argv: string[]): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				json: { type: 'boolean', default: false },
				sources: { type: 'string', default: `${ROOT}${CONTENT_FOLDERS.sources}` },
				events: { type: 'string', default: `${ROOT}${CONTENT_FOLDERS.events}` },
				help: { type: 'boolean', short: 'h', default: false },
			},
		}));
	} catch (error) {
		console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	try {
		const [sources, events] = await Promise.all([readSources(resolve(values.sources)), readEvents(resolve(values.events))]);
		const leads = findLeads(sources, events);
		console.log(values.json ? JSON.stringify({ counts: countLeads(leads), sources: leads }, null, 2) : formatLeads(leads));
		return 0;
	} catch (error) {
		if (!(error instanceof LeadsError)) throw error;
		console.error(`error: ${error.message}`);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
