import { describe, expect, test } from 'vitest';
import { buildSource, type BuildOptions } from '../../src/ingest/build-source.ts';

const build = (text: string, options: Partial<BuildOptions> = {}) =>
	buildSource(new TextEncoder().encode(text), {
		file: 'in/article.txt',
		receivedName: 'article.txt',
		...options,
	});

describe('buildSource', () => {
	test('refuses an article whose publisher it cannot tell, saying to pass --publisher', () => {
		expect(() => build(' date 2023-10-14 By Jane Doe\n\nText.')).toThrow(
			'in/article.txt: does not say who published it (no "By … with …" byline, no "Source: …; Publisher" paragraph). Pass the publisher with --publisher "Name"',
		);
	});

	test('refuses an article that is only a byline, naming the file and line', () => {
		expect(() => build(' date 2023-10-14 By Euronews with AP\n\n')).toThrow(
			'in/article.txt:1: has a byline but no article text. Add the paragraphs after the byline',
		);
	});

	test('takes publisher, title, slug and language from the command line', () => {
		const source = build(' date 2023-10 Text.', {
			publisher: 'Kyiv Independent',
			title: 'Kirby briefing',
			slug: 'kirby-briefing',
			language: 'uk',
		});
		expect(source.slug).toBe('kirby-briefing');
		expect(source.frontmatter).toMatchObject({
			publisher: 'Kyiv Independent',
			title: 'Kirby briefing',
			language: 'uk',
			published: '2023-10',
		});
		expect(source.mdx).toContain('#   language: given with --language\n');
	});

	test('writes a given https or http url into the frontmatter, noting an http one, and refuses any other address', () => {
		expect(
			build(' date 2023-10-14 Text.', { publisher: 'P', url: 'https://news.example/a' }).mdx,
		).toContain('\nurl: https://news.example/a\n');
		expect(
			build(' date 2023-10-14 Text.', { publisher: 'P', url: 'http://news.example/a' }).mdx,
		).toContain('#   url: given with --url; an http:// address, kept as given\n');
		expect(() =>
			build(' date 2023-10-14 Text.', { publisher: 'P', url: 'ftp://news.example/a' }),
		).toThrow(
			"in/article.txt: the page would fail the sources schema (url: expected the article's https:// (or http://) address)",
		);
	});

	test('leaves page furniture out of the title and the paragraphs, keeps it verbatim in the frontmatter, and flags the title', () => {
		const source = build(
			' date 2023-10-14\nBreaking news: Floods hit southern Spain as rivers burst their banks\nListen to this article\nN. Korea shipped 1,000 containers to Russia, US says\n3 hours ago\nAdvertisement\nThe White House said on Friday that North Korea had shipped munitions.\nShare this article\n',
			{ publisher: 'P' },
		);
		expect(source.frontmatter.title).toBe('N. Korea shipped 1,000 containers to Russia, US says');
		expect(source.frontmatter.furniture).toEqual([
			'Breaking news: Floods hit southern Spain as rivers burst their banks',
			'Listen to this article',
			'3 hours ago',
			'Advertisement',
			'Share this article',
		]);
		expect(source.mdx.split('\n---\n')[1]!.trim()).toBe(
			'The White House said on Friday that North Korea had shipped munitions.',
		);
		expect(source.titleDoubt).toMatch(/^the line follows page furniture \("Breaking news: Floods/);
		expect(source.furniture.map(({ kind, line }) => [kind, line])).toEqual([
			['kicker', 2],
			['audio or AI notice', 3],
			['timestamp', 5],
			['advertisement', 6],
			['share or subscribe prompt', 8],
		]);
	});

	test('offers a second slug from the first six words of the title, for a same-day article of the same publisher', () => {
		expect(
			build(' date 2023-10-14 Kim Jong Un seeks fighter jets from Russia, US says\nText.', {
				publisher: 'Yonhap',
			}).slugs,
		).toEqual(['2023-10-14-yonhap', '2023-10-14-yonhap-kim-jong-un-seeks-fighter-jets']);
	});

	test('makes the slug from the date at its precision and the publisher', () => {
		expect(build(' date 2023 Text.', { publisher: 'Ukraïnska Pravda (English)' }).slug).toBe(
			'2023-ukraïnska-pravda-english',
		);
	});

	test('says in the frontmatter that the language is a default when the text is too short to tell', () => {
		expect(build(' date 2023 Text.', { publisher: 'P' }).mdx).toContain(
			'#   language: the default: the text is too short or mixed to tell; pass --language if it is not English\n',
		);
	});

	test.each([
		[
			'German',
			'Die Vereinigten Staaten werfen Nordkorea vor, Russland mehr als tausend Container mit Munition und militärischer Ausrüstung geliefert zu haben.',
			'de',
		],
		[
			'Ukrainian',
			'Сполучені Штати заявили, що Північна Корея передала Росії понад тисячу контейнерів з військовим обладнанням і боєприпасами.',
			'uk',
		],
		[
			'English',
			'The United States says North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.',
			'en',
		],
	])('detects %s from the text when no language is given, and says so', (_, text, tag) => {
		const built = build(` date 2023-10-14 ${text}`, { publisher: 'P' });
		expect(built.frontmatter.language).toBe(tag);
		expect(built.mdx).toMatch(
			/# {3}language: detected from the text \(tinyld, score 0\.\d\d\); pass --language if it is wrong\n/,
		);
	});

	test.each([
		[
			'a language that is not a BCP 47 tag',
			{ language: 'English' },
			'in/article.txt: the page would fail the sources schema (language: expected a BCP 47 language tag such as "en" or "uk"). Correct the value given on the command line',
		],
		[
			'a slug Astro would rename',
			{ slug: 'My Slug' },
			'in/article.txt: --slug "My Slug" is not a slug (the page\'s id would be "my-slug"). Use lowercase letters, digits and hyphens',
		],
		[
			'a publisher with nothing to make a slug from',
			{ publisher: '!!!' },
			'in/article.txt: the publisher "!!!" gives no letters or digits for a slug. Pass one with --slug',
		],
	])('refuses %s', (_, options, message) => {
		expect(() => build(' date 2023-10-14 Text.', { publisher: 'P', ...options })).toThrow(message);
	});
});
