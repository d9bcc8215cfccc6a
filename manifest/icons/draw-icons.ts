import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodePng, type RgbaImage } from '../png';
import { disc, paint, ring, stroke, union, type Layer, type Rgb, type Shape } from './raster';

/**
 * The app's icons, drawn from one design: a circle and the two circles inside its
 * domain, each joined to it by a double link (two strokes: in sociocracy a leader
 * and a delegate connect two circles), with each circle's members in its middle.
 */

/** Teal of the colour icon's background, and the manifest's accentColor. */
export const brandColour: Rgb = [0x1d, 0x6b, 0x66];
const white: Rgb = [255, 255, 255];
const amber: Rgb = [0xf6, 0xc1, 0x4e];

/** Where the circles are in the box [-1, 1]², with their radii. */
const parent = { x: 0, y: -0.47, r: 0.45 };
const children = [-1, 1].map((side) => ({ x: side * 0.64, y: 0.63, r: 0.28 }));

/** Stroke widths, the links' gap and the members' size (a share of the radius): at 32 pixels all must be bolder to stay legible. */
interface Weights {
  readonly ring: number;
  readonly link: number;
  readonly gap: number;
  readonly members: number;
}

const large: Weights = { ring: 0.13, link: 0.09, gap: 0.11, members: 0.42 };
const small: Weights = { ring: 0.15, link: 0.12, gap: 0.14, members: 0.36 };

function design(w: Weights): { circles: Shape; links: Shape; members: Shape } {
  const links = children.flatMap((child) => {
    const length = Math.hypot(child.x - parent.x, child.y - parent.y);
    const [ux, uy] = [(child.x - parent.x) / length, (child.y - parent.y) / length];
    // From just inside one ring to just inside the other, so the strokes meet the rings cleanly.
    const [from, to] = [parent.r + w.ring / 2 - 0.02, length - child.r - w.ring / 2 + 0.02];
    return [-1, 1].map((side) => {
      const [ox, oy] = [(-uy * side * (w.gap + w.link)) / 2, (ux * side * (w.gap + w.link)) / 2];
      return stroke(parent.x + ux * from + ox, parent.y + uy * from + oy, parent.x + ux * to + ox, parent.y + uy * to + oy, w.link);
    });
  });
  const everyCircle = [parent, ...children];
  return {
    circles: union(...everyCircle.map((c) => ring(c.x, c.y, c.r, w.ring))),
    links: union(...links),
    members: union(...everyCircle.map((c) => disc(c.x, c.y, c.r * w.members))),
  };
}

/** 192×192, full colour: the symbol in the middle (about 96×96) on a square of the brand colour; Teams rounds the corners itself. */
export function colourIcon(): RgbaImage {
  const shapes = design(large);
  const layers: Layer[] = [
    { shape: union(shapes.circles, shapes.links), colour: white },
    { shape: shapes.members, colour: amber },
  ];
  return { width: 192, height: 192, pixels: paint(192, layers, { centre: 96, half: 52 }, brandColour) };
}

/** 32×32 outline: white shapes on full transparency, filling the square without padding. */
export function outlineIcon(): RgbaImage {
  const shapes = design(small);
  return {
    width: 32,
    height: 32,
    pixels: paint(32, [{ shape: union(shapes.circles, shapes.links, shapes.members), colour: white }], { centre: 16, half: 16 }),
  };
}

/** `node dist/tools/manifest/icons/draw-icons.js`: writes color.png and outline.png into the app package. */
async function main(): Promise<void> {
  const folder = join(process.cwd(), 'appPackage');
  await mkdir(folder, { recursive: true });
  for (const [name, image] of [
    ['color.png', colourIcon()],
    ['outline.png', outlineIcon()],
  ] as const) {
    const file = encodePng(image);
    await writeFile(join(folder, name), file);
    console.log(`appPackage/${name}: ${image.width}×${image.height}, ${file.length} bytes`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
