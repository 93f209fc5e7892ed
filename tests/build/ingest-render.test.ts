import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSource } from '../../src/ingest/build-source.ts';
import { buildFixture, REPO_ROOT } from '../helpers/build.ts';
import { elements, readPage, textContent, type HtmlElement } from '../../harness/html.ts';
import { paragraph, socialPost, type GeneratedPost } from '../ingest/arbitraries.ts';

/**
 * The ingest's property test renders each generated article alone through Astro's MDX pipeline.
 * This builds the same kind of articles as a site, through the content collection and a source
 * page with the real astro.config.mjs (processor, remark plugins, MDX integration).
 */
const ARTICLES = 4;
const PARAGRAPHS = 120;

const articles = Array.from({ length: ARTICLES }, (_, n) =>
	fc.sample(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: socialPost }), {
		numRuns: PARAGRAPHS,
		seed: 20231013 + n,
	}),
);
const textOf = (part: string | GeneratedPost) => (typeof part === 'string' ? part : part.paragraph);

describe('ingested text in a real Astro build', () => {
	let dist: string;
	beforeAll(async () => {
		const root = await mkdtemp(join(inject('buildDir'), 'ingest-render-'));
		await mkdir(join(root, 'content/sources'), { recursive: true });
		// Outside the repository, Astro's runtime is only found through a link to its node_modules.
		await symlink(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
		for (const [n, parts] of articles.entries()) {
			const text = ` date 2023-10-13 Lede ${n}.\n\n${parts.map(textOf).join('\n\n')}\n`;
			const source = buildSource(new TextEncoder().encode(text), {
				file: `article-${n}.txt`,
				receivedName: `article-${n}.txt`,
				publisher: `Publisher ${n}`,
			});
			await writeFile(join(root, 'content/sources', `${source.slug}.mdx`), source.mdx);
		}
		const result = await buildFixture(root, {
			srcDir: join(REPO_ROOT, 'tests/build/fixtures/ingest-render/src'),
		});
		if (result.error) throw result.error;
		dist = result.dist;
	});

	test.each(articles.map((parts, n) => [n, parts] as const))(
		'renders every paragraph of generated article %i as its exact text, in order',
		async (n, parts) => {
			const page = await readPage(dist, `sources/2023-10-13-publisher-${n}/`);
			const [main] = page.all((element) => element.tagName === 'main');
			const shown = main!.childNodes.filter((node): node is HtmlElement => 'tagName' in node);
			const expected = [`Lede ${n}.`, ...parts];

			expect(shown.map((element) => element.attrs.find((a) => a.name === 'id')?.value)).toEqual(
				expected.map((_, i) => `p${i + 1}`),
			);
			expected.forEach((part, i) => {
				const element = shown[i]!;
				if (typeof part === 'string') {
					expect({ tag: element.tagName, text: textContent(element) }, `p${i + 1}`).toEqual({
						tag: 'p',
						text: part,
					});
					return;
				}
				const [quote, caption] = [...elements(element)].filter(
					(child) => child.tagName === 'blockquote' || child.tagName === 'figcaption',
				);
				expect({ text: textContent(quote!), caption: textContent(caption!) }, `p${i + 1}`).toEqual({
					text: part.text,
					caption: `— ${part.author} (@${part.handle}) ${part.iso}`,
				});
			});
		},
	);
});
