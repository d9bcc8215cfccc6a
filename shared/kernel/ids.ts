import { z } from 'zod';

/**
 * Names that every plain object already answers to. Records are keyed by id, so an
 * id such as "constructor" or "__proto__" would find something that was never stored
 * (or change the record's prototype): such ids are refused where ids enter the core.
 */
export const prototypeNames: ReadonlySet<string> = new Set(['prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

/** No C0, DEL or C1 characters: invisible in the tab and on cards, and forbidden in Table Storage keys. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: an id with control characters cannot be a storage key
const withoutControlCharacters = /^[^\u0000-\u001f\u007f-\u009f]*$/;

/**
 * Characters Table Storage forbids in keys (`/ \ # ?`) and those key escaping uses
 * (`%`, and `|` between key parts). Escaped, each takes three characters, and two
 * ids escaped in one row key could pass the 512 characters a key may hold.
 */
const withoutKeyCharacters = /^[^/\\#?%|]*$/;

/**
 * Identifiers are chosen by the caller (the shell makes them), so the core never
 * needs randomness. They are Table Storage keys as they are, within a key's
 * length, and own keys of records.
 */
const anyIdentifier = (max: number) => z.string().trim().min(1).max(max).regex(withoutControlCharacters, 'idControlCharacters');
// A schema's own message is the key of a refusal (shared/texts/refusals.ts): `fromZodError` says it in the reader's words.
const notPrototypeName = 'idPrototypeName';

export const identifier = (max: number) =>
  anyIdentifier(max)
    .regex(withoutKeyCharacters, 'idKeyCharacters')
    .refine((id) => !prototypeNames.has(id), notPrototypeName);
export const Id = identifier(128);

/**
 * An id Teams gives (a team, channel or chat), kept in records but never part of a
 * storage key, so it may hold what Teams puts in it (`/`, `;`, `=` and the like).
 */
export const TeamsId = anyIdentifier(128).refine((id) => !prototypeNames.has(id), notPrototypeName);
export const PersonId = Id.describe('an Entra object id, or a guest id');
export const CircleId = Id.describe('a circle id');

export type Id = z.infer<typeof Id>;
export type PersonId = z.infer<typeof PersonId>;
export type CircleId = z.infer<typeof CircleId>;

/** A moment, always in UTC ("2026-11-21T09:30:00Z"). */
export const Instant = z.iso.datetime();
/** A calendar day ("2027-05-01"); review dates and terms are days, not moments. */
export const CalendarDate = z.iso.date();

export type Instant = z.infer<typeof Instant>;
export type CalendarDate = z.infer<typeof CalendarDate>;

export const ShortText = (max: number) => z.string().trim().min(1).max(max);
export const LongText = (max: number) => z.string().trim().max(max);
