/**
 * Lighthouse (its CLI, one process per run) against pages of the built site, with its default
 * mobile preset and simulated throttling; the figures are medians over the runs, because one run
 * on a busy two-core machine says little.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { chromiumPath } from '../../harness/chromium.ts';
import { median } from './stats.ts';

const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';

/** The four scored categories, as Lighthouse names them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Medians of a page's runs. */
export interface LighthouseRow {
	page: string;
	runs: number;
	/** 0–100. */
	scores: Record<Category, number>;
	/** Total blocking time and largest contentful paint in ms, cumulative layout shift unitless. */
	tbt: number;
	lcp: number;
	cls: number;
	fcp: number;
	/** Scored audits that fell short in at least one run: what to read to find why. */
	shortfalls: {
		id: string;
		category: Category;
		title: string;
		failedRuns: number;
		displayValue: string;
	}[];
	lighthouseVersion: string;
}

interface LhAudit {
	id: string;
	title: string;
	score: number | null;
	scoreDisplayMode: string;
	displayValue?: string;
	numericValue?: number;
}
interface LhResult {
	lighthouseVersion: string;
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, LhAudit>;
}

function runOnce(url: string): Promise<LhResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[
				LIGHTHOUSE_CLI,
				url,
				'--output=json',
				'--output-path=stdout',
				'--quiet',
				`--chrome-flags=${CHROME_FLAGS}`,
				`--only-categories=${CATEGORIES.join(',')}`,
			],
			{ env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		const out: Buffer[] = [];
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			try {
				if (code !== 0) throw new Error(`exit ${code}`);
				resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as LhResult);
			} catch (error) {
				reject(
					new Error(
						`Lighthouse failed on ${url} (${error instanceof Error ? error.message : String(error)}):\n${err}`,
					),
				);
			}
		});
	});
}

/** Runs Lighthouse `runs` times on `url` and takes the medians. */
export async function benchLighthouse(
	url: string,
	page: string,
	runs: number,
	log: (line: string) => void = () => {},
): Promise<LighthouseRow> {
	const results: LhResult[] = [];
	for (let run = 0; run < runs; run++) {
		// On a busy machine Chromium can miss Lighthouse's protocol deadline: one retry, said aloud.
		const result = await runOnce(url).catch((error: unknown) => {
			log(
				`lighthouse ${page} run ${run + 1}/${runs} failed, retrying once: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
			);
			return runOnce(url);
		});
		results.push(result);
		log(
			`lighthouse ${page} run ${run + 1}/${runs}: ${CATEGORIES.map((category) => Math.round((result.categories[category]?.score ?? 0) * 100)).join(' / ')}`,
		);
	}
	const numeric = (id: string) =>
		median(results.map((result) => result.audits[id]?.numericValue ?? Number.NaN));
	const shortfalls = new Map<string, LighthouseRow['shortfalls'][number]>();
	for (const result of results) {
		for (const category of CATEGORIES) {
			for (const { id, weight } of result.categories[category]?.auditRefs ?? []) {
				const audit = result.audits[id];
				if (!audit || weight === 0 || audit.score === null || audit.score >= 1) continue;
				const known = shortfalls.get(id) ?? {
					id,
					category,
					title: audit.title,
					failedRuns: 0,
					displayValue: audit.displayValue ?? '',
				};
				known.failedRuns += 1;
				shortfalls.set(id, known);
			}
		}
	}
	return {
		page,
		runs,
		scores: Object.fromEntries(
			CATEGORIES.map((category) => [
				category,
				Math.round(
					median(results.map((result) => (result.categories[category]?.score ?? 0) * 100)),
				),
			]),
		) as Record<Category, number>,
		tbt: Math.round(numeric('total-blocking-time')),
		lcp: Math.round(numeric('largest-contentful-paint')),
		cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
		fcp: Math.round(numeric('first-contentful-paint')),
		shortfalls: [...shortfalls.values()],
		lighthouseVersion: results[0]?.lighthouseVersion ?? '',
	};
}
