import { describe, expect, test } from 'vitest';
import { quoteAnchor } from '../../src/lib/quote-anchor.ts';

describe('quoteAnchor', () => {
	test('reads as the quote’s first words, so an address says what it points at', () => {
		expect(quoteAnchor('North Korea has delivered more than 1,000 containers')).toMatch(
			/^q-north-korea-has-delivered-[0-9a-f]{8}$/,
		);
		expect(quoteAnchor('loaded onto a Russian-flagged ship')).toMatch(
			/^q-loaded-onto-a-russian-[0-9a-f]{8}$/,
		);
	});

	test('is the same for the same words, however the whitespace runs', () => {
		expect(quoteAnchor('  the containers\n   were shipped ')).toBe(
			quoteAnchor('the containers were shipped'),
		);
	});

	test('differs for words that differ only after the slugged words, or only in their quotation marks', () => {
		expect(quoteAnchor('North Korea has delivered arms')).not.toBe(
			quoteAnchor('North Korea has delivered munitions'),
		);
		expect(quoteAnchor('"We condemn the DPRK"')).not.toBe(quoteAnchor('“We condemn the DPRK”'));
	});

	test('is a valid, ASCII-only id for a quote in another script', () => {
		expect(quoteAnchor('백악관 "북한, 러시아에 컨테이너 1000개 분량 무기 넘겨"')).toMatch(
			/^q-1000-[0-9a-f]{8}$/,
		);
		expect(quoteAnchor('Пхеньян передал Москве')).toMatch(/^q-[0-9a-f]{8}$/);
	});
});
