/**
 * Credit and caption lines: "Photo : YONHAP News", "SPUTNIK/VIA REUTERS", "(AP Photo/Ahn Young-joon)",
 * or a photo caption ending in one. Real copy keeps them between paragraphs where the pictures
 * were; the page shows them as credits, and citations cannot point at them.
 */

/** "Photo:", "Image =", "Фото:", "사진=": a credit label, then what it credits. */
const LABEL =
	/^(?:photo(?:graph)?s?|images?|pictures?|video|credits?|illustration|graphic|file photo|фото(?:графия)?|изображение|видео|иллюстрация|사진|영상|그래픽|자료사진)[ \t]*[:=][ \t]*\S/iu;
/** "Photo by Kim Hong-ji", "Photograph courtesy of Planet Labs". */
const PHOTO_BY = /^photo(?:graph)?s? (?:by|courtesy of) \S/iu;
/** "(AP Photo/Lee Jin-man)", "(KCNA via AP)", "[사진 연합뉴스]": a bracketed credit naming a photo or a "via". */
const BRACKETED =
	/^(?:\([^()]*(?:\bphoto\b|\bvia\b|фото|사진)[^()]*\)|\[[^[\]]*(?:\bphoto\b|\bvia\b|фото|사진)[^[\]]*\])$/iu;
/** "(Yonhap)": a wire service alone in parentheses, as captions end. */
const WIRE = /^\((?:Yonhap|AP|Reuters|AFP|EPA|KCNA|Sputnik|TASS|Xinhua)\)$/u;
/** "(Yonhap/Reuters)": agencies in parentheses, separated by slashes. */
const AGENCIES = /^\(\p{Lu}[\p{L} .&-]*(?:\/\p{Lu}[\p{L} .&-]*)+\)$/u;
/** "SPUTNIK/VIA REUTERS", "KCNA VIA REUTERS": capitals only (four or more), with a slash or " VIA ". */
const CAPITALS =
	/^(?=[^/]*\/|.* VIA )(?=(?:[^\p{Lu}]*\p{Lu}){4})[\p{Lu}\p{N}][\p{Lu}\p{N} .&'/-]*[\p{Lu}\p{N}]$/u;
/** Wire services and image agencies a "… via X" credit names. */
const VIA =
	/^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'/-]*,? )+via (?:AP|Reuters|AFP|Getty Images|EPA|EPA-EFE|Yonhap|KCNA|Sputnik|TASS|Kremlin|Pool|Planet Labs|Maxar Technologies|Maxar)$/iu;
/** "(Reporting by Soo-min Lee; Editing by Tom Hart)": the wire's sign-off. */
const SIGN_OFF = /^\(?(?:reporting|writing|editing|additional reporting) by \S[^\n]*$/iu;
/** Where a caption's credit may start: after a sentence's end, or a dash or bar between them. */
const CREDIT_START = /(?<=[.!?…]["'”’)]?)[ \t]+|[ \t]+[|—–][ \t]+/gu;
/** A caption with its credit is one line of this length at most; longer text is a paragraph. */
const MAX_CAPTION_LENGTH = 320;
/** The credit itself is short. */
const MAX_CREDIT_LENGTH = 100;

function isCredit(text: string): boolean {
	if (text.length > MAX_CREDIT_LENGTH) return false;
	return [LABEL, PHOTO_BY, BRACKETED, WIRE, AGENCIES, CAPITALS, VIA, SIGN_OFF].some((pattern) =>
		pattern.test(text),
	);
}

/**
 * Whether a paragraph is a credit line: one line of at most {@link MAX_CAPTION_LENGTH} characters
 * that is a credit, or ends with one after a sentence's end, a dash or a bar (a caption and its credit).
 */
export function isCreditLine(paragraph: string): boolean {
	if (paragraph.includes('\n') || paragraph.length > MAX_CAPTION_LENGTH) return false;
	if (isCredit(paragraph)) return true;
	for (const start of paragraph.matchAll(CREDIT_START)) {
		if (isCredit(paragraph.slice(start.index + start[0].length))) return true;
	}
	return false;
}
