import { describe, expect, test } from 'vitest';
import { isCreditLine } from '../../src/ingest/credit-line.ts';

describe('isCreditLine', () => {
	test.each([
		['a labelled photo credit with a space before the colon', 'Photo : YONHAP News'],
		['an image credit', 'Image: The White House'],
		['a credit with "="', '사진=연합뉴스'],
		['a Russian photo credit', 'Фото: РИА Новости'],
		['"Photo by …"', 'Photo by Kim Min-jae/AFP via Getty Images'],
		['an agency credit in capitals', 'SPUTNIK/VIA REUTERS'],
		['a "VIA" credit in capitals', 'KCNA VIA REUTERS'],
		['an AP photo credit in parentheses', '(AP Photo/Ahn Young-joon)'],
		['a bracketed Korean photo credit', '[사진 연합뉴스]'],
		['a wire service alone in parentheses', '(Yonhap)'],
		['agencies in parentheses', '(Yonhap/Reuters)'],
		['"… via Reuters"', 'Sputnik/Kremlin via REUTERS'],
		['a wire sign-off', '(Reporting by Soo-min Lee; Editing by Tom Hart)'],
		[
			'a caption ending in a credit',
			'Containers at the port of Najin on Sept. 20, 2023. Photo : YONHAP News',
		],
		[
			'a caption ending in a parenthesised credit',
			'Kim Jong Un and Vladimir Putin at the Vostochny Cosmodrome, Sept. 13, 2023. (Kremlin Pool Photo via AP)',
		],
	])('takes %s for a credit', (_, line) => {
		expect(isCreditLine(line)).toBe(true);
	});

	test.each([
		[
			'an ordinary sentence',
			'North Korea has delivered more than 1,000 containers of munitions to Russia.',
		],
		[
			'a sentence that mentions a photo',
			'The White House released a photo showing containers at Najin.',
		],
		[
			'a "Source:" line, which names the publisher',
			'Source: reports from journalists present at a closed White House briefing; European Pravda',
		],
		['a headline sending arms "via" a port', 'North Korea ships arms to Russia via Najin'],
		['a parenthesis that credits nobody', 'The ship docked at Dunay (a Russian port)'],
		[
			'a sentence ending with a parenthesised agency that is not a wire',
			'The statement was carried by the Korean Central News Agency (CP)',
		],
		[
			'a social-media post',
			'NSC’s Kirby: Now have information. pic.twitter.com/LxHwji4sjD — Laura Rozen (@lrozen) October 13, 2023',
		],
		[
			'a credit line with a line break (two lines of a paragraph)',
			'Photo : YONHAP News\nThe ship left Najin.',
		],
		[
			'a long paragraph that happens to end in a credit',
			`${'The containers were moved by rail. '.repeat(10)}Photo : YONHAP News`,
		],
		['capitals without a slash or VIA', 'NORTH KOREA'],
	])('does not take %s for a credit', (_, line) => {
		expect(isCreditLine(line)).toBe(false);
	});
});
