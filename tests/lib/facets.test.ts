import { describe, expect, test } from 'vitest';
import { collectFacets, facetTokens } from '../../src/lib/facets.ts';

const event = (
	slug: string,
	{
		actors = [] as string[],
		places = [] as string[],
		tags = [] as string[],
		outlets = [] as string[],
	} = {},
) => ({
	slug,
	actors,
	places,
	tags,
	citations: outlets.map((publisher) => ({ publisher })),
});

describe('collectFacets', () => {
	test('lists every actor, place, tag and outlet with exactly its events, in the order given', () => {
		const summit = event('summit', {
			actors: ['Kim Jong Un', 'Vladimir Putin'],
			places: ['Russia'],
			tags: ['summit'],
			outlets: ['Euronews', 'Euronews'],
		});
		const shipments = event('shipments', {
			actors: ['North Korea'],
			places: ['Najin', 'Russia'],
			outlets: ['European Pravda', 'Euronews'],
		});
		const facets = collectFacets([summit, shipments]);
		expect(
			facets.map(
				({ kind, name, slug, events }) =>
					`${kind} ${name} /${slug}/ ${events.map((e) => e.slug).join(',')}`,
			),
		).toEqual([
			'actor Kim Jong Un /kim-jong-un/ summit',
			'actor North Korea /north-korea/ shipments',
			'actor Vladimir Putin /vladimir-putin/ summit',
			'place Najin /najin/ shipments',
			'place Russia /russia/ summit,shipments',
			'tag summit /summit/ summit',
			'outlet Euronews /euronews/ summit,shipments',
			'outlet European Pravda /european-pravda/ shipments',
		]);
		expect(facetTokens(summit)).toBe(
			'actor:kim-jong-un actor:vladimir-putin place:russia tag:summit outlet:euronews',
		);
	});

	test('fails, naming both names and their events, when two names of one kind would share a page', () => {
		const events = [
			event('a', { actors: ['Kim Jong Un'] }),
			event('b', { actors: ['Kim Jong-un'] }),
		];
		expect(() => collectFacets(events)).toThrow(
			/"Kim Jong Un" \(event "a"\) and "Kim Jong-un" \(event "b"\) would share the page \/actors\/kim-jong-un\//,
		);
	});
});
