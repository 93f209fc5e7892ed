/**
 * A preview card's layout as data: the element tree satori lays out, with no JSX and no React.
 * The tree is also what the card cache hashes, so any change to the design re-renders every card.
 */

/** The card's size in pixels: Open Graph's and Twitter's large image (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The font family every card uses (src/assets/fonts/, see OFL.txt there). */
export const CARD_FONT_FAMILY = 'Noto Sans';

/** What a card says, top to bottom. */
export interface CardContent {
	/** Above the title: the event's date label at its precision ("On or before 13 October 2023"). */
	kicker: string;
	title: string;
	/** Under the title: "According to the White House", or a line about the chronology. */
	byline?: string | undefined;
	/** At the foot: the site's name. */
	footer: string;
}

/** One element for satori: a React-element-shaped object (`key` makes it one for the types). */
export interface CardElement {
	type: 'div';
	key: null;
	props: { style: Record<string, string | number>; children?: string | CardElement[] };
}

const COLOURS = {
	background: '#fdfdfb',
	text: '#1b1b1b',
	muted: '#4a4a4a',
	accent: '#1d4f91',
	rule: '#d6d6d0',
};

/**
 * Title size by length, so a long title still fits in four lines and a short one fills the card:
 * measured on our longest title (118 characters), which wraps to four lines at 52 px.
 */
function titleSize(title: string): number {
	const length = [...title].length;
	if (length <= 50) return 72;
	if (length <= 80) return 62;
	if (length <= 125) return 52;
	return 44;
}

function element(
	style: CardElement['props']['style'],
	children?: CardElement['props']['children'],
): CardElement {
	return {
		type: 'div',
		key: null,
		props: children === undefined ? { style } : { style, children },
	};
}

/** The card's element tree: a rule in the accent colour, the kicker, the title, the byline, the footer. */
export function cardLayout({ kicker, title, byline, footer }: CardContent): CardElement {
	const text = [
		element({ fontSize: 36, fontWeight: 700, color: COLOURS.accent, marginBottom: 24 }, kicker),
		element(
			{
				fontSize: titleSize(title),
				fontWeight: 700,
				lineHeight: 1.18,
				color: COLOURS.text,
				lineClamp: 5,
			},
			title,
		),
	];
	if (byline)
		text.push(
			element({ fontSize: 34, fontWeight: 400, color: COLOURS.muted, marginTop: 28 }, byline),
		);
	return element(
		{
			boxSizing: 'border-box',
			width: '100%',
			height: '100%',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '56px 72px 48px',
			backgroundColor: COLOURS.background,
			borderTop: `16px solid ${COLOURS.accent}`,
			fontFamily: CARD_FONT_FAMILY,
		},
		[
			element({ display: 'flex', flexDirection: 'column' }, text),
			element(
				{
					display: 'flex',
					paddingTop: 20,
					borderTop: `2px solid ${COLOURS.rule}`,
					fontSize: 28,
					color: COLOURS.muted,
				},
				footer,
			),
		],
	);
}
