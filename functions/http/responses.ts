import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { DomainError, ErrorCode } from '../../shared';
import { textsFor } from '../../texts/all';
import { localeOfAcceptLanguage } from '../../texts/locales';
import type { Texts } from '../../texts/translate';

/** Every refusal of the core, as an HTTP status; the compiler keeps the table complete. */
const statusOf: Record<ErrorCode, 400 | 403 | 404 | 409> = {
  'invalid-input': 400,
  'text-required': 400,
  'reason-required': 400,
  'review-date-invalid': 400,
  'term-invalid': 400,
  'role-unknown': 400,
  'not-found': 404,
  'not-permitted': 403,
  'not-a-member': 403,
  'not-eligible': 403,
  'not-objector': 403,
  'already-exists': 409,
  'wrong-stage': 409,
  'round-closed': 409,
  'answers-missing': 409,
  'quorum-not-met': 409,
  'deadline-not-reached': 409,
  'stand-aside-disabled': 409,
  'candidate-answers-last': 409,
  'circle-cycle': 409,
  'circle-archived': 409,
  'has-sub-circles': 409,
  'general-circle-exists': 409,
  'record-full': 409,
  'already-reminded': 409,
  'not-their-turn': 409,
};

export function json(body: unknown, status = 200): HttpResponseInit {
  return { status, jsonBody: body };
}

/** The texts of whoever sent the request, in the language its `Accept-Language` asks for (the tab sends its own). */
export function textsOf(request: HttpRequest): Texts {
  return textsFor(localeOfAcceptLanguage(request.headers.get('accept-language')));
}

/** `{ "error": { "code", "message", "field"? } }` with the status of its code, the message in the request's language. */
export function refused(request: HttpRequest, error: DomainError): HttpResponseInit {
  const message = textsOf(request).say('refusals', error.said);
  const field = error.field === undefined ? {} : { field: error.field };
  return json({ error: { code: error.code, message, ...field } }, statusOf[error.code]);
}

export function unauthenticated(message: string): HttpResponseInit {
  return { status: 401, headers: { 'www-authenticate': 'Bearer' }, jsonBody: { error: { code: 'unauthenticated', message } } };
}

/** A record kept changing, or a close of the round is under way: retryable at once. */
export function busy(message: string): HttpResponseInit {
  return { status: 503, headers: { 'retry-after': '1' }, jsonBody: { error: { code: 'busy', message } } };
}

/** Storage is down, frozen or overloaded (see `isStorageUnavailable`): retryable in a moment. */
export function storageUnavailable(texts: Texts): HttpResponseInit {
  const message = texts.t('api', 'storageUnavailable');
  return { status: 503, headers: { 'retry-after': '2' }, jsonBody: { error: { code: 'storage-unavailable', message } } };
}
