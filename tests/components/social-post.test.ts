import { describe, expect, test } from 'vitest';
import SocialPost from '../../src/components/SocialPost.astro';
import { accessibleName, collapse, render } from '../helpers/component.ts';
import { attribute, textContent } from '../../harness/html.ts';

const POST = { author: 'Laura Rozen', handle: 'lrozen', date: '2023-10-13' };
const TEXT =
	'NSC’s Kirby: North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia pic.twitter.com/LxHwji4sjD';

describe('SocialPost', () => {
	test('shows the post as a quotation, credited to its author and @handle', async () => {
		const rendered = await render(SocialPost, { props: POST, slots: { default: TEXT } });
		const [quote] = rendered.all('blockquote');
		const [caption] = rendered.all('figcaption');
		expect(quote && textContent(quote)).toBe(TEXT);
		expect(caption && collapse(textContent(caption))).toBe(
			'— Laura Rozen (@lrozen) October 13, 2023',
		);
	});

	test('shows the date the way the post printed it, in a <time> with the ISO date', async () => {
		const rendered = await render(SocialPost, { props: POST, slots: { default: TEXT } });
		expect(
			rendered.all('time').map((time) => [attribute(time, 'datetime'), textContent(time)]),
		).toEqual([['2023-10-13', 'October 13, 2023']]);
	});

	test('takes its paragraph anchor from the id, with a link to it named "Paragraph N"', async () => {
		const rendered = await render(SocialPost, {
			props: { ...POST, id: 'p5' },
			slots: { default: TEXT },
		});
		expect(rendered.all('figure').map((figure) => attribute(figure, 'id'))).toEqual(['p5']);
		expect(
			rendered
				.all('a')
				.map((link) => ({ href: attribute(link, 'href'), name: accessibleName(link) })),
		).toEqual([{ href: '#p5', name: 'Paragraph 5' }]);
	});

	test('has no anchor and no paragraph link without an id', async () => {
		const rendered = await render(SocialPost, { props: POST, slots: { default: TEXT } });
		expect(rendered.all('figure').map((figure) => attribute(figure, 'id'))).toEqual([undefined]);
		expect(rendered.all('a')).toEqual([]);
	});

	test.each([
		{ date: '2023-10-32', problem: 'has no day 32' },
		{ date: 'October 13, 2023', problem: 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD' },
	])('fails on the date $date, naming the post and what is wrong', async ({ date, problem }) => {
		await expect(
			render(SocialPost, { props: { ...POST, date }, slots: { default: TEXT } }),
		).rejects.toThrow(`<SocialPost author="Laura Rozen"> has a bad date: "${date}" ${problem}`);
	});
});
