import { z } from 'zod';
import type { Circle } from '../circles/circle';
import { memberIds } from '../circles/circle';
import { ClosingPolicy, RoundMode } from '../circles/policy';
import type { DomainError } from '../kernel/errors';
import { domainError } from '../kernel/errors';
import { CalendarDate, Instant, PersonId } from '../kernel/ids';
import type { Result } from '../kernel/result';
import { fail, ok } from '../kernel/result';
import { addDaysToInstant, isBefore, messageDate } from '../kernel/time';
import type { AnswerInput, Objection } from './answers';
import { Answer, openObjections } from './answers';

/**
 * One consent round on one revision. Who may answer is fixed when it opens (the
 * eligibility snapshot), and so is the closing policy, so a change of members or
 * policy mid-round cannot change the rules of a round already running.
 */
export const ConsentRound = z.object({
  revision: z.number().int().min(1),
  mode: RoundMode,
  openedAt: Instant,
  deadline: Instant.nullable(),
  eligible: z.array(PersonId),
  answers: z.record(PersonId, Answer),
  closing: ClosingPolicy,
  standAsideAllowed: z.boolean(),
  /** The day the facilitator last reminded those still to answer: at most once a day (`decideReminder`). */
  remindedOn: CalendarDate.optional(),
});
export type ConsentRound = z.infer<typeof ConsentRound>;

export const OpenRoundOptions = z.object({
  mode: RoundMode.optional(),
  deadline: Instant.optional(),
});
export type OpenRoundOptions = z.infer<typeof OpenRoundOptions>;

/** Opens a round on a revision with the circle's members of this moment as the eligible ones. */
export function openRound(circle: Circle, revision: number, options: OpenRoundOptions, now: Instant): Result<ConsentRound> {
  const mode = options.mode ?? circle.policy.closing.defaultMode;
  const deadline = mode === 'async' ? (options.deadline ?? addDaysToInstant(now, circle.policy.closing.deadlineDays)) : null;
  // The circle consented to its deadline (and, with it, to what silence means); a round may run longer, never shorter.
  const shortest = addDaysToInstant(now, circle.policy.closing.deadlineDays);
  if (deadline !== null && isBefore(deadline, shortest)) {
    return fail(
      'invalid-input',
      { key: 'deadlineTooSoon', values: { days: circle.policy.closing.deadlineDays, shortest: messageDate(shortest) } },
      'options.deadline',
    );
  }
  if (circle.members.length === 0) return fail('not-eligible', { key: 'noMembersToAsk', values: { circle: circle.name } });
  return ok({
    revision,
    mode,
    openedAt: now,
    deadline,
    eligible: memberIds(circle),
    answers: {},
    closing: circle.policy.closing,
    standAsideAllowed: circle.policy.standAsideAllowed,
  });
}

/** Whether a person has answered; own keys only, so an id such as "constructor" is never mistaken for an answer. */
export function hasAnswered(round: ConsentRound, personId: PersonId): boolean {
  return Object.hasOwn(round.answers, personId);
}

/** Those asked when the round opened who are still members: a member who left is no longer counted. */
export function countedEligible(round: ConsentRound, circle: Circle): PersonId[] {
  const current = new Set(memberIds(circle));
  return round.eligible.filter((personId) => current.has(personId));
}

/** Checks an answer against the round's rules; the answer is always the actor's own. */
export function checkAnswer(round: ConsentRound, circle: Circle, personId: PersonId, input: AnswerInput, now: Instant): Result<Answer> {
  if (!countedEligible(round, circle).includes(personId)) {
    return fail('not-eligible', 'onlyEligibleAnswer');
  }
  const text = input.text?.trim() ? input.text.trim() : null;
  switch (input.kind) {
    case 'concern':
      if (text === null) return fail('text-required', 'concernNeedsText', 'text');
      break;
    case 'object':
      if (text === null) {
        return fail('reason-required', 'objectionNeedsReason', 'text');
      }
      break;
    case 'stand-aside':
      if (!round.standAsideAllowed) return fail('stand-aside-disabled', 'standAsideDisabled', 'kind');
      break;
    case 'consent':
      break;
  }
  return ok({ kind: input.kind, text, at: now });
}

/**
 * Records an answer: the latest answer counts. Answering `object` opens (or restates)
 * the member's objection; answering anything else withdraws their own open one.
 */
export function recordAnswer(
  round: ConsentRound,
  objections: readonly Objection[],
  personId: PersonId,
  answer: Answer,
): { round: ConsentRound; objections: Objection[] } {
  const others = objections.filter((o) => !(o.objector === personId && o.revision === round.revision && o.status === 'open'));
  const own = objections.find((o) => o.objector === personId && o.revision === round.revision && o.status === 'open');
  const updated: Objection[] =
    answer.kind === 'object'
      ? [
          ...others,
          {
            objector: personId,
            revision: round.revision,
            reason: answer.text ?? '',
            raisedAt: own?.raisedAt ?? answer.at,
            status: 'open',
            resolvedAt: null,
          },
        ]
      : own
        ? [...others, { ...own, status: 'withdrawn', resolvedAt: answer.at }]
        : others;
  return { round: { ...round, answers: { ...round.answers, [personId]: answer } }, objections: updated };
}

