import { describe, expect, test } from 'vitest';
import EventDate from '../../src/components/EventDate.astro';
import { eventDateParts, parseEventDate } from '../../src/lib/dates/index.ts';
import { collapse, render, type Rendered } from '../helpers/component.ts';
import { attribute, textContent } from '../../harness/html.ts';

/** ICU's en-GB range separator: an en dash between thin spaces (U+2009). */
const DASH = '\u2009–\u2009';

/** Renders the date written `edtf` in an event's frontmatter, through the same functions the site uses. */
function renderDate(edtf: string): Promise<Rendered> {
	const date = parseEventDate(edtf);
	if ('error' in date) throw new Error(date.error);
	return render(EventDate, { props: { parts: eventDateParts(date) } });
}

/** Each `<time>`: its machine-readable value and the text a reader sees. */
function times(rendered: Rendered): { datetime: string | undefined; text: string }[] {
	return rendered
		.all('time')
		.map((time) => ({ datetime: attribute(time, 'datetime'), text: collapse(textContent(time)) }));
}

describe('EventDate', () => {
	test('shows a month-precision date as the month alone, in one <time> without a day', async () => {
		const rendered = await renderDate('2023-09');
		expect(rendered.html.trim()).toBe('<time datetime="2023-09">September 2023</time>');
	});

	test.each([
		{ edtf: '2023-10-13', text: '13 October 2023' },
		{ edtf: '2023-09', text: 'September 2023' },
		{ edtf: '2023', text: '2023' },
	])(
		'gives the date $edtf a <time> whose datetime has the same precision as its text, $text',
		async ({ edtf, text }) => {
			const rendered = await renderDate(edtf);
			expect(times(rendered)).toEqual([{ datetime: edtf, text }]);
			expect(rendered.text).toBe(text);
		},
	);

	test('shows an interval as two <time>s, one per end, with the dash between them', async () => {
		const rendered = await renderDate('2023-09-07/2023-10-01');
		expect(times(rendered)).toEqual([
			{ datetime: '2023-09-07', text: '7 September' },
			{ datetime: '2023-10-01', text: '1 October 2023' },
		]);
		expect(rendered.text).toBe(`7 September${DASH}1 October 2023`);
	});

	test.each([
		{
			edtf: '[..2023-10-13]',
			words: 'On or before',
			datetime: '2023-10-13',
			text: '13 October 2023',
		},
		{ edtf: '[2023-09..]', words: 'On or after', datetime: '2023-09', text: 'September 2023' },
	])(
		'keeps the words $words outside the <time>, which holds only the date',
		async ({ edtf, words, datetime, text }) => {
			const rendered = await renderDate(edtf);
			expect(times(rendered)).toEqual([{ datetime, text }]);
			expect(rendered.text).toBe(`${words} ${text}`);
		},
	);

	test('shows "between" two bounds as two <time>s, each at its own precision', async () => {
		const rendered = await renderDate('[2023-09..2023-10-12]');
		expect(times(rendered)).toEqual([
			{ datetime: '2023-09', text: 'September' },
			{ datetime: '2023-10-12', text: '12 October 2023' },
		]);
		expect(rendered.text).toBe('Between September and 12 October 2023');
	});
});
