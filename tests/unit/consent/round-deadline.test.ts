import fc from 'fast-check';
import type { ClosingPolicy } from '../../../shared';
import {
  domainError,
  CirclePolicy,
  StructureCommand,
  closingSoonMoment,
  closingSoonReminded,
  keptOpenAtDeadline,
  proposalDeadline,
  roundDeadline,
  sameDeadline,
  selectionDeadline,
} from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';
import { act, answers, consent, objection, proposalOf, roundOf, rotaRound, rotaRoundWithPolicy } from '../../support/consent-steps';

const policy = (change: Partial<ClosingPolicy>) => ({
  closing: {
    defaultMode: 'async' as const,
    deadlineDays: 7,
    silence: 'all-must-answer' as const,
    quorumPercent: null,
    closingSoonHours: 24,
    ...change,
  },
});

describe('a round’s deadline: what closes itself, and when those still to answer are reminded', () => {
  it('an asynchronous round closes at its deadline, and those still to answer are reminded 24 hours before it by default', () => {
    const round = roundOf(rotaRound('async'));
    expect(roundDeadline(round)).toEqual({ revision: 1, deadline: daysFromNow(7), closingSoonAt: daysFromNow(6) });
  });

  it('a round in a meeting has no deadline: the facilitator closes it', () => {
    expect(roundDeadline(roundOf(rotaRound('sync')))).toBeNull();
    expect(proposalDeadline(proposalOf(rotaRound('sync')))).toBeNull();
  });

  it('a circle may remind earlier or later, and with 0 hours reminds no one', () => {
    expect(closingSoonMoment(roundOf(rotaRoundWithPolicy(policy({ closingSoonHours: 48 }))))).toBe(daysFromNow(5));
    expect(closingSoonMoment(roundOf(rotaRoundWithPolicy(policy({ closingSoonHours: 0 }))))).toBeNull();
  });

  it('a reminder that would come before the round opened is none: it would only repeat the asking', () => {
    const round = roundOf(rotaRoundWithPolicy(policy({ deadlineDays: 1, closingSoonHours: 24 })));
    expect(closingSoonMoment(round)).toBeNull();
    expect(roundDeadline(round)).toEqual({ revision: 1, deadline: daysFromNow(1), closingSoonAt: null });
  });

  it('a round keeps the reminder hours it opened with, as it keeps the rest of its closing policy', () => {
    const round = roundOf(rotaRoundWithPolicy(policy({ closingSoonHours: 12 })));
    expect(round.closing.closingSoonHours).toBe(12);
  });

  it('a proposal has a deadline only while its round runs: integration and withdrawal end it', () => {
    const running = rotaRound('async');
    expect(proposalDeadline(proposalOf(running))?.revision).toBe(1);
    const objected = answers(running, [['grace', objection('Saturdays clash with hospital visits.')]]);
    const integrating = act(objected, { type: 'close-consent-round' }, 'hana', daysFromNow(7));
    expect(proposalOf(integrating).status).toBe('integration');
    expect(proposalDeadline(proposalOf(integrating))).toBeNull();
    expect(
      proposalDeadline(proposalOf(act(running, { type: 'withdraw-proposal', reason: 'The rota is settled another way.' }, 'dev'))),
    ).toBeNull();
    expect(proposalDeadline(null)).toBeNull();
  });

  it('an amendment moves the deadline to the new revision’s round', () => {
    const running = rotaRound('async');
    const amended = act(running, { type: 'amend-proposal', text: 'Weekend shifts rotate every two months.' }, 'dev', daysFromNow(2));
    const before = proposalDeadline(proposalOf(running));
    const after = proposalDeadline(proposalOf(amended));
    expect(after).toEqual({ revision: 2, deadline: daysFromNow(9), closingSoonAt: daysFromNow(8) });
    expect(sameDeadline(before, after)).toBe(false);
  });

  it('a selection has a deadline only while its consent round runs', () => {
    expect(selectionDeadline(selectionOf(selectionAt(careCoop(), northsideDelegate, 'change-round')))).toBeNull();
    expect(selectionDeadline(selectionOf(selectionAt(careCoop(), northsideDelegate, 'consent-round')))).toEqual({
      revision: 1,
      deadline: daysFromNow(7),
      closingSoonAt: daysFromNow(6),
    });
    expect(selectionDeadline(selectionOf(selectionAt(careCoop(), northsideDelegate, 'consent-round', { mode: 'sync' })))).toBeNull();
    expect(selectionDeadline(null)).toBeNull();
  });

  it('two deadlines are the same only for one revision at one moment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (r1, r2, d1, d2) => {
          const a = { revision: r1, deadline: daysFromNow(d1), closingSoonAt: null };
          const b = { revision: r2, deadline: daysFromNow(d2), closingSoonAt: null };
          expect(sameDeadline(a, b)).toBe(r1 === r2 && d1 === d2);
          expect(sameDeadline(a, null)).toBe(false);
        },
      ),
    );
    expect(sameDeadline(null, null)).toBe(true);
  });
});

