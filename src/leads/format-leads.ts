import type { DateLead, RefinementLead, SourceLeads } from './find-leads.ts';

/** How a date's form reads before its precision: "2023-09 (month)", "2023-09-07/2023-10-01 (period, day)". */
function form(kind: string, edtf: string): string {
	if (kind === 'point') return '';
	if (kind === 'interval') return 'period, ';
	return edtf.startsWith('[..')
		? 'on or before, '
		: edtf.endsWith('..]')
			? 'on or after, '
			: 'some day between, ';
}

function formatDate(date: DateLead): string {
	if ('unresolved' in date)
		return `p${date.paragraph}  "${date.text}" → unresolved: ${date.unresolved}`;
	return `p${date.paragraph}  "${date.text}" → ${date.edtf} (${form(date.kind, date.edtf)}${date.precision})`;
}

/** Why a refinement is proposed: "Kim Jong Un 1, Russia (as “Russian”) 0.17". */
function why(lead: RefinementLead): string {
	const terms = lead.matched.map(
		(m) =>
			`${m.term}${m.as.toLowerCase() === m.term.toLowerCase() ? '' : ` (as “${m.as}”)`} ${round(m.weight)}`,
	);
	return `${terms.join(', ')} = ${round(lead.score)}`;
}

function round(n: number): string {
	return String(Math.round(n * 100) / 100);
}

/** How many leads of each kind, for the closing line and the JSON. */
export function countLeads(leads: readonly SourceLeads[]): {
	dates: number;
	unresolved: number;
	uncited: number;
	refinements: number;
} {
	const sum = (pick: (source: SourceLeads) => readonly unknown[]) =>
		leads.reduce((total, source) => total + pick(source).length, 0);
	return {
		dates: sum((s) => s.dates.filter((d) => !('unresolved' in d))),
		unresolved: sum((s) => s.dates.filter((d) => 'unresolved' in d)),
		uncited: sum((s) => s.uncited),
		refinements: sum((s) => s.refinements),
	};
}

/** The leads as `npm run leads` prints them: per source, its dates, its uncited paragraphs, its refinements. */
export function formatLeads(leads: readonly SourceLeads[]): string {
	const lines: string[] = [];
	for (const source of leads) {
		const rules =
			source.locale === source.language.split('-')[0]!.toLowerCase()
				? ''
				: `, read with chrono-node's ${source.locale} rules: it has none for ${source.language}`;
		lines.push(
			`${source.source} (published ${source.published}, ${source.language}${rules}, ${source.file})`,
		);
		lines.push('  Date expressions:');
		if (source.dates.length === 0) lines.push('    none');
		for (const date of source.dates) lines.push(`    ${formatDate(date)}`);
		lines.push('  Paragraphs no event cites:');
		if (source.uncited.length === 0) lines.push('    none');
		for (const paragraph of source.uncited)
			lines.push(`    p${paragraph.paragraph}  ${paragraph.opening}`);
		lines.push('  Candidate refinements (heaviest first):');
		if (source.refinements.length === 0) lines.push('    none');
		for (const lead of source.refinements) {
			const reading = lead.reading === 'departure' ? ' (a departure: on or after that day)' : '';
			lines.push(
				`    ${lead.event} (dated ${lead.eventDate}) → ${lead.edtf}${reading}, from p${lead.paragraph} "${lead.expression}"`,
			);
			lines.push(`      naming ${why(lead)}:`);
			lines.push(`      “${lead.passage}”`);
		}
		lines.push('');
	}
	const count = countLeads(leads);
	lines.push(
		`${leads.length} source(s): ${count.dates} date expression(s), ${count.unresolved} unresolved, ${count.uncited} uncited paragraph(s), ` +
			`${count.refinements} candidate refinement(s). Leads are suggestions: nothing was written.`,
	);
	return lines.join('\n');
}
