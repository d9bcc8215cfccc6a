import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** Pixels as 8-bit RGBA, row by row from the top left. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA image as a PNG file (8-bit truecolour with alpha, rows unfiltered, deflated). */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${pixels.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filtering, no interlace
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

interface Chunk {
  readonly type: string;
  readonly data: Buffer;
}

function* chunks(file: Buffer): Generator<Chunk> {
  if (file.length < 8 || !file.subarray(0, 8).equals(signature)) throw new Error('not a PNG file (no PNG signature)');
  for (let at = 8; at + 12 <= file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    yield { type, data: file.subarray(at + 8, at + 8 + length) };
    at += 12 + length;
  }
}

/** The width and height a PNG file declares in its header. */
export function pngSize(file: Buffer): { width: number; height: number } {
  const first = chunks(file).next();
  if (first.done || first.value.type !== 'IHDR') throw new Error('not a PNG file (no IHDR header first)');
  return { width: first.value.data.readUInt32BE(0), height: first.value.data.readUInt32BE(4) };
}

const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters of PNG (none, sub, up, average, Paeth). */
function unfilter(data: Buffer, height: number, stride: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)] ?? 0;
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bpp ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG row filter ${filter}`);
      out[y * stride + x] = ((row[x] ?? 0) + predictor) & 0xff;
    }
  }
  return out;
}

/**
 * The pixels of an 8-bit, non-interlaced PNG (greyscale, RGB, palette, with or without
 * alpha) as RGBA: what an icon check needs, whichever tool saved the icon.
 */
export function decodePng(file: Buffer): RgbaImage {
  const all = [...chunks(file)];
  const header = all.find((c) => c.type === 'IHDR')?.data;
  if (!header) throw new Error('not a PNG file (no IHDR header)');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colourType, , , interlace] = header.subarray(8, 13);
  const channels = colourType === undefined ? undefined : channelsOf[colourType];
  if (depth !== 8 || channels === undefined || interlace !== 0)
    throw new Error(
      `only 8-bit non-interlaced PNGs are read here (this one: depth ${depth}, colour type ${colourType}, interlace ${interlace})`,
    );
  const raw = unfilter(
    inflateSync(Buffer.concat(all.filter((c) => c.type === 'IDAT').map((c) => c.data))),
    height,
    width * channels,
    channels,
  );
  const palette = all.find((c) => c.type === 'PLTE')?.data ?? Buffer.alloc(0);
  const transparency = all.find((c) => c.type === 'tRNS')?.data ?? Buffer.alloc(0);
  // Greyscale and RGB images may name one colour (16-bit samples) as transparent.
  const keyed = (...samples: (number | undefined)[]) =>
    transparency.length === samples.length * 2 && samples.every((v, k) => transparency.readUInt16BE(k * 2) === v);
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = raw.subarray(i * channels, (i + 1) * channels);
    const index = s[0] ?? 0;
    const rgba =
      colourType === 0
        ? [index, index, index, keyed(index) ? 0 : 255]
        : colourType === 2
          ? [s[0], s[1], s[2], keyed(s[0], s[1], s[2]) ? 0 : 255]
          : colourType === 3
            ? [palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2], transparency[index] ?? 255]
            : colourType === 4
              ? [index, index, index, s[1]]
              : [s[0], s[1], s[2], s[3]];
    pixels.set(
      rgba.map((v) => v ?? 0),
      i * 4,
    );
  }
  return { width, height, pixels };
}
