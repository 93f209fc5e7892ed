import { describe, expect, test } from 'vitest';
import { buildSource, type BuildOptions } from '../../src/ingest/build-source.ts';

const build = (text: string, options: Partial<BuildOptions> = {}) => buildSource(new TextEncoder().encode(text), { file: 'in/article.txt', receivedName: 'article.txt', ...options });

describe('buildSource', () => {
	test('refuses an article whose publisher it cannot tell, saying to pass --publisher', () => {
		expect(() => build(' date 2023-10-14 By Jane Doe\n\nText.')).toThrow(
			'in/article.txt: does not say who published it (no "By … with …" byline, no "Source: …; Publisher" paragraph). Pass the publisher with --publisher "Name"',
		);
	});

	test('refuses an article that is only a byline, naming the file and line', () => {
		expect(() => build(' date 2023-10-14 By Euronews with AP\n\n')).toThrow('in/article.txt:1: has a byline but no article text. Add the paragraphs after the byline');
	});

	test('takes publisher, title, slug and language from the command line', () => {
		const source = build(' date 2023-10 Text.', { publisher: 'Kyiv Independent', title: 'Kirby briefing', slug: 'kirby-briefing', language: 'uk' });
		expect(source.slug).toBe('kirby-briefing');
		expect(source.frontmatter).toMatchObject({ publisher: 'Kyiv Independent', title: 'Kirby briefing', language: 'uk', published: '2023-10' });
		expect(source.mdx).toContain('#   language: given with --language\n');
	});

	test('writes a given https url into the frontmatter, and refuses any other address', () => {
		expect(build(' date 2023-10-14 Text.', { publisher: 'P', url: 'https://news.example/a' }).mdx).toContain('\nurl: https://news.example/a\n');
		expect(() => build(' date 2023-10-14 Text.', { publisher: 'P', url: 'http://news.example/a' })).toThrow("in/article.txt: the page would fail the sources schema (url: expected the article's https:// address)");
	});

	test('offers a second slug from the first six words of the title, for a same-day article of the same publisher', () => {
		expect(build(' date 2023-10-14 Kim Jong Un seeks fighter jets from Russia, US says\nText.', { publisher: 'Yonhap' }).slugs).toEqual(['2023-10-14-yonhap', '2023-10-14-yonhap-kim-jong-un-seeks-fighter-jets']);
	});

	test('makes the slug from the date at its precision and the publisher', () => {
		expect(build(' date 2023 Text.', { publisher: 'Ukraïnska Pravda (English)' }).slug).toBe('2023-ukraïnska-pravda-english');
	});

	test('says in the frontmatter that the language is a default', () => {
		expect(build(' date 2023 Text.', { publisher: 'P' }).mdx).toContain('#   language: the default; pass --language if the text is not in English\n');
	});

	test.each([
		['a language that is not a BCP 47 tag', { language: 'English' }, 'in/article.txt: the page would fail the sources schema (language: expected a BCP 47 language tag such as "en" or "uk"). Correct the value given on the command line'],
		['a slug Astro would rename', { slug: 'My Slug' }, 'in/article.txt: --slug "My Slug" is not a slug (the page\'s id would be "my-slug"). Use lowercase letters, digits and hyphens'],
		['a publisher with nothing to make a slug from', { publisher: '!!!' }, 'in/article.txt: the publisher "!!!" gives no letters or digits for a slug. Pass one with --slug'],
	])('refuses %s', (_, options, message) => {
		expect(() => build(' date 2023-10-14 Text.', { publisher: 'P', ...options })).toThrow(message);
	});
});
