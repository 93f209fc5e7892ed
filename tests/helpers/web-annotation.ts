import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';

/** The W3C Web Annotation context (w3c/web-annotation, jsonld/anno.jsonld), kept beside the export tests. */
const ANNO_CONTEXT: unknown = JSON.parse(
	readFileSync(new URL('../lib/exports/fixtures/anno.jsonld', import.meta.url), 'utf8'),
);

/**
 * A JSON-LD document expanded by the jsonld processor with the W3C Web Annotation context, served
 * from the fixture: the tests make no request to another origin.
 */
export async function expandWithAnnoContext(document: unknown): Promise<Record<string, unknown>[]> {
	const documentLoader = async (url: string): Promise<RemoteDocument> => {
		if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`No request in tests: ${url}`);
		return { documentUrl: url, document: ANNO_CONTEXT as RemoteDocument['document'] };
	};
	const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader });
	return expanded as unknown as Record<string, unknown>[];
}
