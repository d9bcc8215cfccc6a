import fc from 'fast-check';
import type { Actor, AnswerInput, CirclePolicy, ProposalEvent, ProposalState, Result, Transition } from '../../shared';
import { proposalDecider, transition } from '../../shared';
import { daysFromNow, now } from './clock';
import { rota, rotaRoundWithPolicy } from './consent-steps';
import { as, system } from './people';

/**
 * Random consent rounds of the weekend-rota proposal: members of Northside (and
 * people who are not) answering, withdrawing objections, amending and closing,
 * the system timer closing at random moments, people joining and leaving.
 */

export const asked = ['amara', 'dev', 'farid', 'grace', 'hana'] as const;
/** Ivo joins Northside mid-round; Ben was never a member; Chloé facilitates elsewhere. */
export const outsiders = ['ivo', 'ben', 'chloe'] as const;
export type Name = (typeof asked)[number] | (typeof outsiders)[number];

export type RoundSetup = {
  readonly mode: 'sync' | 'async';
  readonly silence: 'all-must-answer' | 'silence-is-consent';
  readonly quorumPercent: number | null;
  readonly standAsideAllowed: boolean;
};

export const roundSetup: fc.Arbitrary<RoundSetup> = fc.record({
  mode: fc.constantFrom('sync' as const, 'async' as const),
  silence: fc.constantFrom('all-must-answer' as const, 'silence-is-consent' as const),
  quorumPercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  standAsideAllowed: fc.boolean(),
});

const rounds = new Map<string, ProposalState>();

/** The rota proposal at its consent round under a setup (built once per setup through the real deciders). */
export function roundFor(setup: RoundSetup): ProposalState {
  const key = JSON.stringify(setup);
  const cached = rounds.get(key);
  if (cached) return cached;
  const policy: Partial<CirclePolicy> = {
    closing: { defaultMode: 'async', deadlineDays: 7, silence: setup.silence, quorumPercent: setup.quorumPercent, closingSoonHours: 24 },
    standAsideAllowed: setup.standAsideAllowed,
  };
  const state = rotaRoundWithPolicy(policy, setup.mode);
  rounds.set(key, state);
  return state;
}

const reasons = [
  'Grace needs the same carer every weekend.',
  'Saturdays clash with hospital visits.',
  '  ',
  '',
  'Payroll cannot follow monthly changes.',
];

/** Any answer a member might send, valid or not (blank concern or objection texts are refused). */
export const answerInput: fc.Arbitrary<AnswerInput> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<AnswerInput>({ kind: 'consent' }) },
  { weight: 2, arbitrary: fc.constantFrom(...reasons).map<AnswerInput>((text) => ({ kind: 'concern', text })) },
  { weight: 2, arbitrary: fc.constantFrom(...reasons).map<AnswerInput>((text) => ({ kind: 'object', text })) },
  { weight: 1, arbitrary: fc.constant<AnswerInput>({ kind: 'stand-aside' }) },
  { weight: 1, arbitrary: fc.constant<AnswerInput>({ kind: 'object' }) },
);

/** An answer that the round's text rules accept (stand aside aside). */
export const validAnswerInput: fc.Arbitrary<AnswerInput> = fc.oneof(
  fc.constant<AnswerInput>({ kind: 'consent' }),
  fc.constantFrom(...reasons.filter((r) => r.trim())).map<AnswerInput>((text) => ({ kind: 'concern', text })),
  fc.constantFrom(...reasons.filter((r) => r.trim())).map<AnswerInput>((text) => ({ kind: 'object', text })),
  fc.constant<AnswerInput>({ kind: 'stand-aside' }),
);

/** Mostly those asked, sometimes someone who was not. */
const anyone = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<Name>(...asked) },
  { weight: 1, arbitrary: fc.constantFrom<Name>(...outsiders) },
);
const actorOf = (name: Name | 'system'): Actor => (name === 'system' ? system : as(name));

export type Move =
  | { readonly kind: 'answer'; readonly by: Name; readonly answer: AnswerInput; readonly posingAs: Name }
  | { readonly kind: 'withdraw-objection'; readonly by: Name }
  | { readonly kind: 'amend'; readonly by: Name }
  | { readonly kind: 'close'; readonly by: Name | 'system'; readonly present: readonly Name[] | undefined }
  | { readonly kind: 'join' }
  | { readonly kind: 'leave'; readonly who: (typeof asked)[number] }
  | { readonly kind: 'wait'; readonly hours: number };

export const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('answer' as const), by: anyone, answer: answerInput, posingAs: anyone }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('withdraw-objection' as const), by: anyone }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('amend' as const), by: fc.constantFrom<Name>('dev', 'hana', 'amara') }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('close' as const),
      by: fc.constantFrom<Name | 'system'>('hana', 'hana', 'system', 'dev'),
      present: fc.option(
        fc.oneof(
          { weight: 4, arbitrary: fc.subarray<Name>([...asked]) },
          { weight: 1, arbitrary: fc.subarray<Name>([...asked, 'ivo', 'ben']) },
        ),
        {
          nil: undefined,
        },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'join' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), who: fc.constantFrom(...asked) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 120 }) }) },
);

