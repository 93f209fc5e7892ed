/**
 * `npm run ingest -- [options] <file.txt>…`: turns received articles into source pages.
 * Exit codes: 0 every file ingested (or already was), 1 a file was refused, 2 wrong usage.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_FOLDERS } from '../content-files/folders.ts';
import { collectInputs } from './collect-inputs.ts';
import { IngestError } from './ingest-error.ts';
import type { BuiltSource } from './build-source.ts';
import { ingestFiles, type IngestOptions, type IngestResult } from './ingest-file.ts';

const USAGE = `Usage: npm run ingest -- [options] <file.txt>… (or folder/, for its .txt files)

Turns each article (first line " date YYYY-MM-DD" and the first paragraph, then paragraphs
separated by blank lines, or one per line in a file without blank lines) into
content/sources/<slug>.mdx, and keeps the original in content/received/. A folder stands for
its .txt files. A manifest.yaml beside the files gives each one's publisher, url, title and
language (a list of entries: file, publisher, url, title, language); it wins over the options.

Options:
  --publisher NAME  who published it, when the text has no "By … with …" byline
                    and no "Source: …; Publisher" paragraph
  --title TEXT      the title (default: a headline on line 1, else the first sentence,
                    shortened; one file only)
  --url URL         the article's https:// address (one file only)
  --slug SLUG       the page's slug (default: <published>-<publisher>, with the title's
                    first words when another article of that day and publisher has it;
                    one file only)
  --language TAG    BCP 47 language of the text (default: en)
  --write           apply a correction: the input changed since it was ingested. Without it
                    the ingest lists what the correction changes (paragraphs, citations
                    that move paragraph, citations that no longer match) and writes nothing.
                    The page keeps its frontmatter; moved citations get their new paragraph
                    numbers; the correction is added to the page's corrections: list
  --force           --write even when citations no longer match the corrected text;
                    regenerate a page that was edited by hand (same input)
  --reset-frontmatter  in a correction, take the fields the new text gives (title,
                    publisher, …) instead of keeping the page's
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
				url: { type: 'string' },
				language: { type: 'string' },
				force: { type: 'boolean', default: false },
				write: { type: 'boolean', default: false },
				'reset-frontmatter': { type: 'boolean', default: false },
				out: { type: 'string', default: `${ROOT}${CONTENT_FOLDERS.sources}` },
				received: { type: 'string', default: `${ROOT}${CONTENT_FOLDERS.received}` },
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
	const single = (count: number) =>
		(['title', 'slug', 'url'] as const).find((flag) => values[flag] !== undefined && count > 1);
	const tooMany = single(files.length);
	if (tooMany) return usage(`--${tooMany} applies to one file, but ${files.length} were given`);

	const { inputs, errors, refused } = await collectInputs(files);
	const expanded = single(inputs.length);
	if (expanded)
		return usage(
			`--${expanded} applies to one file, but ${files.join(', ')} holds ${inputs.length}`,
		);
	for (const error of errors) console.error(`error: ${error.message}`);
	const batch = inputs.map(({ file, row, manifest }) => {
		const fromRow = (field: 'publisher' | 'title' | 'url' | 'language') => {
			const place = (field === 'url' && row?.urlPlace) || row?.place;
			return row?.[field] === undefined || !place
				? {}
				: {
						[field]: `given in ${relative(process.cwd(), manifest) || manifest}:${place.split(':')[1]}`,
					};
		};
		const options: IngestOptions = {
			publisher: row?.publisher ?? values.publisher,
			title: row?.title ?? values.title,
			url: row?.url ?? values.url,
			language: row?.language ?? values.language,
			givenIn: {
				...fromRow('publisher'),
				...fromRow('title'),
				...fromRow('url'),
				...fromRow('language'),
			},
			slug: values.slug,
			force: values.force,
			write: values.write,
			resetFrontmatter: values['reset-frontmatter'],
			sourcesDir: values.out,
			receivedDir: values.received,
		};
		return { file, options };
	});
	let failed = refused;
	for (const { file, result, error } of await ingestFiles(batch)) {
		if (result) {
			console.log(report(file, result));
		} else {
			failed++;
			console.error(
				`error: ${error instanceof IngestError ? error.message : `${file}: ${String(error)}`}`,
			);
		}
	}
	if (failed > 0)
		console.error(
			`${failed} of ${inputs.length + refused} file(s) refused; nothing was written for them.`,
		);
	else if (errors.length > 0)
		console.error(
			`${errors.length === 1 ? '1 problem' : `${errors.length} problems`} in the manifests; every file was ingested.`,
		);
	return failed > 0 || errors.length > 0 ? 1 : 0;
}

function usage(problem: string): number {
	console.error(`error: ${problem}\n\n${USAGE}`);
	return 2;
}

/** One line per file: what happened to its page and original. */
function report(file: string, result: IngestResult): string {
	const page = relative(process.cwd(), result.sourcePath);
	if (result.outcome === 'identical') {
		const how = result.normalised
			? ' once line endings, trailing spaces and Unicode (NFC) are normalised'
			: '';
		return `already ingested as ${page}: ${file} is identical to ${result.receivedAs}${how}; nothing written`;
	}
	const copied = result.receivedCopied
		? `; original copied to ${relative(process.cwd(), result.receivedPath)}`
		: '';
	switch (result.outcome) {
		case 'created':
			return [`created ${page} from ${file}${copied}`, ...notes(result.built)].join('\n');
		case 'replaced':
			return [
				`replaced ${page} from ${file} (--force; its frontmatter kept unless --reset-frontmatter)${copied}`,
				...notes(result.built),
			].join('\n');
		case 'unchanged':
			return `unchanged ${page}: ${file} was already ingested${copied}`;
		case 'corrected': {
			const events =
				result.eventsUpdated.length === 0
					? ''
					: `; new paragraph numbers written to ${result.eventsUpdated.join(', ')}`;
			const kept = result.superseded
				? `; the text it replaces is kept as ${relative(process.cwd(), result.superseded)}`
				: '';
			return `corrected ${page} from ${file}: the correction of ${result.plan.record.date} is recorded in its corrections${events}${copied}${kept}`;
		}
		case 'edited':
			return `kept ${page}: its text was edited by hand (${file} is unchanged); rerun with --force to regenerate its paragraphs (its frontmatter is kept)${copied}`;
	}
}

/** What the editor should know about a new page: its language, a doubtful title, the furniture left out. */
function notes(built: BuiltSource): string[] {
	const lines = [`  language: ${built.frontmatter.language} (${built.languageOrigin})`];
	const { url } = built.frontmatter;
	if (url?.startsWith('http:'))
		lines.push(
			`  url: ${url} is an http:// address, kept as given; use https:// if the publisher serves the page so`,
		);
	if (built.titleDoubt)
		lines.push(`  check the title: "${built.frontmatter.title}" (${built.titleDoubt})`);
	for (const { text, kind, line } of built.furniture)
		lines.push(
			`  left out as page furniture (${kind}), line ${line}: "${text.replaceAll('\n', ' / ')}"`,
		);
	return lines;
}

// npm runs scripts in the project's root and keeps the directory the command was typed in as
// INIT_CWD: paths on the command line (and in its messages) are the user's, relative to that.
if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);
process.exitCode = await main(process.argv.slice(2));
