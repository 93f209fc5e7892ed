/** What a citing source tells about whose account it carries. */
export interface CorroboratingSource {
	publisher: string;
	/** The byline as printed ("By Euronews with AP"). */
	byline?: string | undefined;
	/** The wires it says it relays (`via:`); when absent, the byline's "with X" is read. */
	via?: readonly string[] | undefined;
}

/** How many outlets report an event, and how many separate reports they amount to. */
export interface Corroboration {
	/** Distinct publishers among the citing sources. */
	outlets: number;
	/** Separate reports: outlets relaying the same wire count once, as that wire. */
	reports: number;
	/** The wires (or outlets) carried by more than one of the citing outlets, each counted once in `reports`. */
	sharedWires: string[];
	/** The sentence a reader sees: "Reported by 2 outlets, both relaying the claim". */
	label: string;
}

/**
 * The wires a source relays: its `via`, or the agencies after "with" in its byline ("By Euronews
 * with AP" → AP; "By X with AP and Reuters" → AP, Reuters). Nothing when neither says.
 */
export function relayedWires({ byline, via }: CorroboratingSource): string[] {
	if (via && via.length > 0) return [...via];
	const credited = byline?.match(/\bwith\s+(.+)$/i)?.[1];
	return credited ? credited.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) : [];
}

/**
 * An event's corroboration, counted honestly: outlets, not "independent sources". An outlet that
 * relays wires counts as those wires, so outlets carrying the same AP text count once; when the
 * event is attributed, every outlet relays that claim, and the label says so. The word
 * "independent" is never used: two reports are separate, not shown to be independent.
 */
export function corroborate(
	sources: readonly CorroboratingSource[],
	attribution?: string,
): Corroboration {
	const byPublisher = new Map<string, CorroboratingSource>();
	for (const source of sources)
		if (!byPublisher.has(source.publisher)) byPublisher.set(source.publisher, source);
	const voices = new Map<string, number>();
	for (const source of byPublisher.values()) {
		const wires = relayedWires(source);
		// A wire's own report and an outlet relaying it are one voice: "Yonhap" either way.
		for (const voice of wires.length > 0 ? wires : [source.publisher])
			voices.set(voice, (voices.get(voice) ?? 0) + 1);
	}
	const outlets = byPublisher.size;
	// An outlet relaying two wires is one report, not two: count reports by outlet, less the repeats of a shared voice.
	const sharedWires = [...voices].filter(([, count]) => count > 1).map(([voice]) => voice);
	const repeats = [...voices].reduce((sum, [, count]) => sum + count - 1, 0);
	const reports = Math.max(1, outlets - repeats);
	const label = corroborationLabel(outlets, reports, sharedWires, attribution, [
		...byPublisher.keys(),
	]);
	return { outlets, reports, sharedWires, label };
}

/**
 * The label follows "According to X" on the pages, so it never names X again: one outlet is
 * named, several are said to relay "the claim" (they are not separate confirmations of it).
 */
function corroborationLabel(
	outlets: number,
	reports: number,
	sharedWires: readonly string[],
	attribution: string | undefined,
	publishers: readonly string[],
): string {
	if (outlets === 1) return `Reported by 1 outlet, ${publishers[0]}`;
	const counted = `Reported by ${outlets} outlets`;
	const shared =
		sharedWires.length > 0
			? ` (${reports === 1 ? 'one report' : `${reports} separate reports`}: ${sharedWires.join(' and ')} relayed by more than one)`
			: '';
	if (attribution === undefined) return `${counted}${shared}`;
	const relaying = outlets === 2 ? 'both relaying' : 'all relaying';
	return `${counted}${shared}, ${relaying} the claim`;
}
