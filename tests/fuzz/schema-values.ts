import fc from 'fast-check';
import { anyJson, demoPeople, freshIds, hostileStrings, idsFor, knownIds, prototypeKeys } from './hostile-values';

/** The part of JSON Schema (2020-12) that the API's description uses. */
export interface JsonSchema {
  readonly type?: string | string[];
  readonly const?: unknown;
  readonly enum?: unknown[];
  readonly properties?: Record<string, JsonSchema>;
  readonly required?: string[];
  readonly items?: JsonSchema;
  readonly oneOf?: JsonSchema[];
  readonly anyOf?: JsonSchema[];
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
}

const day = 86_400_000;
const dates = fc.oneof(
  fc.integer({ min: -400, max: 800 }).map((days) => new Date(Date.UTC(2026, 11, 1) + days * day).toISOString().slice(0, 10)),
  fc.constantFrom('2027-02-29', '2027-13-01', '0000-00-00', 'tomorrow', '2027-05-01T00:00:00Z'),
);
const instants = fc.oneof(
  fc.integer({ min: -30, max: 120 }).map((days) => new Date(Date.UTC(2026, 11, 4, 9) + days * day).toISOString()),
  fc.constantFrom('2027-05-01T25:00:00Z', 'now', '2027-05-01'),
);

/** A value the schema takes most of the time, and anything at all now and then. */
export function arbitraryOf(schema: JsonSchema | undefined, depth = 0, name = ''): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return anyJson;
  return fc.oneof({ weight: 15, arbitrary: conforming(schema, depth, name) }, { weight: 1, arbitrary: anyJson });
}

/** Strings for a field, by its name: circles for circle ids, people for person ids, so commands reach real records. */
function stringsFor(name: string): readonly string[] {
  if (/circleId|parentId/i.test(name)) return idsFor.circleId ?? [];
  if (/personId|nominee|candidate|present|^by$/i.test(name)) return demoPeople;
  if (/roleId/.test(name)) return ['facilitator', 'secretary', 'leader', 'delegate', 'cook'];
  return [...knownIds, ...freshIds, ...demoPeople];
}

function stringOf(schema: JsonSchema, name: string): fc.Arbitrary<string> {
  if (schema.format === 'date') return dates;
  if (schema.format === 'date-time') return instants;
  const max = schema.maxLength ?? 1000;
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...stringsFor(name)) },
    { weight: 2, arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(max, 60) }) },
    { weight: 1, arbitrary: fc.constant('y'.repeat(max + 1)) },
    { weight: 1, arbitrary: fc.constant('z'.repeat(max)) },
    { weight: 2, arbitrary: hostileStrings },
  );
}

function conforming(schema: JsonSchema, depth: number, name: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((variant) => arbitraryOf(variant, depth + 1, name)));
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 100 }), fc.constantFrom(-1, 0, 1.5, 1e9));
    case 'array':
      return fc.array(arbitraryOf(schema.items, depth + 1, name), { maxLength: 5 });
    case 'object':
      return objectOf(schema, depth);
    case 'string':
      return stringOf(schema, name);
    default:
      return anyJson;
  }
}

function objectOf(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, property]) =>
    // Required fields are there 19 times in 20; optional ones half the time.
    fc
      .tuple(arbitraryOf(property, depth + 1, name), fc.nat({ max: 19 }))
      .map(([value, roll]) => ((required.has(name) ? roll < 19 : roll < 10) ? [[name, value] as const] : [])),
  );
  const extra = fc.option(fc.tuple(fc.constantFrom(...prototypeKeys, 'extra'), anyJson), { freq: 8 });
  return fc.tuple(fc.tuple(...fields), extra).map(([chosen, more]) => {
    const entries = chosen.flat();
    // Object.fromEntries defines own properties, so "__proto__" is sent as a key, as an attacker's JSON would be.
    return Object.fromEntries(more ? [...entries, more] : entries);
  });
}
