import { describe, expect, test } from 'vitest';
import Paragraph from '../../src/components/Paragraph.astro';
import { accessibleName, render } from '../helpers/component.ts';
import { attribute, textContent } from '../../harness/html.ts';

const TEXT =
	'North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia, the White House said.';

describe('Paragraph', () => {
	test('links a numbered paragraph to its own anchor, named "Paragraph N" for assistive technology', async () => {
		const rendered = await render(Paragraph, { props: { id: 'p12' }, slots: { default: TEXT } });
		const [paragraph] = rendered.all('p');
		expect(paragraph && attribute(paragraph, 'id')).toBe('p12');
		expect(
			rendered.all('a').map((link) => ({
				href: attribute(link, 'href'),
				name: accessibleName(link),
				shown: textContent(link),
			})),
		).toEqual([{ href: '#p12', name: 'Paragraph 12', shown: '12' }]);
		expect(rendered.text).toBe(`12${TEXT}`);
	});

	test.each([
		['without an id', {}],
		['whose id is not a paragraph number', { id: 'summary' }],
	])('renders a paragraph %s as its text alone, with no link', async (_, props) => {
		const rendered = await render(Paragraph, { props, slots: { default: TEXT } });
		expect(rendered.all('p')).toHaveLength(1);
		expect(rendered.all('a')).toEqual([]);
		expect(rendered.text).toBe(TEXT);
	});

	test('keeps the attributes Markdown gives the paragraph', async () => {
		const rendered = await render(Paragraph, {
			props: { id: 'p3', class: 'lead', lang: 'ru' },
			slots: { default: TEXT },
		});
		const [paragraph] = rendered.all('p');
		expect(attribute(paragraph!, 'class')?.split(' ')).toContain('lead');
		expect(attribute(paragraph!, 'lang')).toBe('ru');
	});
});
