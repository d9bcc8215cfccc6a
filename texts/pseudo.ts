/**
 * The pseudo-locale's text: English with every letter accented, a third longer and
 * in brackets, so a screenshot shows both overflow (German and Dutch run about a
 * third longer than English) and any text that did not come from a catalogue.
 * Only literal text is changed: ICU arguments (`{name}`, `{count, plural, …}`)
 * sit at odd brace depths and are kept as they are; `#` stays the plural's number.
 */
const accents: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

export function pseudoMessage(message: string): string {
  let depth = 0;
  let out = '';
  let letters = 0;
  for (const char of message) {
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    const literal = depth % 2 === 0 && char !== '{' && char !== '}';
    if (literal && /\p{L}/u.test(char)) letters += 1;
    out += literal ? (accents[char] ?? char) : char;
  }
  return `[${out}${'·'.repeat(Math.ceil(letters / 3))}]`;
}
