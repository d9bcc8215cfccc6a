/**
 * Records keyed by id (circles, answers, reactions, nominations…) are plain
 * objects, which already answer to "constructor", "toString" and the like. Every
 * lookup by id goes through here, so only what was stored under the id is found.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
