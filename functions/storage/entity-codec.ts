/**
 * Records are stored as JSON. A Table Storage string property holds at most
 * 32 K characters, so long records are split across properties d0, d1, … (an
 * entity may hold 1 MiB in all).
 */
const chunkSize = 30_000;

export type JsonProperties = Record<string, string | number>;

export function toProperties(value: unknown): JsonProperties {
  const json = JSON.stringify(value);
  const properties: JsonProperties = { chunks: Math.max(1, Math.ceil(json.length / chunkSize)) };
  for (let i = 0; i * chunkSize < json.length || i === 0; i += 1) properties[`d${i}`] = json.slice(i * chunkSize, (i + 1) * chunkSize);
  return properties;
}

export function fromProperties(entity: Record<string, unknown>): unknown {
  const chunks = typeof entity.chunks === 'number' ? entity.chunks : 1;
  let json = '';
  for (let i = 0; i < chunks; i += 1) json += String(entity[`d${i}`] ?? '');
  return JSON.parse(json);
}
