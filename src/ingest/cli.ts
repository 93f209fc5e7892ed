/**
 * `npm run ingest -- [options] <file.txt>…`: turns received articles into source pages.
 * Exit codes: 0 every file ingested (or already was), 1 a file was refused, 2 wrong usage.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IngestError } from './ingest-error.ts';
import { ingestFile, type IngestResult } from './ingest-file.ts';

const USAGE = `Usage: npm run ingest -- [options] <file.txt>…

Turns each article (first line " date YYYY-MM-DD" and the first paragraph, then paragraphs
separated by blank lines) into content/sources/<slug>.mdx, and keeps the original in
content/received/.

Options:
  --publisher NAME  who published it, when the text has no "By … with …" byline
                    and no "Source: …; Publisher" paragraph
  --title TEXT      the title (default: the first sentence, shortened; one file only)
  --slug SLUG       the page's slug (default: <published>-<publisher>; one file only)
  --language TAG    BCP 47 language of the text (default: en)
  --force           replace a page whose input changed, or that was edited
  --out DIR         where pages go (default: content/sources)
  --received DIR    where originals go (default: content/received)
  -h, --help        show this help`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the command; returns the exit code instead of exiting, so it is easy to reason about. */
async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				publisher: { type: 'string' },
				title: { type: 'string' },
				slug: { type: 'string' },
				language: { type: 'string' },
				force: { type: 'boolean', default: false },
				out: { type: 'string', default: `${ROOT}content/sources` },
				received: { type: 'string', default: `${ROOT}content/received` },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		return usage((error as Error).message);
	}
	const { values, positionals: files } = parsed;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (files.length === 0) return usage('no input file given');
	for (const flag of ['title', 'slug'] as const) {
		if (values[flag] !== undefined && files.length > 1) return usage(`--${flag} applies to one file, but ${files.length} were given`);
	}

	let failed = 0;
	for (const file of files) {
		try {
			const result = await ingestFile(file, {
				publisher: values.publisher,
				title: values.title,
				slug: values.slug,
				language: values.language,
				force: values.force,
				sourcesDir: values.out,
				receivedDir: values.received,
			});
			console.log(report(file, result));
		} catch (error) {
			failed++;
			console.error(`error: ${error instanceof IngestError ? error.message : `${file}: ${String(error)}`}`);
		}
	}
	if (failed > 0) console.error(`${failed} of ${files.length} file(s) refused; nothing was written for them.`);
	return failed > 0 ? 1 : 0;
}

function usage(problem: string): number {
	console.error(`error: ${problem}\n\n${USAGE}`);
	return 2;
}

/** One line per file: what happened to its page and original. */
function report(file: string, result: IngestResult): string {
	const page = relative(process.cwd(), result.sourcePath);
	const copied = result.receivedCopied ? `; original copied to ${relative(process.cwd(), result.receivedPath)}` : '';
	switch (result.outcome) {
		case 'created':
			return `created ${page} from ${file}${copied}`;
		case 'replaced':
			return `replaced ${page} from ${file} (--force)${copied}`;
		case 'unchanged':
			return `unchanged ${page}: ${file} was already ingested${copied}`;
		case 'edited':
			return `kept ${page}: it was edited by hand (${file} is unchanged); rerun with --force to regenerate it${copied}`;
	}
}

// npm runs scripts in the project's root and keeps the directory the command was typed in as
// INIT_CWD: paths on the command line (and in its messages) are the user's, relative to that.
if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);
process.exitCode = await main(process.argv.slice(2));
