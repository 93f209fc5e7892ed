import { describe, expect, test } from 'vitest';
import { facetTokens } from '../../src/lib/facets.ts';
import {
	facetOfPath,
	filterQuery,
	matchesFilter,
	parseFilter,
} from '../../src/lib/filter-query.ts';

const SUMMIT = {
	slug: 'kim-putin-summit',
	actors: ['Kim Jong Un', 'Vladimir Putin'],
	places: ['Russia'],
	tags: ['summit'],
	citations: [
		{ publisher: 'Euronews' },
		{ publisher: 'European Pravda' },
		{ publisher: 'Euronews' },
	],
};

describe('the filter in the URL', () => {
	test('reads every actor, place, tag and outlet asked for, once each, and ignores other parameters', () => {
		expect(
			parseFilter('?actor=kim-jong-un&tag=summit&utm_source=x&actor=kim-jong-un&outlet='),
		).toEqual([
			{ kind: 'actor', slug: 'kim-jong-un' },
			{ kind: 'tag', slug: 'summit' },
		]);
	});

	test('writes a filter back as the query it was read from, and none as no query', () => {
		const search = '?place=najin&tag=shipments';
		expect(filterQuery(parseFilter(search))).toBe(search);
		expect(filterQuery([])).toBe('');
	});

	test.each([
		['/chronology/actors/kim-jong-un/', { kind: 'actor', slug: 'kim-jong-un' }],
		['/chronology/outlets/european-pravda/', { kind: 'outlet', slug: 'european-pravda' }],
		['/chronology/places/%ED%95%9C%EA%B5%AD/', { kind: 'place', slug: '한국' }],
		['/chronology/events/kim-putin-summit/', undefined],
		['/chronology/actors/', undefined],
		['/actors/kim-jong-un/', undefined],
	])('reads the filter a link to %s stands for, under the base', (path, condition) => {
		expect(facetOfPath(path, '/chronology/')).toEqual(condition);
	});

	test.each([
		['?actor=kim-jong-un', true],
		['?actor=kim-jong-un&place=russia&outlet=european-pravda', true],
		['?actor=kim-jong-un&tag=briefing', false],
		['?outlet=reuters', false],
		['', true],
	])('matches an event against %s only when it has every name asked for', (search, matches) => {
		expect(matchesFilter(new Set(facetTokens(SUMMIT).split(' ')), parseFilter(search))).toBe(
			matches,
		);
	});
});