describe('the circle’s setting', () => {
  it('is whole hours from 0 to a week, 24 when the circle says nothing, and a circle’s policy command takes it', () => {
    expect(CirclePolicy.parse({}).closing.closingSoonHours).toBe(24);
    expect(CirclePolicy.parse({ closing: { closingSoonHours: 0 } }).closing.closingSoonHours).toBe(0);
    for (const wrong of [-1, 169, 2.5]) expect(CirclePolicy.safeParse({ closing: { closingSoonHours: wrong } }).success).toBe(false);
    const command = StructureCommand.parse({
      type: 'set-circle-policy',
      circleId: 'northside',
      policy: { closing: { closingSoonHours: 48 } },
    });
    expect(command.type === 'set-circle-policy' && command.policy.closing.closingSoonHours).toBe(48);
  });
});

describe('closing soon: whom the reminder is for', () => {
  const running = answers(rotaRound('async'), [
    ['amara', consent],
    ['dev', consent],
  ]);
  const { circle } = running;
  const round = roundOf(running);

  it('from its moment until the deadline, those who have not answered, never those who have', () => {
    expect(closingSoonReminded(round, circle, daysFromNow(6))).toEqual(['farid', 'grace', 'hana']);
    expect(closingSoonReminded(round, circle, daysFromNow(6.9))).toEqual(['farid', 'grace', 'hana']);
  });

  it('no one before its moment, nor once the deadline has come', () => {
    expect(closingSoonReminded(round, circle, now)).toEqual([]);
    expect(closingSoonReminded(round, circle, daysFromNow(5.99))).toEqual([]);
    expect(closingSoonReminded(round, circle, daysFromNow(7))).toEqual([]);
  });

  it('no one when everyone has answered', () => {
    const all = answers(running, [
      ['farid', consent],
      ['grace', consent],
      ['hana', consent],
    ]);
    expect(closingSoonReminded(roundOf(all), all.circle, daysFromNow(6))).toEqual([]);
  });
});

describe('a close refused at the deadline', () => {
  it('keeps the round open for the facilitator when the circle’s rule is not met', () => {
    expect(keptOpenAtDeadline(domainError('answers-missing', 'nobodyToRemind'))).toBe(true);
    expect(keptOpenAtDeadline(domainError('quorum-not-met', 'nobodyToRemind'))).toBe(true);
    expect(keptOpenAtDeadline(domainError('not-a-member', 'nobodyToRemind'))).toBe(true);
  });

  it('leaves nothing to tell when the round is no longer there to close', () => {
    expect(keptOpenAtDeadline(domainError('wrong-stage', 'nobodyToRemind'))).toBe(false);
    expect(keptOpenAtDeadline(domainError('circle-archived', 'nobodyToRemind'))).toBe(false);
  });
});