export type Played = {
  readonly before: ProposalState;
  readonly move: Move;
  readonly at: string;
  readonly result: Result<Transition<ProposalState, ProposalEvent>> | null;
  readonly after: ProposalState;
};

/** The circle changes as the structure decider would change it: a leaver's role terms end with them. */
function membershipChanged(state: ProposalState, change: Extract<Move, { kind: 'join' | 'leave' }>): ProposalState {
  const circle = state.circle;
  if (change.kind === 'join') {
    if (circle.members.some((m) => m.personId === 'ivo')) return state;
    return { ...state, circle: { ...circle, members: [...circle.members, { personId: 'ivo', displayName: 'Ivo Novak', guest: false }] } };
  }
  return {
    ...state,
    circle: {
      ...circle,
      members: circle.members.filter((m) => m.personId !== change.who),
      assignments: circle.assignments.filter((a) => a.personId !== change.who),
    },
  };
}

/** The command a move sends, if it is a step of the proposal. */
export function commandOf(m: Move, state: ProposalState): { command: object; actor: Actor } | null {
  switch (m.kind) {
    case 'answer':
      // The command names someone else on purpose: it must not matter.
      return {
        command: { type: 'answer', proposalId: rota, answer: m.answer, personId: m.posingAs, by: m.posingAs },
        actor: actorOf(m.by),
      };
    case 'withdraw-objection':
      return { command: { type: 'withdraw-objection', proposalId: rota }, actor: actorOf(m.by) };
    case 'amend':
      return {
        command: {
          type: 'amend-proposal',
          proposalId: rota,
          text: `Weekend shifts rotate monthly, with familiar carers kept (revision ${(state.proposal?.revision ?? 0) + 1}).`,
        },
        actor: actorOf(m.by),
      };
    case 'close':
      return {
        command: { type: 'close-consent-round', proposalId: rota, ...(m.present ? { present: m.present } : {}) },
        actor: actorOf(m.by),
      };
    default:
      return null;
  }
}

/** Plays the moves from a state, step by step, refusals included; time only moves forward. */
export function play(start: ProposalState, moves: readonly Move[], from: string = now): Played[] {
  let state = start;
  let at = from;
  const played: Played[] = [];
  for (const m of moves) {
    const before = state;
    let result: Played['result'] = null;
    if (m.kind === 'wait') at = daysFromNow(m.hours / 24, at);
    else if (m.kind === 'join' || m.kind === 'leave') state = membershipChanged(state, m);
    else {
      const sent = commandOf(m, state);
      if (sent) {
        result = transition(proposalDecider, state, sent.command, sent.actor, at);
        if (result.ok) state = result.value.state;
      }
    }
    played.push({ before, move: m, at, result, after: state });
  }
  return played;
}

/**
 * A settling end to a scenario, so rounds often do close: time passes, each of
 * those asked answers (any answer), and the facilitator or the timer closes.
 */
const settling: fc.Arbitrary<Move[]> = fc
  .record({
    hours: fc.integer({ min: 0, max: 240 }),
    answers: fc.tuple(...asked.map(() => answerInput)),
    skip: fc.oneof(
      { weight: 3, arbitrary: fc.constant<(typeof asked)[number][]>([]) },
      { weight: 1, arbitrary: fc.subarray([...asked], { maxLength: 2 }) },
    ),
    closer: fc.constantFrom<Name | 'system'>('hana', 'hana', 'system', 'system', 'dev'),
    withdrawFirst: fc.boolean(),
  })
  .map(({ hours, answers, skip, closer, withdrawFirst }) => [
    { kind: 'wait', hours } as const,
    ...asked
      .filter((name) => !skip.includes(name))
      .map((name, i) => ({ kind: 'answer', by: name, answer: answers[i] ?? { kind: 'consent' }, posingAs: name }) as const),
    { kind: 'close', by: closer, present: undefined } as const,
    ...(withdrawFirst ? asked.map((name) => ({ kind: 'withdraw-objection', by: name }) as const) : []),
    { kind: 'close', by: closer, present: undefined } as const,
  ]);

/** Random moves, often followed by a settling end (and then more random moves). */
export const scenario: fc.Arbitrary<Move[]> = fc
  .tuple(
    fc.array(move, { maxLength: 30 }),
    fc.option(settling, { freq: 3 }),
    fc.array(move, { maxLength: 10 }),
    fc.option(settling, { freq: 2 }),
  )
  .map(([before, settle, after, again]) => [...before, ...(settle ?? []), ...after, ...(again ?? [])]);
