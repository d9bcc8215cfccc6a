import fc from 'fast-check';
import type { AnswerInput, DomainError, ProposalState } from '../../../shared';
import { errorCodes, proposalDecider, transition } from '../../../shared';
import { wordsOf } from '../../support/refusal-words';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { rota, rotaIn } from '../../support/consent-steps';
import type { Name } from '../../support/consent-scenarios';
import { answerInput, asked, play, roundFor, roundSetup, scenario, validAnswerInput } from '../../support/consent-scenarios';
import { as, system } from '../../support/people';

const runs = { numRuns: 150 };

const answersOf = (state: ProposalState) => {
  const proposal = state.proposal;
  return proposal && 'round' in proposal && proposal.round ? proposal.round.answers : {};
};
const openObjections = (state: ProposalState) => (state.proposal?.objections ?? []).filter((o) => o.status === 'open');
const ownRecord = (state: ProposalState, personId: string) => ({
  answer: answersOf(state)[personId],
  objections: (state.proposal?.objections ?? []).filter((o) => o.objector === personId),
});

describe('property: never adopted with an open objection', () => {
  it('whatever members answer, withdraw, amend and close, and whenever the timer closes, an adopted proposal has no open objection', () => {
    fc.assert(
      fc.property(roundSetup, scenario, (setup, moves) => {
        for (const { before, result, after } of play(roundFor(setup), moves)) {
          if (after.proposal?.status === 'adopted') expect(openObjections(after)).toEqual([]);
          if (result?.ok && result.value.events.some((e) => e.type === 'proposal-adopted')) {
            // Adopted from a round with no open objection on it.
            expect(before.proposal?.status).toBe('consent-round');
            expect(openObjections(before)).toEqual([]);
          }
        }
      }),
      runs,
    );
  });

  it('and adopted only with the closing rule met: every counted member answered, or the silent listed as consenting', () => {
    fc.assert(
      fc.property(roundSetup, scenario, (setup, moves) => {
        for (const { before, move: m, result, after } of play(roundFor(setup), moves)) {
          if (!result?.ok || after.proposal?.status !== 'adopted' || before.proposal?.status !== 'consent-round') continue;
          const round = before.proposal.round;
          const counted = round.eligible.filter((p) => before.circle.members.some((member) => member.personId === p));
          const answered = counted.filter((p) => round.answers[p] !== undefined);
          const silent = counted.filter((p) => round.answers[p] === undefined);
          expect(counted.length).toBeGreaterThan(0);
          if (round.closing.quorumPercent !== null)
            expect(answered.length * 100).toBeGreaterThanOrEqual(round.closing.quorumPercent * counted.length);
          if (round.mode === 'async') {
            if (round.closing.silence === 'all-must-answer') expect(silent).toEqual([]);
            expect(after.proposal.silentConsent).toEqual(silent);
          } else {
            const present = m.kind === 'close' && m.present ? m.present : counted;
            expect(present.length).toBeGreaterThan(0);
            for (const p of present) expect(round.answers[p]).toBeDefined();
          }
        }
      }),
      runs,
    );
  });
});

describe('property: non-eligible members cannot answer', () => {
  it('people who joined later, were never members, or left are always refused with not-eligible, and the state is unchanged', () => {
    fc.assert(
      fc.property(
        roundSetup,
        scenario,
        fc.constantFrom('ivo', 'ben', 'chloe', 'leaver'),
        fc.constantFrom(...asked),
        answerInput,
        (setup, moves, who, leaver, input) => {
          const played = play(roundFor(setup), [...moves, { kind: 'join' }, { kind: 'leave', who: leaver }]);
          const state = played[played.length - 1]?.after ?? roundFor(setup);
          if (state.proposal?.status !== 'consent-round') return;
          const person = who === 'leaver' ? leaver : who;
          // Someone who joined before an amendment reran the round is asked in the rerun.
          const stillAsked = state.proposal.round.eligible.includes(person) && state.circle.members.some((m) => m.personId === person);
          if (stillAsked) return;
          const snapshot = structuredClone(state);
          const result = transition(
            proposalDecider,
            state,
            { type: 'answer', proposalId: rota, answer: input },
            as(person),
            daysFromNow(1),
          );
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('not-eligible');
          expect(state).toEqual(snapshot);
        },
      ),
      runs,
    );
  });
});

