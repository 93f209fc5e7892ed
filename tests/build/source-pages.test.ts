import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, REPO_ROOT } from '../helpers/build.ts';
import { sourceOfReceived } from '../helpers/content.ts';
import { attribute, elements, readPage, textContent } from '../../harness/html.ts';

const RECEIVED = join(REPO_ROOT, 'content/received');
const SEEDS = readdirSync(RECEIVED)
	.filter((file) => file.endsWith('.txt'))
	.sort();
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
/** "… — Laura Rozen (@lrozen) October 13, 2023": a quoted post, split at its last " — ". */
const POST_SIGNATURE = /^([\s\S]+) — ([^—]+) \(@(\w+)\) (\w+) (\d{1,2}), (\d{4})$/;

/**
 * The paragraphs of a received article, read here without the ingest's code so that the test
 * does not share its mistakes: the ` date YYYY-MM-DD` prefix goes, blank lines separate
 * paragraphs, and a first paragraph "By …" is the byline, which the page shows apart.
 */
function receivedParagraphs(text: string): string[] {
	const paragraphs = text
		.replace(/^\s*date \S+[ \t]*/, '')
		.split(/\n[ \t]*\n/)
		.map((paragraph) => paragraph.trim())
		.filter((paragraph) => paragraph !== '');
	return paragraphs[0]?.startsWith('By ') ? paragraphs.slice(1) : paragraphs;
}

/** Text as a reader sees it: HTML collapses runs of white space. */
function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

describe('source pages', () => {
	let dist: string;
	beforeAll(async () => {
		dist = await buildSite();
	});

	test.each(SEEDS)(
		'shows every paragraph of %s verbatim and in order, paragraph N at anchor pN',
		async (seed) => {
			const paragraphs = receivedParagraphs(await readFile(join(RECEIVED, seed), 'utf8'));
			const { id } = await sourceOfReceived(seed);
			const page = await readPage(dist, `sources/${id}/`);

			paragraphs.forEach((paragraph, index) => {
				const anchor = `p${index + 1}`;
				const element = page.byId(anchor);
				const shown = collapse(textContent(element));
				const post = POST_SIGNATURE.exec(paragraph);
				if (!post) {
					expect(shown, `#${anchor}`).toContain(collapse(paragraph));
					return;
				}
				// A post is shown as a quotation: its text verbatim, then who posted it and when.
				const [, text = '', author = '', handle = '', month = '', day = '', year = ''] = post;
				const date = `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
				expect(shown, `#${anchor}`).toContain(collapse(text));
				expect(shown, `#${anchor}`).toContain(author);
				expect(shown, `#${anchor}`).toContain(`@${handle}`);
				const times = [...elements(element)]
					.filter((child) => child.tagName === 'time')
					.map((time) => attribute(time, 'datetime'));
				expect(times, `#${anchor}`).toContain(date);
			});
			expect(
				page.all((element) => attribute(element, 'id') === `p${paragraphs.length + 1}`),
				'no paragraph beyond the article',
			).toEqual([]);
		},
	);
});
