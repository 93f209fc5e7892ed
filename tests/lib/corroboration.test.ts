import { describe, expect, test } from 'vitest';
import { corroborate, relayedWires } from '../../src/lib/corroboration.ts';

describe('relayedWires', () => {
	test('reads the wire from a byline "with X"', () => {
		expect(relayedWires({ publisher: 'Euronews', byline: 'By Euronews with AP' })).toEqual(['AP']);
		expect(relayedWires({ publisher: 'X', byline: 'By Jane Doe with AP and Reuters' })).toEqual([
			'AP',
			'Reuters',
		]);
	});

	test('prefers what the source says it relays, and finds nothing in a plain byline', () => {
		expect(
			relayedWires({ publisher: 'Euronews', byline: 'By Euronews with AP', via: ['AFP'] }),
		).toEqual(['AFP']);
		expect(relayedWires({ publisher: 'Yonhap', byline: 'By Kim Soo-yeon' })).toEqual([]);
	});
});

describe('corroborate', () => {
	test('counts two outlets carrying one wire as one report', () => {
		expect(
			corroborate([
				{ publisher: 'Le Monde', via: ['AFP'] },
				{ publisher: 'France 24', via: ['AFP'] },
			]),
		).toEqual({
			outlets: 2,
			reports: 1,
			sharedWires: ['AFP'],
			label: 'Reported by 2 outlets (one report: AFP relayed by more than one)',
		});
	});

	test('says every outlet relays the claim, without naming whose again, and never calls them independent', () => {
		const corroboration = corroborate(
			[{ publisher: 'Euronews', byline: 'By Euronews with AP' }, { publisher: 'European Pravda' }],
			'the White House',
		);
		expect(corroboration).toMatchObject({
			outlets: 2,
			reports: 2,
			label: 'Reported by 2 outlets, both relaying the claim',
		});
		expect(corroboration.label).not.toMatch(/independent/i);
	});

	test('counts an outlet once however many of its articles are cited, and a wire once with an outlet relaying it', () => {
		expect(corroborate([{ publisher: 'Yonhap' }, { publisher: 'Yonhap' }])).toMatchObject({
			outlets: 1,
			reports: 1,
			label: 'Reported by 1 outlet, Yonhap',
		});
		expect(
			corroborate([
				{ publisher: 'Yonhap' },
				{ publisher: 'Hanbando Ilbo', via: ['Yonhap'] },
				{ publisher: 'NK News' },
			]),
		).toMatchObject({
			outlets: 3,
			reports: 2,
			label: 'Reported by 3 outlets (2 separate reports: Yonhap relayed by more than one)',
		});
	});

	test('names the one outlet of an attributed claim rather than repeating whose claim it is', () => {
		expect(corroborate([{ publisher: 'Euronews' }], 'KCNA').label).toBe(
			'Reported by 1 outlet, Euronews',
		);
	});
});
