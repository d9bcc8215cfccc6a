import fc from 'fast-check';
import type { Proposal, Selection, SelectionState } from '../../../shared';
import { consentMetrics, proposalDecider, selectionDecider } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { recordedSelection } from '../../support/health-records';
import { as, people, system } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';
import { adoptedDecision, changed, closeRound, decisionInRound, withCirclePolicy } from '../../support/review-decisions';

const consentAll = (...names: string[]) => Object.fromEntries(names.map((p) => [p, { kind: 'consent' as const }]));

describe('consent metrics (governance health per circle and for the organisation)', () => {
  const coop = careCoop();

  it('with nothing decided there is no participation rate and no median, rather than a misleading zero', () => {
    expect(consentMetrics([], [])).toEqual({
      decided: 0,
      participationRate: null,
      objectionsRaised: 0,
      objectionsIntegrated: 0,
      objectionsWithdrawn: 0,
      objectionsOpen: 0,
      medianDaysToDecision: null,
    });
  });

  it('under silence-is-consent the silent members count as not having taken part', () => {
    const quiet = withCirclePolicy(coop, 'northside', {
      closing: { ...circleOf(coop, 'northside').policy.closing, silence: 'silence-is-consent' },
    });
    let state = rotaProposalAt(quiet, 'consent-round');
    for (const name of ['amara', 'dev', 'hana']) {
      state = step(
        proposalDecider,
        state,
        { type: 'answer', proposalId: 'weekend-rota', answer: { kind: 'consent' } },
        as(name),
        daysFromNow(1),
      );
    }
    state = step(proposalDecider, state, { type: 'close-consent-round', proposalId: 'weekend-rota' }, system, daysFromNow(8));
    const adopted = state.proposal;
    expect(adopted?.status === 'adopted' && adopted.silentConsent).toEqual(['farid', 'grace']);
    expect(consentMetrics(adopted ? [adopted] : [], [])).toMatchObject({ decided: 1, participationRate: 3 / 5, medianDaysToDecision: 8 });
  });

  it('counts each member once however often they changed their answer, and not those who joined after the round opened', () => {
    let state = decisionInRound(coop, {
      proposalId: 'key-safe',
      reviewDate: '2027-09-01',
      answers: consentAll('amara', 'dev', 'farid', 'grace', 'hana'),
    });
    state = step(
      proposalDecider,
      { ...state, circle: circleOf(changed(coop, [{ type: 'add-member', circleId: 'northside', member: people.ben }]), 'northside') },
      { type: 'answer', proposalId: 'key-safe', answer: { kind: 'concern', text: 'Check the code monthly.' } },
      as('amara'),
    );
    const adopted = closeRound(state, now).proposal;
    expect(adopted?.status).toBe('adopted');
    expect(consentMetrics(adopted ? [adopted] : [], []).participationRate).toBe(1);
  });

  it('leaves undecided and withdrawn proposals out of participation and time to decision, but counts their objections as raised, and as open only while the proposal is live', () => {
    const decided = adoptedDecision(coop, {
      proposalId: 'petty-cash',
      circleId: 'finance',
      reviewDate: '2027-03-31',
      decidedAt: daysFromNow(4),
    });
    const waiting = closeRound(
      decisionInRound(coop, {
        proposalId: 'mileage',
        reviewDate: '2027-09-01',
        answers: { amara: { kind: 'object', text: 'It does not cover rural visits.' } },
      }),
      now,
    ).proposal;
    const withdrawn = step(
      proposalDecider,
      decisionInRound(coop, {
        proposalId: 'uniforms',
        reviewDate: '2027-09-01',
        answers: { grace: { kind: 'object', text: 'Uniforms feel clinical at home.' } },
      }),
      { type: 'withdraw-proposal', proposalId: 'uniforms', reason: 'We will ask the people we support first.' },
      as('hana'),
    ).proposal;
    expect([waiting?.status, withdrawn?.status]).toEqual(['integration', 'withdrawn']);
    const proposals = [decided, waiting, withdrawn].filter((p): p is Proposal => p !== null);
    expect(consentMetrics(proposals, [])).toEqual({
      decided: 1,
      participationRate: 1,
      objectionsRaised: 2,
      objectionsIntegrated: 0,
      objectionsWithdrawn: 0,
      objectionsOpen: 1,
      medianDaysToDecision: 4,
    });
  });

  it('the median of an odd number of decisions is the middle one; of an even number, the mean of the middle two', () => {
    const decided = (days: number) =>
      adoptedDecision(coop, { proposalId: `decision-${days}`, reviewDate: '2027-09-01', decidedAt: daysFromNow(days) });
    expect(consentMetrics([decided(9), decided(1), decided(3)], []).medianDaysToDecision).toBe(3);
    expect(consentMetrics([decided(9), decided(1), decided(3), decided(4)], []).medianDaysToDecision).toBe(3.5);
    const halfDay = adoptedDecision(coop, { proposalId: 'half-day', reviewDate: '2027-09-01', decidedAt: daysFromNow(0.5) });
    expect(consentMetrics([halfDay], []).medianDaysToDecision).toBe(0.5);
  });

  it('a recorded role selection is a decision; its round counts towards participation', () => {
    const selection = recordedSelection(coop, {
      selectionId: 'northside-secretary-2027',
      circleId: 'northside',
      roleId: 'secretary',
      candidate: 'dev',
      answerers: ['hana', 'dev'],
    });
    expect(consentMetrics([], [selection])).toMatchObject({ decided: 1, participationRate: 2 / 5, medianDaysToDecision: null });
  });

  it('a selection still running or withdrawn is no decision, though an objection raised in it counts (as open only while it runs)', () => {
    let state: SelectionState = { structure: coop, selection: null };
    const run = (command: object, name: string) => {
      state = step(selectionDecider, state, { ...command, selectionId: 'northside-facilitator-2027' }, as(name));
    };
    run({ type: 'start-selection', circleId: 'northside', roleId: 'facilitator' }, 'hana');
    run({ type: 'nominate', nominee: 'grace', reason: 'Grace keeps our meetings calm.' }, 'dev');
    run({ type: 'close-nominations' }, 'hana');
    run({ type: 'propose-candidate', candidate: 'grace', reasoning: 'Dev named her calm.', options: { mode: 'sync' } }, 'hana');
    run({ type: 'answer', answer: { kind: 'object', text: 'Grace has said she needs a lighter month.' } }, 'farid');
    const running = state.selection;
    run({ type: 'withdraw-selection', reason: 'Grace asked to be asked again in spring.' }, 'hana');
    const withdrawn = state.selection;
    expect([running?.status, withdrawn?.status]).toEqual(['consent-round', 'withdrawn']);
    const metricsOf = (selection: typeof running) => consentMetrics([], selection ? [selection] : []);
    expect(metricsOf(running)).toMatchObject({ decided: 0, participationRate: null, objectionsRaised: 1, objectionsOpen: 1 });
    expect(metricsOf(withdrawn)).toMatchObject({ decided: 0, participationRate: null, objectionsRaised: 1, objectionsOpen: 0 });
  });
});