/**
 * The objector withdraws their objection: it no longer blocks, and its reason stays
 * on record as their concern, which is what a withdrawn objection usually becomes.
 */
export function withdrawObjection(
  round: ConsentRound,
  objections: readonly Objection[],
  personId: PersonId,
  now: Instant,
): { round: ConsentRound; objections: Objection[] } {
  const own = objections.find((o) => o.objector === personId && o.revision === round.revision && o.status === 'open');
  if (!own) return { round, objections: [...objections] };
  return {
    round: { ...round, answers: { ...round.answers, [personId]: { kind: 'concern', text: own.reason, at: now } } },
    objections: objections.map((o) => (o === own ? { ...o, status: 'withdrawn' as const, resolvedAt: now } : o)),
  };
}

/** The proposal changed: every open objection on it was integrated by the amendment. */
export function integrateByAmendment(objections: readonly Objection[], now: Instant): Objection[] {
  return objections.map((o) => (o.status === 'open' ? { ...o, status: 'integrated' as const, resolvedAt: now } : o));
}

export function hasOpenObjection(objections: readonly Objection[], personId: PersonId, revision: number): boolean {
  return objections.some((o) => o.objector === personId && o.revision === revision && o.status === 'open');
}

export type Verdict =
  | { readonly kind: 'adopt'; readonly silentConsent: PersonId[] }
  | { readonly kind: 'integrate'; readonly open: Objection[] }
  | { readonly kind: 'stay-open'; readonly error: DomainError };

/** Who is meant, by name; a long list names the first ten and counts the rest, so a refusal in a large circle stays a sentence. */
function names(circle: Circle, people: readonly PersonId[]): { names: string; more: number } {
  const named = people.slice(0, 10).map((id) => circle.members.find((m) => m.personId === id)?.displayName ?? id);
  return { names: named.join(', '), more: Math.max(0, people.length - 10) };
}

/**
 * What closing the round now would mean, by the circle's closing rule:
 * synchronous rounds close once everyone present has answered; asynchronous ones
 * at the deadline (or earlier once everyone has answered), where open objections
 * send the proposal to integration and otherwise the silence rule and quorum apply.
 */
export function closingVerdict(
  round: ConsentRound,
  circle: Circle,
  objections: readonly Objection[],
  now: Instant,
  present?: readonly PersonId[],
): Verdict {
  const counted = countedEligible(round, circle);
  const answered = counted.filter((personId) => hasAnswered(round, personId));
  const missing = counted.filter((personId) => !hasAnswered(round, personId));
  const stayOpen = (error: DomainError): Verdict => ({ kind: 'stay-open', error });
  if (counted.length === 0) return stayOpen(domainError('answers-missing', 'noOneAskedIsMember'));

  if (round.mode === 'sync') {
    const attending = present ?? counted;
    // A meeting of nobody decides nothing: "everyone present has answered" must not hold vacuously.
    if (attending.length === 0) return stayOpen(domainError('answers-missing', 'noOneAskedIsPresent', 'present'));
    const strangers = attending.filter((personId) => !counted.includes(personId));
    if (strangers.length > 0)
      return stayOpen(domainError('not-eligible', { key: 'notAskedInRound', values: names(circle, strangers) }, 'present'));
    // Whoever answered took part: leaving them out of those present would set their answer aside.
    const leftOut = answered.filter((personId) => !attending.includes(personId));
    if (leftOut.length > 0)
      return stayOpen(domainError('answers-missing', { key: 'answeredSoPresent', values: names(circle, leftOut) }, 'present'));
    const stillToAnswer = attending.filter((personId) => !hasAnswered(round, personId));
    if (stillToAnswer.length > 0) {
      return stayOpen(domainError('answers-missing', { key: 'stillToAnswer', values: names(circle, stillToAnswer) }));
    }
  } else if (round.deadline !== null && isBefore(now, round.deadline) && missing.length > 0) {
    return stayOpen(
      domainError('deadline-not-reached', {
        key: 'roundRunsUntil',
        values: { deadline: messageDate(round.deadline), ...names(circle, missing) },
      }),
    );
  }

  const open = openObjections(objections).filter((o) => o.revision === round.revision);
  if (open.length > 0) return { kind: 'integrate', open };

  const quorum = round.closing.quorumPercent;
  if (quorum !== null && answered.length * 100 < quorum * counted.length) {
    return stayOpen(
      domainError('quorum-not-met', { key: 'quorumNotMet', values: { answered: answered.length, asked: counted.length, quorum } }),
    );
  }
  if (round.mode === 'async' && missing.length > 0) {
    if (round.closing.silence === 'all-must-answer') {
      return stayOpen(domainError('answers-missing', { key: 'everyoneMustAnswer', values: names(circle, missing) }));
    }
    return { kind: 'adopt', silentConsent: missing };
  }
  return { kind: 'adopt', silentConsent: [] };
}
