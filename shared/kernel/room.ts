import type { Result } from './result';
import { fail, ok } from './result';

/**
 * Every record is kept in storage rows of at most 1 MiB, counted in UTF-16 (two
 * bytes a character): about 520,000 characters of JSON. A record may hold at most
 * this many, so what storage keeps beside it (recent operation ids, a closing mark)
 * and what the steps that are never refused add (closing, withdrawing) still fit,
 * with a third of the row to spare.
 */
export const recordCharacters = 300_000;

/** The characters a record takes as JSON, the form in which it is stored. */
export function charactersOf(value: unknown): number {
  return (JSON.stringify(value) ?? '').length;
}

/** Refuses a step that would grow a record past what it may hold, naming the field whose text does not fit. */
export function roomFor(record: 'circle' | 'proposal' | 'selection' | 'meeting', characters: number, field?: string): Result<true> {
  if (characters <= recordCharacters) return ok(true);
  return fail('record-full', { key: 'recordFull', values: { record, characters, most: recordCharacters } }, field);
}
