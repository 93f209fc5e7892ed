import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A resource's size as sent: raw, and compressed the way static hosts send it. */
export interface Sizes {
	raw: number;
	/** gzip at zlib's default level (6), what most servers do on the fly. */
	gzip: number;
	/** Brotli at its highest quality (11), what hosts that pre-compress static files send. */
	brotli: number;
}

/** The sizes of `content` raw, gzipped and brotli-compressed. */
export function sizesOf(content: string | Buffer): Sizes {
	const buffer = typeof content === 'string' ? Buffer.from(content) : content;
	return {
		raw: buffer.length,
		gzip: gzipSync(buffer).length,
		brotli: brotliCompressSync(buffer, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
			},
		}).length,
	};
}

/** Adds sizes up. */
export function sumSizes(all: readonly Sizes[]): Sizes {
	return all.reduce(
		(sum, sizes) => ({
			raw: sum.raw + sizes.raw,
			gzip: sum.gzip + sizes.gzip,
			brotli: sum.brotli + sizes.brotli,
		}),
		{
			raw: 0,
			gzip: 0,
			brotli: 0,
		},
	);
}

/** `12,345 B` as `12.1 KiB`, to one decimal. */
export function kib(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}
