import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** MDX with GFM, as @astrojs/mdx reads `.mdx` files (GFM is on by default), frontmatter kept as a `yaml` node. */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm).freeze();

/**
 * The mdast of an MDX file, parsed as the site parses it, so that `listParagraphs` numbers the
 * paragraphs outside Astro's pipeline (the citation check) exactly as the pages do.
 */
export function parseMdx(text: string): Root {
	return parser.parse(text);
}