describe('property: participation rate is always within [0, 1] or null', () => {
  const coop = careCoop();
  const circles = ['hub', 'northside', 'finance'] as const;

  it('is the share of those asked who answered, over decided rounds only', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            circle: fc.constantFrom(...circles),
            answered: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
            end: fc.constantFrom('adopt', 'open', 'withdraw'),
          }),
          { maxLength: 5 },
        ),
        fc.array(fc.subarray(['amara', 'farid', 'grace', 'hana'], { minLength: 1 }), { maxLength: 2 }),
        (scripts, selectionAnswerers) => {
          let asked = 0;
          let answered = 0;
          const proposals = scripts.map((script, i): Proposal => {
            const members = circleOf(coop, script.circle).members.map((m) => m.personId);
            const answerers = members.filter((_, k) => script.answered[k]);
            let state = decisionInRound(coop, {
              proposalId: `p-${i}`,
              circleId: script.circle,
              reviewDate: '2027-09-01',
              answers: consentAll(...answerers),
            });
            if (script.end === 'adopt' && answerers.length > 0) {
              state = closeRound(state, now);
              asked += members.length;
              answered += answerers.length;
            } else if (script.end === 'withdraw') {
              state = step(
                proposalDecider,
                state,
                { type: 'withdraw-proposal', proposalId: `p-${i}`, reason: 'Overtaken by events.' },
                as(members[0] ?? ''),
              );
            }
            if (!state.proposal) throw new Error('no proposal');
            return state.proposal;
          });
          const selections = selectionAnswerers.map((others, i): Selection => {
            asked += 5;
            answered += others.length + 1;
            return recordedSelection(coop, {
              selectionId: `s-${i}`,
              circleId: 'northside',
              roleId: 'secretary',
              candidate: 'dev',
              answerers: [...others, 'dev'],
            });
          });
          const rate = consentMetrics(proposals, selections).participationRate;
          expect(rate).toBe(asked === 0 ? null : answered / asked);
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