describe('property: the latest answer counts', () => {
  it('after any sequence of valid answers, each member’s recorded answer is their last one, and only a last objection is open', () => {
    const answerStep = fc.record({ by: fc.constantFrom(...asked), answer: validAnswerInput, hours: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.constantFrom('sync' as const, 'async' as const), fc.array(answerStep, { maxLength: 30 }), (mode, steps) => {
        let state = roundFor({ mode, silence: 'all-must-answer', quorumPercent: null, standAsideAllowed: true });
        let at = now;
        const last = new Map<string, { input: AnswerInput; at: string }>();
        for (const s of steps) {
          at = daysFromNow(s.hours / 24, at);
          const result = transition(proposalDecider, state, { type: 'answer', proposalId: rota, answer: s.answer }, as(s.by), at);
          if (!result.ok) throw new Error(result.error.code);
          state = result.value.state;
          last.set(s.by, { input: s.answer, at });
        }
        const recorded = answersOf(state);
        expect(Object.keys(recorded).sort()).toEqual([...last.keys()].sort());
        for (const [personId, { input, at: when }] of last) {
          expect(recorded[personId]).toEqual({ kind: input.kind, text: input.text?.trim() ? input.text.trim() : null, at: when });
        }
        const expectedOpen = [...last].filter(([, { input }]) => input.kind === 'object').map(([p]) => p);
        expect(
          openObjections(state)
            .map((o) => o.objector)
            .sort(),
        ).toEqual(expectedOpen.sort());
      }),
      runs,
    );
  });
});

describe('property: a new revision clears all answers', () => {
  it('amending in the round or in integration reruns it with no answers and no open objection, keeping the old answers in the history', () => {
    fc.assert(
      fc.property(roundSetup, scenario, fc.constantFrom<Name>('dev', 'hana'), (setup, moves, amender) => {
        for (const { before, move: m, result, after } of play(roundFor(setup), [...moves, { kind: 'amend', by: amender }])) {
          if (m.kind !== 'amend') continue;
          const mayAmend = m.by === 'dev' && before.circle.members.length > 0;
          if (mayAmend && (before.proposal?.status === 'consent-round' || before.proposal?.status === 'integration'))
            expect(result?.ok).toBe(true);
          if (!result?.ok) continue;
          const was = before.proposal;
          const now_ = after.proposal;
          if (!was || !now_ || !('round' in was) || !was.round || now_.status !== 'consent-round')
            throw new Error('an amendment left the round');
          expect(now_.round.answers).toEqual({});
          expect(now_.round.revision).toBe(was.revision + 1);
          expect(now_.revision).toBe(was.revision + 1);
          expect(openObjections(after)).toEqual([]);
          expect(now_.history[now_.history.length - 1]).toMatchObject({ revision: was.revision, answers: was.round.answers });
        }
      }),
      runs,
    );
  });
});

describe('property: nobody can answer as someone else', () => {
  it('a step by one person never changes another person’s answer or objections, whatever person the command names', () => {
    fc.assert(
      fc.property(roundSetup, scenario, (setup, moves) => {
        for (const { before, move: m, result, after } of play(roundFor(setup), moves)) {
          if (m.kind !== 'answer' && m.kind !== 'withdraw-objection') continue;
          if (!result?.ok) {
            expect(after).toBe(before);
            continue;
          }
          const others = new Set([...Object.keys(answersOf(before)), ...Object.keys(answersOf(after)), ...asked, 'ivo']);
          others.delete(m.by);
          for (const other of others) expect(ownRecord(after, other)).toEqual(ownRecord(before, other));
          for (const event of result.value.events) expect(event.by).toBe(m.by);
        }
      }),
      runs,
    );
  });
});

