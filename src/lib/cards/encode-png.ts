import { crc32, deflateSync } from 'node:zlib';

/**
 * zlib's level: 4 makes a card within a tenth of level 6's size (zlib's default) in 60 % of its
 * time; higher levels cost several times more for a few per cent.
 */
const DEFLATE_LEVEL = 4;

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** PNG colour types. */
const RGB = 2;
const INDEXED = 3;

function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	out.set(data, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

function png(
	width: number,
	height: number,
	colourType: number,
	rows: Buffer,
	palette?: Buffer,
): Uint8Array {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per sample (or per palette index)
	header[9] = colourType;
	const chunks = [
		chunk('IHDR', header),
		...(palette ? [chunk('PLTE', palette)] : []),
		chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })),
		chunk('IEND', new Uint8Array(0)),
	];
	const file = Buffer.concat([SIGNATURE, ...chunks]);
	return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}

/**
 * The rows of an indexed image (a filter byte of 0, then an index per pixel) and its palette,
 * or `undefined` past 256 colours. Runs of one colour skip the look-up, and repeated rows the loop.
 */
function indexed(
	rgba: Uint8Array,
	width: number,
	height: number,
): { rows: Buffer; palette: Buffer } | undefined {
	const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
	const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, width * height * 4);
	const indices = new Map<number, number>();
	const rows = Buffer.alloc((width + 1) * height);
	let last = -1;
	let lastIndex = 0;
	for (let y = 0, from = 0; y < height; y++) {
		let to = y * (width + 1) + 1;
		const row = y * width * 4;
		// A row like the one above (margins, the space between lines: most of a card) takes its indices.
		if (
			y > 0 &&
			bytes.subarray(row, row + width * 4).equals(bytes.subarray(row - width * 4, row))
		) {
			rows.copy(rows, to, to - width - 1, to - 1);
			from += width;
			continue;
		}
		for (let x = 0; x < width; x++, from++, to++) {
			const pixel = pixels[from]!;
			if (pixel !== last) {
				let index = indices.get(pixel);
				if (index === undefined) {
					if (indices.size === 256) return undefined;
					index = indices.size;
					indices.set(pixel, index);
				}
				last = pixel;
				lastIndex = index;
			}
			rows[to] = lastIndex;
		}
	}
	const palette = Buffer.alloc(indices.size * 3);
	for (const [pixel, index] of indices) {
		// The pixel's bytes in memory are R, G, B, A: read back through a byte view, whatever the CPU's byte order.
		const bytes = new Uint8Array(Uint32Array.of(pixel).buffer);
		palette.set(bytes.subarray(0, 3), index * 3);
	}
	return { rows, palette };
}

/** The rows of an RGB image: a filter byte of 0, then three bytes per pixel, alpha dropped. */
function truecolour(rgba: Uint8Array, width: number, height: number): Buffer {
	const stride = width * 3 + 1;
	const rows = Buffer.alloc(stride * height);
	for (let y = 0, from = 0; y < height; y++) {
		let to = y * stride + 1;
		for (let x = 0; x < width; x++, from += 4, to += 3) {
			rows[to] = rgba[from]!;
			rows[to + 1] = rgba[from + 1]!;
			rows[to + 2] = rgba[from + 2]!;
		}
	}
	return rows;
}

/**
 * An opaque image as a PNG, losslessly: indexed when it has at most 256 colours (a card's few
 * colours and the shades of their anti-aliased edges: about 80), else 8-bit RGB. No per-row
 * filters: flat colour compresses well without them, and they only slow the encoder. `rgba` holds
 * `width × height` pixels of four bytes; alpha is dropped, so the image must be opaque.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
	const palette = indexed(aligned, width, height);
	if (palette) return png(width, height, INDEXED, palette.rows, palette.palette);
	return png(width, height, RGB, truecolour(rgba, width, height));
}
