/**
 * `npm run leads [-- --json | --out FILE]`: what the sources say about dates, which paragraphs no event cites,
 * and where a source may date an event more precisely. It reads content and writes nothing.
 * Exit codes: 0 leads printed (even none), 1 content could not be read or --out not written,
 * 2 wrong usage.
 */
import { writeFile } from 'node:fs/promises';
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
more precisely than it is dated now, ranked, each with the words that matched and their weight.
A date the words cannot give without inventing a day is listed as unresolved, with the reason.
Nothing is written but the --out file.

Options:
  --json          the same as JSON on stdout, for tools (npm prints its own banner
                  there too: use --out, or npm run -s)
  --out FILE      write the JSON to FILE, for tools; the summary line still goes to stdout
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
				out: { type: 'string' },
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
		const [sources, events] = await Promise.all([
			readSources(resolve(values.sources)),
			readEvents(resolve(values.events)),
		]);
		const leads = findLeads(sources, events);
		const json = `${JSON.stringify({ counts: countLeads(leads), sources: leads }, null, 2)}\n`;
		if (values.out !== undefined) {
			const out = resolve(values.out);
			try {
				await writeFile(out, json);
			} catch (error) {
				console.error(
					`error: ${values.out}: cannot write the JSON (${(error as Error).message}). Give a file in a folder that exists.`,
				);
				return 1;
			}
			const summary = formatLeads(leads).split('\n').at(-1)!;
			if (!values.json) console.log(`${summary}\nJSON written to ${values.out}.`);
		}
		if (values.json) process.stdout.write(json);
		else if (values.out === undefined) console.log(formatLeads(leads));
		return 0;
	} catch (error) {
		if (!(error instanceof LeadsError)) throw error;
		console.error(`error: ${error.message}`);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
