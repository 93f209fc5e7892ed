/**
 * Page furniture: the lines a web page puts around an article that are not the article. Copied
 * text brings them along ("Advertisement", "Listen to this article", "Breaking news: <another
 * story>", "Share", "3 hours ago"); kept as page text they would become a source's title or a
 * numbered, citable paragraph. The ingest keeps each verbatim in the page's `furniture:` list and
 * leaves it out of the paragraphs.
 *
 * A furniture line is one line of at most {@link MAX_FURNITURE_LENGTH} characters matching one of
 * the rules below (a paragraph of several lines is furniture when every line is), in English and in the languages the desk receives (German, French, Russian,
 * Ukrainian, Korean).
 */

/** What kind of furniture a line is, as the ingest reports it. */
export type FurnitureKind =
	| 'advertisement'
	| 'audio or AI notice'
	| 'kicker'
	| 'share or subscribe prompt'
	| 'timestamp'
	| 'promotion';

/** Furniture is short: a longer line is text, whatever it starts with. */
const MAX_FURNITURE_LENGTH = 200;

const RULES: readonly [FurnitureKind, RegExp][] = [
	[
		'advertisement',
		/^(?:advertisement|advertising|ad|sponsored(?: content)?|paid (?:content|post|partnership)|promoted|anzeige|werbung|publicité|реклама|реклама\.|광고|(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?|scroll to continue(?: reading)?|continue reading below)[.:]?$/iu,
	],
	[
		'audio or AI notice',
		/^(?:listen(?: to (?:this |the )?(?:article|story))?(?:\s*[([]?\d+\s*(?:min|mins|minutes?)[)\]]?)?|play audio|audio(?: version)?|artikel (?:anhören|vorlesen lassen)|écouter(?: cet article)?|прослушать(?: статью)?|слухати|기사 듣기|(?:this|the) (?:article|story|summary|audio|text|translation) (?:was|is|has been) (?:generated|produced|created|written|translated|summari[sz]ed|read)\b.*\b(?:AI|artificial intelligence|automatically|machine)\b.*|(?:AI|machine)[- ](?:generated|produced|translated|voiced?)\b.*|(?:audio|voice) (?:is |was )?(?:AI[- ])?(?:generated|produced)\b.*|(?:KI|ИИ)-?(?:generiert|сгенерировано).*)$/iu,
	],
	[
		'kicker',
		/^(?:breaking(?: news)?|eilmeldung|срочно|терміново|속보|dernière minute|just in|live(?: updates)?|developing(?: story)?|exclusive|watch|video)(?:\s*[:|–—-]\s*.*|!)?$/iu,
	],
	[
		'share or subscribe prompt',
		/^(?:share(?: (?:this|the) (?:article|story|page))?(?: (?:on|via) .*)?|copy link|print|save(?: article)?|comments?(?: \(\d+\))?|(?:subscribe|sign up|register)\b.*|follow (?:us|our)\b.*|(?:get|receive) (?:our|the) (?:newsletter|latest|daily)\b.*|newsletter\b.*|(?:read|see) (?:more|also)\b.*|also read\b.*|related(?:\s+(?:articles?|stories|coverage|news))?(?:\s*[:|].*)?|more on this story\b.*|lesen sie (?:auch|mehr)\b.*|teilen|abonnieren\b.*|partager|читайте (?:также|еще|ещё)(?![\p{L}\p{N}]).*|поделиться|підписатися(?![\p{L}\p{N}]).*|читайте також(?![\p{L}\p{N}]).*|공유하기|구독(?![\p{L}\p{N}]).*|관련 기사(?![\p{L}\p{N}]).*)$/iu,
	],
	// "4 min read", "3 min listen": the reading or listening time a page puts above the text.
	[
		'timestamp',
		/^\d+\s*(?:min|mins|minutes?|мин|Min\.?|분)(?:\s+(?:read|listen|Lesezeit|чтения))?$/iu,
	],
	[
		'timestamp',
		/^(?:(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|mis à jour|publié le|обновлено|оновлено|опубликовано|입력|수정)\s*:?\s*)?(?:(?:\d+|an?|one|a few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now|yesterday|today|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen)|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?)|\d+\s+(?:секунд[ау]?|минут[ау]?|час(?:а|ов)?|дн(?:я|ей)|годин[иу]?|хвилин[иу]?)\s+(?:назад|тому)|\d+\s*(?:초|분|시간|일)\s*전)$/iu,
	],
	[
		'timestamp',
		// "Updated 14 Oct 2023, 10:42 GMT": a label, then a date or a time (a word at most before its first digit).
		/^(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|mis à jour|publié le|обновлено|оновлено|опубликовано|입력|수정)\s*:?\s*(?:(?:on|am|le|at)\s+)?\p{L}*\.?\s*\d[\d\s\p{L}.,:/()+-]{0,40}$/iu,
	],
	[
		'promotion',
		/^(?:for (?:the )?(?:latest|more) (?:news|updates|stories|coverage)\b.*|follow (?:our )?live (?:coverage|updates|blog)\b.*|download (?:our|the) app\b.*|get (?:our|the) app\b.*|click here\b.*|stay (?:informed|up to date)\b.*|don[’']t miss\b.*|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|mehr zum thema\b.*|à lire aussi\b.*|больше новостей(?![\p{L}\p{N}]).*)$/iu,
	],
];

/**
 * The kind of furniture `paragraph` is, or `undefined` when it is article text: see the rules
 * above (and the README's "Real copy").
 */
export function furnitureKind(paragraph: string): FurnitureKind | undefined {
	// A paragraph of several lines is furniture when each of its lines is ("Listen to this article" then "4 min").
	const kinds = paragraph
		.trim()
		.split('\n')
		.map((line) => lineKind(line.trim()));
	return kinds.every((kind) => kind !== undefined) ? kinds[0] : undefined;
}

function lineKind(text: string): FurnitureKind | undefined {
	if (text.length > MAX_FURNITURE_LENGTH) return undefined;
	return RULES.find(([, pattern]) => pattern.test(text))?.[0];
}
