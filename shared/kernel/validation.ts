import type { z } from 'zod';
import type { DomainError } from './errors';
import { domainError } from './errors';
import type { Result } from './result';
import { failWith, ok } from './result';

/** Names the first field a schema refused, as a dotted path ("answer.text"). */
export function fromZodError(error: z.ZodError, prefix?: string): DomainError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((part) => part !== undefined && part !== '').join('.');
  const message = issue ? (path ? `${path}: ${issue.message}` : issue.message) : 'the input is not valid';
  return domainError('invalid-input', message, path || undefined);
}

/** Parses outside input with a schema, refusing bad input as a DomainError. */
export function parse<T>(schema: z.ZodType<T>, input: unknown, prefix?: string): Result<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : failWith(fromZodError(parsed.error, prefix));
}
