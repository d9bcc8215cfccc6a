import type { z } from 'zod';
import { refusals } from '../texts/refusals';
import type { DomainError, Refusal, RefusalKey } from './errors';
import { domainError } from './errors';
import type { Result } from './result';
import { failWith, ok } from './result';

type Issue = z.core.$ZodIssue;

/** The refused field's own name, for messages that name it ("Write a reason."): the last word of its path. */
function fieldName(issue: Issue): string {
  const last = [...issue.path].reverse().find((part) => typeof part === 'string');
  return typeof last === 'string' ? last : 'value';
}

/** Which limit a value broke, in words a person reads: what to write, not what the schema checked. */
function refusalOf(issue: Issue): Refusal {
  // A schema that names its own refusal (ids, time zones) gives its key as its message.
  if (Object.hasOwn(refusals, issue.message)) return issue.message as RefusalKey;
  const field = fieldName(issue);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { key: 'inputEmpty', values: { field } } : { key: 'inputTooShort', values: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'inputTooFew', values: { min } };
      return { key: 'inputTooSmall', values: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'inputTooLong', values: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'inputTooMany', values: { max } };
      return { key: 'inputTooBig', values: { max } };
    }
    case 'invalid_type':
      return { key: 'inputWrongKind', values: { expected: issue.expected } };
    case 'invalid_format':
      return { key: 'inputWrongForm', values: { format: issue.format } };
    case 'invalid_value':
      return { key: 'inputChoose', values: { options: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { key: 'inputUnknownFields', values: { fields: issue.keys.join(', ') } };
    default:
      return 'inputNotAccepted';
  }
}

/** Names the first field a schema refused, as a dotted path ("answer.text"), and says what it needs. */
export function fromZodError(error: z.ZodError, prefix?: string): DomainError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((part) => part !== undefined && part !== '').join('.');
  return domainError('invalid-input', issue ? refusalOf(issue) : 'inputNotAccepted', path || undefined);
}

/** Parses outside input with a schema, refusing bad input as a DomainError. */
export function parse<T>(schema: z.ZodType<T>, input: unknown, prefix?: string): Result<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : failWith(fromZodError(parsed.error, prefix));
}
