import { decodePng, pngSize } from './png';

/** The two icons every Teams app package carries, by the manifest's `icons` keys. */
export const iconRules = {
  color: { size: 192, rule: 'full colour, 192×192' },
  outline: { size: 32, rule: '32×32, white (#FFFFFF) on full transparency' },
} as const;

export type IconKind = keyof typeof iconRules;

/**
 * What keeps an icon from Teams' rules, in sentences naming the file: its size, and
 * for the outline icon every pixel either fully transparent or white (anti-aliased
 * edges are white with partial alpha).
 */
export function iconProblems(kind: IconKind, name: string, file: Buffer): string[] {
  const { size, rule } = iconRules[kind];
  let dimensions: { width: number; height: number };
  try {
    dimensions = pngSize(file);
  } catch (error) {
    return [`${name} (${kind} icon) is not a PNG: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (dimensions.width !== size || dimensions.height !== size)
    return [`${name} (${kind} icon) is ${dimensions.width}×${dimensions.height}; it must be ${rule}`];
  if (kind !== 'outline') return [];
  let image: ReturnType<typeof decodePng>;
  try {
    image = decodePng(file);
  } catch (error) {
    return [`${name} (outline icon) cannot be read: ${error instanceof Error ? error.message : String(error)}`];
  }
  const wrong: number[] = [];
  for (let i = 0; i < image.width * image.height; i++) {
    const [r, g, b, a] = image.pixels.subarray(i * 4, i * 4 + 4);
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) wrong.push(i);
  }
  const first = wrong[0];
  if (first === undefined) return [];
  const [r, g, b, a] = image.pixels.subarray(first * 4, first * 4 + 4);
  return [
    `${name} (outline icon) has ${wrong.length} pixel${wrong.length === 1 ? '' : 's'} neither white nor fully transparent, the first at (${first % image.width}, ${Math.floor(first / image.width)}): rgba(${r}, ${g}, ${b}, ${a}); it must be ${rule}`,
  ];
}
