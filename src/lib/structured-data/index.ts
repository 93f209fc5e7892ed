/** The site's machine-readable descriptions of its pages: schema.org JSON-LD and Highwire tags. */
export { highwireDate, temporalCoverage } from './event-dates.ts';
export { highwireTags } from './highwire.ts';
export { serializeJsonLd, type JsonLd } from './json-ld.ts';
export { chronologyJsonLd, eventJsonLd, sourceJsonLd, type SiteFacts } from './nodes.ts';
