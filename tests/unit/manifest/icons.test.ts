import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { iconProblems } from '../../../manifest/icon-rules';
import { colourIcon, outlineIcon } from '../../../manifest/icons/draw-icons';
import { decodePng, encodePng, pngSize, type RgbaImage } from '../../../manifest/png';

const icons = join(__dirname, '..', '..', '..', 'appPackage');
const colour = readFileSync(join(icons, 'color.png'));
const outline = readFileSync(join(icons, 'outline.png'));

/** A copy of the image with one pixel changed. */
function withPixel(image: RgbaImage, x: number, y: number, rgba: readonly number[]): RgbaImage {
  const pixels = Uint8Array.from(image.pixels);
  pixels.set(rgba, (y * image.width + x) * 4);
  return { ...image, pixels };
}

describe('the app icons', () => {
  it('are the sizes Teams asks for: colour 192×192, outline 32×32', () => {
    expect(pngSize(colour)).toEqual({ width: 192, height: 192 });
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
    expect(iconProblems('color', 'color.png', colour)).toEqual([]);
    expect(iconProblems('outline', 'outline.png', outline)).toEqual([]);
  });

  it('has an outline icon of white shapes on full transparency, with white anti-aliased edges', () => {
    const { pixels } = decodePng(outline);
    const alphas = new Set<number>();
    const tinted: number[] = [];
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] !== 0 && (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255)) tinted.push(i / 4);
      alphas.add(pixels[i + 3] ?? 0);
    }
    expect(tinted).toEqual([]);
    expect(alphas.has(0) && alphas.has(255)).toBe(true);
    expect(alphas.size).toBeGreaterThan(10);
  });

  it('fails the outline rule for one opaque pixel that is not white, naming where it is', () => {
    const broken = encodePng(withPixel(decodePng(outline), 5, 7, [0x1d, 0x6b, 0x66, 255]));
    expect(iconProblems('outline', 'outline.png', broken)).toEqual([
      'outline.png (outline icon) has 1 pixel neither white nor fully transparent, the first at (5, 7): rgba(29, 107, 102, 255); it must be 32×32, white (#FFFFFF) on full transparency',
    ]);
    // A faint grey is as wrong as a colour: only alpha may vary.
    expect(iconProblems('outline', 'outline.png', encodePng(withPixel(decodePng(outline), 0, 0, [254, 255, 255, 1])))).toHaveLength(1);
    // Any colour is fine where the pixel is fully transparent.
    expect(iconProblems('outline', 'outline.png', encodePng(withPixel(decodePng(outline), 0, 0, [0, 0, 0, 0])))).toEqual([]);
  });

  it('fails an icon of the wrong size, or a file that is not a PNG', () => {
    expect(iconProblems('color', 'color.png', outline)).toEqual(['color.png (color icon) is 32×32; it must be full colour, 192×192']);
    expect(iconProblems('outline', 'outline.png', Buffer.from('GIF89a'))).toEqual([
      expect.stringMatching(/^outline.png \(outline icon\) is not a PNG/),
    ]);
  });

  it('has a colour icon on a square, fully opaque background, as Teams rounds the corners itself', () => {
    const { pixels } = decodePng(colour);
    expect(pixels.filter((_, i) => i % 4 === 3 && pixels[i] !== 255)).toHaveLength(0);
    const corner = [...pixels.subarray(0, 4)];
    const last = pixels.length - 4;
    expect([...pixels.subarray(last, last + 4)]).toEqual(corner);
  });

  it('are what the generator draws today (run it again after changing the design)', () => {
    // Compared by pixel, within one step of rounding, so another zlib or libm cannot fail it.
    const near = (file: Buffer, drawn: RgbaImage) => {
      const { pixels } = decodePng(file);
      expect(pixels.length).toBe(drawn.pixels.length);
      expect(pixels.every((value, i) => Math.abs(value - (drawn.pixels[i] ?? -9)) <= 1)).toBe(true);
    };
    near(colour, colourIcon());
    near(outline, outlineIcon());
  });
});

describe('PNG files', () => {
  it('round-trip RGBA pixels through the encoder and the reader', () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const image = { width: 3, height: 2, pixels };
    expect(decodePng(encodePng(image))).toEqual(image);
  });

  it('are read whichever row filters and colour type another tool chose', () => {
    // 2×2 greyscale with alpha; rows filtered with Sub and Paeth.
    const header = Buffer.alloc(13);
    header.writeUInt32BE(2, 0);
    header.writeUInt32BE(2, 4);
    header.set([8, 4, 0, 0, 0], 8);
    const rows = Buffer.from([1, 255, 0, 0, 128, 4, 0, 255, 0, 128]);
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const file = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect([...decodePng(file).pixels]).toEqual([255, 255, 255, 0, 255, 255, 255, 128, 255, 255, 255, 255, 255, 255, 255, 127]);
  });
});
