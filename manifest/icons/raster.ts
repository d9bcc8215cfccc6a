/**
 * Shapes as signed distance functions (negative inside, in the design's units) and a
 * painter that covers each pixel by how much of it a shape takes: edges come out
 * anti-aliased at any size without a graphics library.
 */
export type Shape = (x: number, y: number) => number;

export const disc =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

export const ring =
  (cx: number, cy: number, r: number, width: number): Shape =>
  (x, y) =>
    Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2;

/** A straight stroke from (ax, ay) to (bx, by) with round ends. */
export const stroke =
  (ax: number, ay: number, bx: number, by: number, width: number): Shape =>
  (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - ax - t * dx, y - ay - t * dy) - width / 2;
  };

export const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));

export const subtract =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    Math.max(shape(x, y), -hole(x, y));

export type Rgb = readonly [number, number, number];

export interface Layer {
  readonly shape: Shape;
  readonly colour: Rgb;
}

/**
 * Paints layers in order onto a `size`×`size` RGBA canvas, `background` or fully
 * transparent below them. `view` maps the design's box [-1, 1]² onto the canvas:
 * its centre and its half-width, in pixels. Transparent pixels keep the colour of the
 * layer that last touched them (white in an outline icon), so scaling never grows a
 * dark fringe.
 */
export function paint(size: number, layers: readonly Layer[], view: { centre: number; half: number }, background?: Rgb): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const unitsPerPixel = 1 / view.half;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5 - view.centre) * unitsPerPixel;
      const y = (py + 0.5 - view.centre) * unitsPerPixel;
      let [r, g, b] = background ?? layers[0]?.colour ?? [255, 255, 255];
      let a = background ? 1 : 0;
      for (const layer of layers) {
        // A pixel is one unit wide at its scale: coverage runs from 0 to 1 across the edge.
        const coverage = Math.max(0, Math.min(1, 0.5 - layer.shape(x, y) / unitsPerPixel));
        if (coverage === 0) continue;
        const out = coverage + a * (1 - coverage);
        const over = (top: number, below: number) => (top * coverage + below * a * (1 - coverage)) / out;
        [r, g, b] = [over(layer.colour[0], r), over(layer.colour[1], g), over(layer.colour[2], b)];
        a = out;
      }
      pixels.set([r, g, b, a * 255].map(Math.round), (py * size + px) * 4);
    }
  }
  return pixels;
}
