import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdx } from '../../src/lib/parse-mdx.ts';
import { verifyCitations } from '../../src/lib/verify-citations.ts';

/**
 * Six articles written for these tests in the shapes real copy comes in (paragraphs on single
 * lines, bylines, credit and caption lines, headlines, Korean and Russian text), ingested as a
 * folder with its manifest.yaml, exactly as an editor would: `npm run ingest -- folder/`.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, 'tests/ingest/fixtures/corpus');

let dir: string;
function ingest(...args: string[]) {
	const run = spawnSync(
		join(ROOT, 'node_modules/.bin/node'),
		[
			'src/ingest/cli.ts',
			'--out',
			join(dir, 'sources'),
			'--received',
			join(dir, 'received'),
			...args,
		],
		{ cwd: ROOT, encoding: 'utf8' },
	);
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What a reader finds on the page, in order: numbered paragraphs (`p1`…) and credits. */
function page(slug: string) {
	const text = readFileSync(join(dir, 'sources', `${slug}.mdx`), 'utf8');
	const tree = parseMdx(text);
	const numbered = new Map(listParagraphs(tree).map(({ node, id }) => [node, id]));
	const shown = tree.children.flatMap((node: RootContent) => {
		if (node.type === 'yaml') return [];
		if (node.type === 'mdxJsxFlowElement' && node.name === 'Credit')
			return [`credit: ${toString(node)}`];
		return [`${numbered.get(node) ?? '?'}: ${toString(node)}`];
	});
	const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, string>;
	return { frontmatter, shown, tree };
}

let first: ReturnType<typeof ingest>;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'ingest-corpus-'));
	first = ingest(`${CORPUS}/`);
}, 60_000);

