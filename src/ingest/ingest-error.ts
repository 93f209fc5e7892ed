/**
 * Why the ingest refused a file: what is wrong, where, and what to do. The CLI prints
 * `message` as is, so every refusal reads the same way: `file:line: problem. Fix.`
 */
export class IngestError extends Error {
	/** The input file (as given on the command line), or the output file at fault. */
	readonly file: string;
	/** 1-based line of the input the problem is on, when it is on one. */
	readonly line: number | undefined;

	constructor(file: string, line: number | undefined, problem: string, fix: string) {
		super(`${line === undefined ? file : `${file}:${line}`}: ${problem}. ${fix}`);
		this.name = 'IngestError';
		this.file = file;
		this.line = line;
	}
}
