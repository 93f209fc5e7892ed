import { toString } from 'mdast-util-to-string';
import { listParagraphs } from '../lib/paragraphs.ts';
import { parseMdx } from '../lib/parse-mdx.ts';
import { CREDIT_COMPONENT } from '../content-files/components.ts';
import { IngestError } from './ingest-error.ts';
import { socialPostParagraph } from './social-post.ts';

/**
 * Reads the MDX back as the site parses and numbers it (MDX with GFM) and checks that every
 * paragraph says exactly what the article said. The tests show the serializer round-trips; this
 * guards each file written against a case they missed, since a silently altered quote would
 * later be cited as verbatim.
 * Credit lines are checked the same way, apart: they are not numbered.
 * @throws IngestError naming the first paragraph or credit that would not read back verbatim.
 */
export function verifyParagraphs(
	mdx: string,
	expected: string[],
	file: string,
	credits: string[] = [],
): void {
	const tree = parseMdx(mdx);
	const foundCredits = tree.children
		.filter((node) => node.type === 'mdxJsxFlowElement' && node.name === CREDIT_COMPONENT)
		.map((node) => toString(node));
	const wrongCredit = credits.findIndex((credit, i) => foundCredits[i] !== credit);
	if (wrongCredit !== -1 || foundCredits.length !== credits.length) {
		const at = wrongCredit === -1 ? credits.length : wrongCredit;
		throw new IngestError(
			file,
			undefined,
			`credit line ${at + 1} would not read back verbatim from the MDX (${JSON.stringify(credits[at]?.slice(0, 60))})`,
			'This is a bug in the ingest: please report it with the input file',
		);
	}
	const found = listParagraphs(tree).map(({ node, text }) => {
		if (node.type !== 'mdxJsxFlowElement') return text;
		const attribute = (name: string) => {
			const value = node.attributes.find(
				(a) => a.type === 'mdxJsxAttribute' && a.name === name,
			)?.value;
			return typeof value === 'string' ? value : '';
		};
		return socialPostParagraph({
			author: attribute('author'),
			handle: attribute('handle'),
			date: attribute('date'),
			text,
		});
	});
	const index = expected.findIndex((paragraph, i) => found[i] !== paragraph);
	if (index === -1 && found.length === expected.length) return;
	const at = index === -1 ? expected.length : index;
	throw new IngestError(
		file,
		undefined,
		`paragraph ${at + 1} would not read back verbatim from the MDX (${JSON.stringify(expected[at]?.slice(0, 60))})`,
		'This is a bug in the ingest: please report it with the input file',
	);
}
