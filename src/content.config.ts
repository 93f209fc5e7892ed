import { defineCollection } from 'astro:content';
import { uniqueGlob } from './loaders/unique-glob.ts';
import { sourceSchema } from './schemas/source.ts';

/** Received articles, one MDX file each, written by `npm run ingest`. */
const sources = defineCollection({
	loader: uniqueGlob({ pattern: '*.mdx', base: './content/sources' }),
	schema: sourceSchema,
});

export const collections = { sources };
