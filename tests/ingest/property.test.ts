import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildSource } from '../../src/ingest/build-source.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { paragraph, socialPost, type GeneratedPost } from './arbitraries.ts';
import { renderParagraphs } from '../helpers/render-mdx.ts';

const RUNS = Number(process.env['INGEST_PROPERTY_RUNS'] ?? 3000);

const article = fc.array(
	fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: socialPost }),
	{ minLength: 1, maxLength: 6 },
);

const textOf = (part: string | GeneratedPost) => (typeof part === 'string' ? part : part.paragraph);

function ingest(parts: (string | GeneratedPost)[]) {
	const text = ` date 2023-10-13\n\n${parts.map(textOf).join('\n\n')}\n`;
	return buildSource(new TextEncoder().encode(text), {
		file: 'generated.txt',
		receivedName: 'generated.txt',
		publisher: 'Test Publisher',
	});
}

describe('ingest of arbitrary paragraphs', () => {
	test('the site renders quotes as received: straight quotes, dashes and ellipses stay as written', async () => {
		const text = `He said "no" -- it's 'final'... ---`;
		const { paragraphs } = await renderParagraphs(text);
		expect(paragraphs).toEqual([{ id: 'p1', text }]);
	});

	test('writes MDX that compiles and renders every paragraph as its exact text, in order', async () => {
		await fc.assert(
			fc.asyncProperty(article, async (parts) => {
				let source;
				try {
					source = ingest(parts);
				} catch (error) {
					// The one refusal valid input can meet: a lone paragraph that reads as a byline.
					expect(String(error)).toContain('has a byline but no article text');
					expect(parts).toHaveLength(1);
					return;
				}
				const { frontmatter, paragraphs } = await renderParagraphs(source.mdx);
				// A first paragraph that reads as a byline ("By …") is metadata, not page text.
				const body = source.frontmatter.byline === undefined ? parts : parts.slice(1);
				if (source.frontmatter.byline !== undefined)
					expect(source.frontmatter.byline).toBe(textOf(parts[0]!));

				expect(paragraphs.map((p) => p.id)).toEqual(body.map((_, i) => `p${i + 1}`));
				body.forEach((part, i) => {
					const rendered = paragraphs[i];
					if (typeof part === 'string') {
						expect(rendered).toEqual({ id: `p${i + 1}`, text: part });
					} else {
						expect(rendered).toEqual({
							id: `p${i + 1}`,
							text: part.text,
							caption: `— ${part.author} (@${part.handle}) ${part.printed}`,
							datetime: part.iso,
						});
					}
				});
				// The frontmatter reads back (as Astro's MDX integration parses it) as what was meant, and passes the schema.
				expect(frontmatter).toEqual(
					Object.fromEntries(Object.entries(source.frontmatter).filter(([, v]) => v !== undefined)),
				);
				expect(sourceSchema.safeParse(frontmatter).success).toBe(true);
			}),
			{ numRuns: RUNS },
		);
	}, 600_000);
});
