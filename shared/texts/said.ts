/**
 * Words the core says, as a catalogue key and the values it names: the core
 * decides what is said, each adapter writes it in its reader's language
 * (`texts.say(namespace, said)`). Values are names, titles, counts and ISO instants.
 */
export interface Said<K extends string = string> {
  readonly key: K;
  readonly values?: Readonly<Record<string, string | number>>;
}
