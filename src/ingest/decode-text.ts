import { IngestError } from './ingest-error.ts';

/**
 * Decodes the received bytes as UTF-8, refusing anything else rather than guessing: a wrong
 * guess would change characters in text we promise to keep verbatim. A byte-order mark is
 * dropped (TextDecoder's default); the hash is taken of the raw bytes elsewhere, not of this text.
 * @throws IngestError naming the first line that is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new IngestError(
			file,
			firstInvalidLine(bytes),
			'is not UTF-8 text',
			'Convert the file to UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`) and run the ingest again',
		);
	}
}

/**
 * The 1-based line holding the first invalid byte. Lines are split on 0x0A, which never occurs
 * inside a multi-byte UTF-8 sequence, so each line can be checked on its own.
 */
function firstInvalidLine(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let start = 0;
	for (let line = 1; ; line++) {
		const end = bytes.indexOf(0x0a, start);
		try {
			decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
		} catch {
			return line;
		}
		if (end === -1) return line;
		start = end + 1;
	}
}
