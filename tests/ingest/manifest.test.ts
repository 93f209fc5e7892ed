import { describe, expect, test } from 'vitest';
import { ManifestErrors, parseManifest } from '../../src/ingest/manifest.ts';

const PATH = 'inbox/manifest.yaml';

describe('parseManifest', () => {
	test('reads one row per file, with the line it is on', () => {
		const rows = parseManifest(
			'# batch of 14 October\n- file: a.txt\n  publisher: Yonhap News Agency\n  url: https://en.yna.co.kr/view/AEN1\n- file: b.txt\n  language: ko\n  title: "Kirby: \'1,000 containers\'"\n',
			PATH,
		);
		expect([...rows.values()]).toEqual([
			{
				file: 'a.txt',
				publisher: 'Yonhap News Agency',
				url: 'https://en.yna.co.kr/view/AEN1',
				place: 'manifest.yaml:2',
				urlPlace: 'manifest.yaml:4',
			},
			{
				file: 'b.txt',
				language: 'ko',
				title: "Kirby: '1,000 containers'",
				place: 'manifest.yaml:5',
			},
		]);
	});

	test('reads an empty manifest as no rows', () => {
		expect(parseManifest('# nothing yet\n', PATH).size).toBe(0);
	});

	test.each([
		[
			'invalid YAML',
			'- file: a.txt\n  title: Kirby: "now"\n',
			/^inbox\/manifest\.yaml:2: is not valid YAML \(.*\)\. Write one entry per article, quoting a value/,
		],
		[
			'a mapping instead of a list',
			'file: a.txt\n',
			/^inbox\/manifest\.yaml:1: is not a list of articles\. Write one entry per article/,
		],
		[
			'an unknown column',
			'- file: a.txt\n  author: Kim\n',
			/^inbox\/manifest\.yaml:2: has an unknown field "author"\. Use only file, publisher, url, title, language$/,
		],
		[
			'an entry without a file',
			'- publisher: Yonhap\n',
			/^inbox\/manifest\.yaml:1: has an entry without "file"\. Name the article/,
		],
		[
			'a file listed twice',
			'- file: a.txt\n- file: a.txt\n',
			/^inbox\/manifest\.yaml:2: lists a\.txt twice \(first on line 1\)\. Keep one entry per file$/,
		],
		[
			'an address that is not on the web',
			'- file: a.txt\n\n  url: ftp://en.yna.co.kr/view/AEN1\n',
			/^inbox\/manifest\.yaml:3: gives a\.txt the url "ftp:\/\/en\.yna\.co\.kr\/view\/AEN1", which is not an https:\/\/ or http:\/\/ address\./,
		],
		[
			'an empty value',
			'- file: a.txt\n  publisher:\n',
			/^inbox\/manifest\.yaml:2: gives "publisher" no text\./,
		],
	])('refuses %s, naming the manifest and line', (_, text, message) => {
		expect(() => parseManifest(text, PATH)).toThrow(message);
	});

	test('accepts an http:// address, which many publishers still serve, and says where it is given', () => {
		const rows = parseManifest(
			'- file: a.txt\n  publisher: Yonhap\n  url: http://en.yna.co.kr/view/AEN1\n',
			PATH,
		);
		expect(rows.get('a.txt')).toMatchObject({
			url: 'http://en.yna.co.kr/view/AEN1',
			urlPlace: 'manifest.yaml:3',
		});
	});

	test('finds every problem in one run, each at the line of its field', () => {
		const text =
			'- file: a.txt\n  author: Kim\n- file: b.txt\n  publisher: Yonhap\n  url: ftp://x.example/b\n- file: a.txt\n';
		let thrown: unknown;
		try {
			parseManifest(text, PATH);
		} catch (error) {
			thrown = error;
		}
		expect(
			(thrown as ManifestErrors).errors.map((error) =>
				error.message.split(':').slice(0, 2).join(':'),
			),
		).toEqual(['inbox/manifest.yaml:2', 'inbox/manifest.yaml:5', 'inbox/manifest.yaml:6']);
	});
});
