import { z } from 'zod';

/**
 * Words the core says, as a catalogue key and the values it names: the core
 * decides what is said, each adapter writes it in its reader's language
 * (`texts.say(namespace, said)`). Values are names, titles, counts and ISO instants.
 */
export interface Said<K extends string = string> {
  readonly key: K;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** A `Said` kept in a record or a row beside the records, limited to the keys it may name. */
export const SaidOf = <K extends string>(...keys: [K, ...K[]]) =>
  z.object({ key: z.enum(keys), values: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
