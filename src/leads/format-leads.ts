import type { SourceLeads } from './find-leads.ts';

/** How a date's form reads before its precision: "2023-09 (month)", "2023-09-07/2023-10-01 (period, day)". */
function form({ kind, edtf }: SourceLeads['dates'][number]): string {
	if (kind === 'point') return '';
	if (kind === 'interval') return 'period, ';
	return edtf.startsWith('[..') ? 'on or before, ' : edtf.endsWith('..]') ? 'on or after, ' : 'some day between, ';
}

/** How many leads of each kind, for the closing line and the JSON. */
export function countLeads(leads: readonly SourceLeads[]): { dates: number; uncited: number; refinements: number } {
	const sum = (pick: (source: SourceLeads) => readonly unknown[]) => leads.reduce((total, source) => total + pick(source).length, 0);
	return { dates: sum((s) => s.dates), uncited: sum((s) => s.uncited), refinements: sum((s) => s.refinements) };
}

/** The leads as `npm run leads` prints them: per source, its dates, its uncited paragraphs, its refinements. */
export function formatLeads(leads: readonly SourceLeads[]): string {
	const lines: string[] = [];
	for (const source of leads) {
		lines.push(`${source.source} (published ${source.published}, ${source.file})`);
		lines.push('  Date expressions:');
		if (source.dates.length === 0) lines.push('    none');
		for (const date of source.dates) lines.push(`    p${date.paragraph}  "${date.text}" → ${date.edtf} (${form(date)}${date.precision})`);
		lines.push('  Paragraphs no event cites:');
		if (source.uncited.length === 0) lines.push('    none');
		for (const paragraph of source.uncited) lines.push(`    p${paragraph.paragraph}  ${paragraph.opening}`);
		lines.push('  Candidate refinements:');
		if (source.refinements.length === 0) lines.push('    none');
		for (const lead of source.refinements) {
			lines.push(`    ${lead.event} (dated ${lead.eventDate}) → ${lead.edtf}, from p${lead.paragraph} "${lead.expression}", naming ${lead.matched.join(', ')}:`);
			lines.push(`      “${lead.passage}”`);
		}
		lines.push('');
	}
	const count = countLeads(leads);
	lines.push(
		`${leads.length} source(s): ${count.dates} date expression(s), ${count.uncited} uncited paragraph(s), ${count.refinements} candidate refinement(s). ` +
			'Leads are suggestions: nothing was written.',
	);
	return lines.join('\n');
}