describe('a folder of real-shaped articles with a manifest', { timeout: 60_000 }, () => {
	test('ingests every article of the folder, exits 0, and copies each original', () => {
		expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
		expect(first.stdout.split('\n').filter((line) => line.startsWith('created '))).toHaveLength(6);
		// Each says its language, given in the manifest or detected from the text.
		expect(first.stdout.split('\n').filter((line) => line.startsWith('  language: '))).toHaveLength(
			6,
		);
		expect(readdirSync(join(dir, 'received')).sort()).toEqual(
			readdirSync(CORPUS)
				.filter((name) => name.endsWith('.txt'))
				.sort(),
		);
	});

	test('gives two same-day articles of one publisher distinct slugs from their headlines, the others <date>-<publisher>', () => {
		expect(readdirSync(join(dir, 'sources')).sort()).toEqual([
			'2023-10-13-capitol-press.mdx',
			'2023-10-13-pacific-wire.mdx',
			'2023-10-13-vostochny-vestnik.mdx',
			'2023-10-14-hanbando-ilbo.mdx',
			'2023-10-14-seoul-daily-wire-n-korea-calls-us-carriers-arrival.mdx',
			'2023-10-14-seoul-daily-wire-n-korea-shipped-over-1000-containers.mdx',
		]);
	});

	test('one paragraph per line, a byline on line 2, the headline as title, and a caption ending "Photo : YONHAP News" as a credit', () => {
		const { frontmatter, shown } = page(
			'2023-10-14-seoul-daily-wire-n-korea-shipped-over-1000-containers',
		);
		expect(frontmatter).toMatchObject({
			title: 'N. Korea shipped over 1,000 containers of arms to Russia, White House says',
			publisher: 'Seoul Daily Wire',
			byline: 'By Park Ji-won',
			published: '2023-10-14',
			language: 'en',
			url: 'https://seouldailywire.example/news/2023/10/14/n-korea-containers-russia',
		});
		expect(shown).toEqual([
			'p1: The White House said Friday that North Korea has sent more than 1,000 containers of military equipment and munitions to Russia, the first time Washington has put a number on the transfers.',
			'credit: This image released by the White House on Oct. 13, 2023, shows containers being loaded onto a Russian-flagged vessel at the North Korean port of Najin. Photo : YONHAP News',
			'p2: National Security Council spokesperson John Kirby told reporters the containers were moved between Sept. 7 and Oct. 1 by ship from Najin to the Russian port of Dunay and then by train to a depot near Tikhoretsk, about 290 kilometers from the Ukrainian border.',
			'p3: "We condemn the DPRK for providing Russia with this military equipment," Kirby said, adding that the weapons would be used to attack Ukrainian cities.',
			"p4: The transfers followed a summit between North Korean leader Kim Jong-un and Russian President Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East on Sept. 13.",
			'p5: Kirby said Pyongyang is believed to be seeking fighter jets, surface-to-air missiles, armored vehicles and equipment for producing ballistic missiles in return.',
		]);
	});

	test('the same day\'s second article: a caption ending "(Yonhap)" and a lone "Photo : YONHAP News" are credits', () => {
		const { frontmatter, shown } = page(
			'2023-10-14-seoul-daily-wire-n-korea-calls-us-carriers-arrival',
		);
		expect(frontmatter).toMatchObject({
			title: 'N. Korea calls U.S. carrier\'s arrival in Busan "undisguised military provocation"',
			byline: 'By Lee Hyun-soo',
			publisher: 'Seoul Daily Wire',
		});
		expect(shown).toEqual([
			'p1: North Korea on Friday denounced the arrival of a U.S. aircraft carrier strike group in South Korea as "an undisguised military provocation" and warned it could respond in line with its nuclear doctrine.',
			'credit: The USS Ronald Reagan aircraft carrier arrives at a naval base in Busan, 320 kilometers southeast of Seoul, on Oct. 12, 2023. (Yonhap)',
			'p2: The statement, carried by the Korean Central News Agency, came hours before Washington said the North had shipped more than 1,000 containers of munitions to Russia.',
			'credit: Photo : YONHAP News',
			"p3: The KCNA commentary said the carrier's visit proved the United States was preparing to attack the North, and it repeated that Pyongyang's nuclear doctrine allows a preemptive strike.",
			"p4: South Korea's defense ministry said the carrier's stay in Busan was a routine port call planned with the allies' joint drills in mind.",
		]);
	});

	test('blank-line paragraphs keep a single line break inside; a headline line, "… via REUTERS", "SPUTNIK/VIA REUTERS" and the sign-off are set apart', () => {
		const { frontmatter, shown } = page('2023-10-13-pacific-wire');
		expect(frontmatter).toMatchObject({
			title: 'North Korea sent arms to Russia by ship and rail, U.S. says',
			publisher: 'Pacific Wire',
			language: 'en',
		});
		expect(frontmatter['byline']).toBeUndefined();
		expect(frontmatter['url']).toBeUndefined();
		expect(shown).toEqual([
			'p1: WASHINGTON, Oct 13 - North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia, the White House said on Friday, releasing images it said tracked the cargo from a North Korean port to a depot in southwestern Russia.',
			'credit: Russian President Vladimir Putin and North Korean leader Kim Jong Un visit the Vostochny Cosmodrome in the Amur region, Russia, September 13, 2023. Sputnik/Kremlin via REUTERS',
			"p2: White House national security spokesperson John Kirby said the shipments took place between Sept. 7 and Oct. 1, weeks after Kim travelled to Russia's Far East\nto meet Putin.",
			'p3: The images show the containers being loaded at Najin and unloaded at Dunay before moving by train to a depot near Tikhoretsk, Kirby said. Reuters could not independently verify the images.',
			'credit: SPUTNIK/VIA REUTERS',
			'p4: "We condemn the DPRK for providing Russia with this military equipment," Kirby said.',
			'p5: North Korea and Russia have both denied arms dealings.',
			'credit: (Reporting by Daniel Hale; Editing by Ruth Mills)',
		]);
	});

	test('a caption before the byline: "(… Pool Photo via AP, File)" and "Image: …" are credits, the byline comes after them, the manifest gives the title', () => {
		const { frontmatter, shown } = page('2023-10-13-capitol-press');
		expect(frontmatter).toMatchObject({
			title: 'White House says North Korea sent Russia 1,000 containers of arms',
			byline: 'By HANNAH COLE and MIN-JUN OH',
			publisher: 'Capitol Press',
		});
		expect(shown).toEqual([
			"credit: FILE - Russian President Vladimir Putin, right, and North Korea's leader Kim Jong Un shake hands during their meeting at the Vostochny cosmodrome outside the city of Tsiolkovsky, Russia, on Sept. 13, 2023. (Yuri Orlov, Sputnik, Kremlin Pool Photo via AP, File)",
			'p1: WASHINGTON (CP) — North Korea has shipped more than 1,000 containers of military equipment and munitions to Russia to help it fight its war in Ukraine, the White House said Friday.',
			'credit: Image: The White House',
			'p2: National Security Council spokesman John Kirby said the containers crossed by sea from Najin to the Russian port of Dunay between Sept. 7 and Oct. 1 and then went by rail to an ammunition depot in southwestern Russia.',
			'p3: "In return for support, we assess that Pyongyang is seeking military assistance from Russia," Kirby said, listing fighter aircraft, surface-to-air missiles and armored vehicles.',
			'p4: The U.S. has previously accused North Korea of supplying artillery shells and rockets to Russia. North Korea has denied it.',
		]);
	});

	test('a Korean article: language ko from the manifest, its headline as title, "사진=백악관 제공" a credit', () => {
		const { frontmatter, shown } = page('2023-10-14-hanbando-ilbo');
		expect(frontmatter).toMatchObject({
			title: '백악관 "북한, 러시아에 컨테이너 1000개 분량 무기 넘겨"',
			publisher: 'Hanbando Ilbo',
			language: 'ko',
		});
		expect(shown).toEqual([
			'p1: 미국 백악관은 13일(현지시간) 북한이 러시아에 컨테이너 1000개가 넘는 분량의 군사 장비와 탄약을 제공했다고 밝혔다.',
			'p2: 존 커비 국가안보회의(NSC) 전략소통조정관은 이날 브리핑에서 "북한이 우크라이나에서 사용할 무기를 러시아에 전달했다"며 관련 사진을 공개했다.',
			'credit: 백악관이 공개한 사진으로, 북한 나진항에서 러시아 선박에 컨테이너가 실리는 모습이다. 사진=백악관 제공',
			'p3: 커비 조정관에 따르면 무기는 9월 7일부터 10월 1일 사이 나진항에서 러시아 두나이항으로 옮겨진 뒤 철도로 러시아 남서부 티호레츠크 인근 탄약고까지 운반됐다.',
			'p4: 그는 "북한은 그 대가로 러시아로부터 전투기와 지대공 미사일, 장갑차 등을 얻으려 하고 있다"고 말했다.',
			'p5: 이번 발표는 지난달 김정은 국무위원장과 블라디미르 푸틴 대통령이 러시아 보스토치니 우주기지에서 정상회담을 한 지 한 달 만에 나왔다.',
		]);
	});

	test('a Russian article: language ru, its headline as title, "Фото: РИА Новости" a credit', () => {
		const { frontmatter, shown } = page('2023-10-13-vostochny-vestnik');
		expect(frontmatter).toMatchObject({
			title: 'В Белом доме заявили о поставках КНДР боеприпасов в Россию',
			publisher: 'Vostochny Vestnik',
			language: 'ru',
		});
		expect(shown).toEqual([
			'p1: КНДР передала России более тысячи контейнеров с военным снаряжением и боеприпасами, заявил в пятницу координатор Совета национальной безопасности США по стратегическим коммуникациям Джон Кирби.',
			'credit: Фото: РИА Новости',
			'p2: По его словам, грузы отправлялись с 7 сентября по 1 октября из северокорейского порта Наджин в российский порт Дунай, а затем по железной дороге доставлялись на склад под Тихорецком.',
			'p3: Поставки начались после встречи Ким Чен Ына и Владимира Путина на космодроме Восточный в сентябре.',
			'p4: В Москве и Пхеньяне ранее отрицали военное сотрудничество.',
		]);
	});

	test("says in each page where the manifest's values came from", () => {
		const text = readFileSync(join(dir, 'sources', '2023-10-14-hanbando-ilbo.mdx'), 'utf8');
		expect(text).toMatch(
			/^# {3}publisher: given in .*tests\/ingest\/fixtures\/corpus\/manifest\.yaml:14$/m,
		);
		expect(text).toMatch(/^# {3}language: given in .*manifest\.yaml:14$/m);
		expect(text).toContain('#   title: the headline, from the first line of the text\n');
	});

	test('refuses a citation whose quote is only in a credit line', () => {
		const { tree } = page('2023-10-14-seoul-daily-wire-n-korea-calls-us-carriers-arrival');
		const sources = new Map([['carrier', listParagraphs(tree)]]);
		const cite = (paragraph: number, quote: string) =>
			verifyCitations(
				[
					{
						file: 'content/events/carrier.mdx',
						citations: [{ sourceId: 'carrier', paragraph, quote }],
					},
				],
				sources,
			);
		expect(cite(1, 'an undisguised military provocation')).toEqual([]);
		for (const paragraph of [1, 2]) {
			expect(
				cite(paragraph, 'The USS Ronald Reagan aircraft carrier arrives at a naval base in Busan'),
			).toMatchObject([{ kind: 'quote-not-found' }]);
		}
	});

	test('recognises a second download of an article under another name by its hash: "already ingested as …", exit 0, nothing written', () => {
		const again = join(dir, 'seoul-daily-wire-carrier (1).txt');
		copyFileSync(join(CORPUS, 'seoul-daily-wire-carrier.txt'), again);
		const before = readdirSync(join(dir, 'sources')).length;
		// No manifest beside it, so no publisher: the hash is checked before anything is derived.
		const { code, stdout, stderr } = ingest(again);
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).toMatch(
			/^already ingested as .*2023-10-14-seoul-daily-wire-n-korea-calls-us-carriers-arrival\.mdx: .*seoul-daily-wire-carrier \(1\)\.txt is identical to seoul-daily-wire-carrier\.txt; nothing written$/m,
		);
		expect(readdirSync(join(dir, 'sources'))).toHaveLength(before);
		expect(existsSync(join(dir, 'received', 'seoul-daily-wire-carrier (1).txt'))).toBe(false);
	});

	test('refuses a manifest entry for a file the folder lacks, naming its line, and ingests the rest', () => {
		const inbox = join(dir, 'inbox');
		mkdirSync(inbox);
		copyFileSync(join(CORPUS, 'vostochny-vestnik.txt'), join(inbox, 'vestnik.txt'));
		writeFileSync(
			join(inbox, 'manifest.yaml'),
			'- file: vestnik.txt\n  publisher: Vostochny Vestnik\n  language: ru\n- file: vestnk-2.txt\n  publisher: Vostochny Vestnik\n',
		);
		const { code, stdout, stderr } = ingest('--out', join(dir, 'inbox-sources'), inbox);
		expect(code).toBe(1);
		expect(stderr).toContain(
			`error: ${join(inbox, 'manifest.yaml')}:4: lists vestnk-2.txt, which is not a .txt file in ${inbox}. Correct the file name, or remove the entry`,
		);
		expect(stdout).toMatch(/^created .*2023-10-13-vostochny-vestnik\.mdx from .*vestnik\.txt/m);
	});

	test('refuses every file of a folder whose manifest is broken, telling every problem at its line and counting the files', () => {
		const inbox = join(dir, 'broken');
		mkdirSync(inbox);
		for (const name of ['vostochny-vestnik.txt', 'pacific-wire-rail.txt', 'hanbando-ilbo.txt'])
			copyFileSync(join(CORPUS, name), join(inbox, name));
		writeFileSync(
			join(inbox, 'manifest.yaml'),
			'- file: vostochny-vestnik.txt\n  publsher: Vostochny Vestnik\n- file: pacific-wire-rail.txt\n  url: http://pacific.example/rail\n  language: 12\n',
		);
		const { code, stdout, stderr } = ingest('--out', join(dir, 'broken-sources'), inbox);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain(
			`error: ${join(inbox, 'manifest.yaml')}:2: has an unknown field "publsher"`,
		);
		expect(stderr).toContain(`error: ${join(inbox, 'manifest.yaml')}:5: gives "language" no text`);
		expect(stderr).toMatch(/^3 of 3 file\(s\) refused; nothing was written for them\.$/m);
	});

	test('reruns the folder as a no-op', () => {
		const { code, stdout } = ingest(CORPUS);
		expect(code).toBe(0);
		expect(
			stdout
				.trim()
				.split('\n')
				.map((line) => line.split(' ')[0]),
		).toEqual(Array(6).fill('unchanged'));
	});
});