describe('property: every proposal transition rejects invalid input with a DomainError, never a throw', () => {
  const coop = careCoop();
  const states: ProposalState[] = [
    { circle: coop.circles.northside!, proposal: null },
    rotaIn(coop, 'draft'),
    rotaIn(coop, 'clarifying'),
    rotaIn(coop, 'reactions'),
    roundFor({ mode: 'sync', silence: 'all-must-answer', quorumPercent: null, standAsideAllowed: true }),
  ];
  const anyState = fc.constantFrom(...states);
  const isDomainError = (error: DomainError) => {
    expect(errorCodes).toContain(error.code);
    expect(wordsOf(error).length).toBeGreaterThan(0);
  };

  it('refuses any value at all as a command with invalid-input', () => {
    fc.assert(
      fc.property(anyState, fc.anything(), (state, command) => {
        const result = transition(proposalDecider, state, command, as('hana'), now);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          isDomainError(result.error);
          expect(result.error.code).toBe('invalid-input');
        }
      }),
      runs,
    );
  });

  const types = [
    'draft-proposal',
    'edit-draft',
    'present-proposal',
    'open-clarifying-questions',
    'ask-question',
    'answer-question',
    'open-quick-reactions',
    'react',
    'open-consent-round',
    'answer',
    'withdraw-objection',
    'amend-proposal',
    'close-consent-round',
    'withdraw-proposal',
  ] as const;
  const fieldValue = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.constantFrom('weekend-rota', '', '   ', '2027-06-01', '2026-11-21T09:00:00Z', 'x'.repeat(30000)),
    fc.record(
      {
        kind: fc.oneof(fc.string(), fc.constantFrom('consent', 'concern', 'object', 'stand-aside')),
        text: fc.oneof(fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    ),
    fc.record(
      {
        mode: fc.oneof(fc.string(), fc.constantFrom('sync', 'async')),
        deadline: fc.oneof(fc.string(), fc.constant('2026-11-20T09:00:00Z')),
      },
      { requiredKeys: [] },
    ),
    fc.array(fc.oneof(fc.string(), fc.anything()), { maxLength: 4 }),
  );
  const fieldNames = [
    'proposalId',
    'title',
    'text',
    'driver',
    'reviewDate',
    'reviewOf',
    'questionId',
    'answer',
    'options',
    'present',
    'reason',
    'personId',
  ];
  const malformed = fc
    .record({
      type: fc.oneof(fc.constantFrom(...types), fc.string()),
      fields: fc.dictionary(fc.constantFrom(...fieldNames), fieldValue, { maxKeys: 6 }),
    })
    .map(({ type, fields }) => ({ proposalId: rota, ...fields, type }));

  it('answers malformed commands of every type with a result, a refusal always being a DomainError', () => {
    fc.assert(
      fc.property(anyState, malformed, fc.constantFrom('hana', 'dev', 'amara', 'ben'), (state, command, who) => {
        let result: ReturnType<typeof transition> | undefined;
        expect(() => {
          result = transition(proposalDecider, state, command, as(who), now);
        }).not.toThrow();
        if (result && !result.ok) isDomainError(result.error);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a malformed actor or moment as invalid-input naming actor or now', () => {
    const state = states[4]!;
    const command = { type: 'answer', proposalId: rota, answer: { kind: 'consent' } };
    fc.assert(
      fc.property(
        fc.anything(),
        fc.oneof(fc.anything(), fc.string(), fc.constantFrom('2026-11-21', '2026-11-21T09:00:00+01:00', '2026-02-30T09:00:00Z')),
        (actor, moment) => {
          const badActor = transition(proposalDecider, state, command, actor, now);
          expect(badActor.ok).toBe(false);
          if (!badActor.ok) expect(badActor.error).toMatchObject({ code: 'invalid-input', field: expect.stringMatching(/^actor/) });
          const badNow = transition(proposalDecider, state, command, as('amara'), moment);
          expect(badNow.ok).toBe(false);
          if (!badNow.ok) expect(badNow.error).toMatchObject({ code: 'invalid-input', field: 'now' });
        },
      ),
      runs,
    );
    expect(transition(proposalDecider, state, command, system, now).ok).toBe(false);
  });
});
