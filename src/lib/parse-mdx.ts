import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/**
 * The mdast of an MDX file (frontmatter kept as a `yaml` node), parsed by the parser the pages are
 * compiled with (Sätteri, Astro's default Markdown processor, GFM on as in `.mdx` files), so that
 * `listParagraphs` numbers the paragraphs outside Astro's pipeline (the citation check, the ingest's
 * checks, the leads) exactly as the pages do.
 */
export function parseMdx(text: string): Root {
	return mdxToMdast(text) as Root;
}
