import fc from 'fast-check';

/** Ids of the demo organisation, so many requests reach records that exist and steps that run. */
export const knownIds = [
  'hub',
  'northside',
  'southside',
  'finance',
  'training',
  'weekend-rota',
  'training-facilitator-next',
  'northside-next-week',
  'families',
];
/** Ids no record has yet, so drafts, selections and meetings are started and then stepped. */
export const freshIds = ['fuzz-1', 'fuzz-2', 'fuzz-3'];
/** The demo organisation's ids for each path parameter, with the fresh ones. */
export const idsFor: Readonly<Record<string, readonly string[]>> = {
  circleId: ['hub', 'northside', 'southside', 'finance', 'training'],
  proposalId: ['weekend-rota', ...freshIds],
  selectionId: ['training-facilitator-next', ...freshIds],
  meetingId: ['northside-next-week', ...freshIds],
};
export const demoPeople = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana', 'ivo', 'jun', 'kemi', 'leo', 'admin'];
export const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];

const oddStrings = [
  ...['', ' ', '\u0000', 'a\u0000b', 'line\nbreak', '\u007f', '\u0085', '\u200b', '\ud800', '😀'],
  ...['%', '%00', '../..', 'a/b', 'a\\b', '#', '?', '|', "'", '"', '<script>', '=cmd|x', 'null', 'undefined', 'NaN'],
];

/** Strings that have broken parsers, stores and renderers before. */
export const hostileStrings = fc.oneof(
  fc.constantFrom(...prototypeKeys),
  fc.constantFrom(...oddStrings),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(...knownIds, ...demoPeople),
);

/** Any JSON value, with hostile strings and prototype names for keys. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 1e308, -0, 2 ** 53)),
    hostileStrings,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileStrings, fc.constantFrom(...prototypeKeys)), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const brokenJson = [
  ...['{', '{"type":', 'null', '[]', '"text"', '42', 'true', '\u0000', '\ufeff{}'],
  ...['{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '{"type":"answer","answer":{"kind":"consent"}}garbage'],
];

/** Bodies no schema describes: broken JSON, wrong shapes, deep nesting, a large blob. */
export const strangeBodies = fc.oneof(
  fc.constantFrom(...brokenJson),
  fc.nat({ max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.nat({ max: 5000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.nat({ max: 300_000 }).map((length) => JSON.stringify({ type: 'ask-question', questionId: 'q', text: 'w'.repeat(length) })),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Percent-encodes a path part; a lone surrogate, which no URL can carry, becomes U+FFFD. */
export function encoded(part: string): string {
  try {
    return encodeURIComponent(part);
  } catch {
    return encodeURIComponent(part.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}
