import { describe, expect, test } from 'vitest';
import { labelTiers, placeLabel, wrapWords } from '../../../src/lib/timeline/labels.ts';

/** One character an em, so that a drawing of N em holds N characters less the margins. */
const GLYPH = { date: 1, title: 1 };
const DATE = '13 Oct';

describe('wrapWords', () => {
	test('breaks between words, never inside one', () => {
		expect(wrapWords('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
		expect(wrapWords('unbreakable word', 5)).toEqual(['unbreakable', 'word']);
	});
});

describe('placeLabel', () => {
	test('shows the whole title beside its mark, in lines as even as two allow', () => {
		const placed = placeLabel(
			{ title: 'one two three four five six', dateLabel: DATE },
			0,
			5,
			20,
			GLYPH,
		);
		expect(placed).toEqual({ x: 0, anchor: 'start', lines: ['one two three', 'four five six'] });
	});

	test('keeps a title that fits one line on one line', () => {
		expect(
			placeLabel({ title: 'Kim meets Putin', dateLabel: DATE }, 10, 12, 40, GLYPH).lines,
		).toEqual(['Kim meets Putin']);
	});

	test('ends a label in the right half at its mark', () => {
		expect(placeLabel({ title: 'Briefing', dateLabel: DATE }, 90, 92, 40, GLYPH)).toMatchObject({
			x: 92,
			anchor: 'end',
		});
	});

	test('runs a label from the drawing’s edge when the whole title needs more room than the side of its mark gives', () => {
		// Beside the mark at 40% of 30 em: 17.5 em; from the edge: 29 em.
		const title = 'twenty-two characters twenty-two characters';
		expect(placeLabel({ title, dateLabel: DATE }, 40, 45, 30, GLYPH)).toEqual({
			x: 0,
			anchor: 'start',
			lines: ['twenty-two characters', 'twenty-two characters'],
		});
	});

	test('shows the editor’s short title where the whole one does not fit in two lines, and the whole one where it does', () => {
		const event = {
			title: 'White House says North Korea delivered more than 1,000 containers of munitions',
			short: 'North Korea armed Russia',
			dateLabel: DATE,
		};
		expect(placeLabel(event, 0, 5, 20, GLYPH).lines.join(' ')).toBe('North Korea armed Russia');
		expect(placeLabel(event, 0, 5, 75, GLYPH).lines.join(' ')).toBe(event.title);
	});

	test('cuts a title only when neither it nor a short title fits, marking the cut', () => {
		const lines = placeLabel(
			{ title: 'one two three four five six seven eight nine ten eleven', dateLabel: DATE },
			0,
			5,
			12,
			GLYPH,
		).lines;
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/…$/u);
		expect(
			'one two three four five six seven eight nine ten eleven'.startsWith(
				lines.join(' ').replace(/…$/u, ''),
			),
		).toBe(true);
	});
});

describe('labelTiers', () => {
	test('lays a label out once for the widths where it is the same', () => {
		const tiers = labelTiers({ title: 'A carrier arrives', dateLabel: DATE }, 10, 12, GLYPH);
		expect(tiers).toEqual([
			{ tiers: ['narrow', 'wide', 'widest'], x: 10, anchor: 'start', lines: ['A carrier arrives'] },
		]);
	});

	test('gives the narrow drawing the short title and wider ones the whole title', () => {
		const event = {
			title: 'North Korea’s state news agency calls the US carrier’s arrival a provocation',
			short: 'KCNA: a provocation',
			dateLabel: DATE,
		};
		const shown = labelTiers(event, 90, 92, GLYPH).flatMap(({ tiers: names, lines }) =>
			names.map((name) => [name, lines.join(' ')]),
		);
		expect(shown).toEqual([
			['narrow', event.short],
			['wide', event.title],
			['widest', event.title],
		]);
	});
});
