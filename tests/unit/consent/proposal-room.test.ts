import fc from 'fast-check';
import type { ProposalState, Structure } from '../../../shared';
import {
  charactersOf,
  findCircle,
  objectionsPerMember,
  proposalDecider,
  recordCharacters,
  structureDecider,
  transition,
} from '../../../shared';
import { splitProposal } from '../../../functions/storage/proposal-rows';
import { careCoop, circleOf } from '../../support/care-coop';
import { act, answer, consent, northsiders, objection, proposalOf, refused, rota, rotaRound } from '../../support/consent-steps';
import { daysFromNow, now } from '../../support/clock';
import { admin, as } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';
import { withCirclePolicy } from '../../support/review-decisions';
import { wordsOf } from '../../support/refusal-words';

const question = (n: number) => ({ type: 'ask-question', questionId: `q${n}`, text: `${n} `.padEnd(1000, 'why') });

/** Asks 1,000-character questions until one is refused; returns the last state and the refusal. */
function askUntilFull(state: ProposalState) {
  for (let n = 0; n < 1000; n += 1) {
    const result = transition(
      proposalDecider,
      state,
      { proposalId: rota, ...question(n) },
      as(northsiders[n % northsiders.length] as string),
      '2026-11-21T09:00:00.000Z',
    );
    if (!result.ok) return { state, asked: n, error: result.error };
    state = result.value.state;
  }
  throw new Error('a thousand questions were all taken');
}

/** Table Storage's own limit: 1 MiB a row, strings counted in UTF-16. */
const rowBytes = 1024 * 1024;
/** What a stored header holds besides the proposal: the 50 most recent operation ids (128 characters each) and a closing mark. */
const headerExtras = charactersOf({
  closingSince: '2026-11-21T09:00:00.000Z',
  operations: Array.from({ length: 50 }, () => 'x'.repeat(128)),
});

describe('a proposal holds only what its storage row can take', () => {
  it('refuses the question that would not fit, naming the field, and takes none after it', () => {
    const { state, asked, error } = askUntilFull(rotaProposalAt(careCoop(), 'clarifying'));
    expect(error).toMatchObject({ code: 'record-full', field: 'text' });
    expect(wordsOf(error)).toMatch(/^This proposal is full/);
    expect(asked).toBeGreaterThan(200);
    expect(asked).toBeLessThan(331);
    expect(charactersOf(proposalOf(state))).toBeLessThanOrEqual(recordCharacters);
  });

  it('still takes the steps that move a full proposal on: reactions open, the round runs and closes', () => {
    const full = askUntilFull(rotaProposalAt(careCoop(), 'clarifying')).state;
    let state = act(full, { type: 'open-quick-reactions' }, 'hana');
    state = act(state, { type: 'open-consent-round', options: { mode: 'sync' } }, 'hana');
    for (const name of northsiders) state = answer(state, name, consent);
    state = act(state, { type: 'close-consent-round' }, 'hana');
    expect(proposalOf(state).status).toBe('adopted');
  });

  it('lets a full proposal be withdrawn', () => {
    const full = askUntilFull(rotaProposalAt(careCoop(), 'clarifying')).state;
    expect(proposalOf(act(full, { type: 'withdraw-proposal', reason: 'Too many open questions; we start again.' }, 'dev')).status).toBe(
      'withdrawn',
    );
  });

  it(`takes at most ${objectionsPerMember} objections from one member on one revision`, () => {
    let state = rotaRound();
    for (let n = 0; n < objectionsPerMember; n += 1) {
      state = answer(state, 'grace', objection(`Reason ${n}: weekend carers I do not know would unsettle me.`));
      state = answer(state, 'grace', consent);
    }
    expect(refused(state, { type: 'answer', answer: objection('Once more.') }, 'grace')).toMatchObject({
      code: 'record-full',
      field: 'answer.kind',
    });
    // Changing the reason of an objection still open is no new objection.
    const open = answer(rotaRound(), 'grace', objection('First reason.'));
    expect(proposalOf(answer(open, 'grace', objection('A better reason.'))).objections).toHaveLength(1);
  });
});

describe('whatever steps a proposal takes, its rows fit in Table Storage', () => {
  const longText = (seed: number, length: number) => `${seed} `.padEnd(length, 'é’x');
  const steps = fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('amend' as const), length: fc.integer({ min: 1, max: 20_000 }) }),
      fc.record({
        kind: fc.constant('answer' as const),
        who: fc.constantFrom(...northsiders),
        object: fc.boolean(),
        length: fc.integer({ min: 1, max: 2000 }),
      }),
    ),
    { maxLength: 60 },
  );

  it('keeps the header and every member row below 1 MiB in UTF-16, with a third to spare', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        let state = rotaRound();
        plan.forEach((planned, n) => {
          const command =
            planned.kind === 'amend'
              ? { type: 'amend-proposal', text: longText(n, planned.length), driver: longText(n, 4000) }
              : {
                  type: 'answer',
                  answer: planned.object ? objection(longText(n, planned.length)) : { kind: 'concern', text: longText(n, planned.length) },
                };
          const actor = planned.kind === 'amend' ? 'dev' : planned.who;
          const result = transition(proposalDecider, state, { proposalId: rota, ...command }, as(actor), '2026-11-21T09:00:00.000Z');
          if (result.ok) state = result.value.state;
          else expect(result.error.code).toBe('record-full');
        });
        state = act(state, { type: 'withdraw-proposal', reason: longText(0, 2000) }, 'dev');
        const { header, rows } = splitProposal(proposalOf(state));
        expect((charactersOf(header) + headerExtras) * 2).toBeLessThan((rowBytes * 2) / 3);
        for (const row of rows) expect(charactersOf(row) * 2).toBeLessThan(rowBytes / 10);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the largest circle allowed', () => {
  /** Northside, where silence is consent, with members added until the circle itself is full: ids of 128 characters, names of 200. */
  function fullNorthside(): Structure {
    const coop = careCoop();
    let structure = withCirclePolicy(coop, 'northside', {
      closing: { ...circleOf(coop, 'northside').policy.closing, silence: 'silence-is-consent' },
    });
    for (let n = 0; ; n += 1) {
      const member = { personId: `${n}-`.padEnd(128, 'p'), displayName: `Member ${n}`.padEnd(200, '.'), guest: false };
      const result = transition(structureDecider, structure, { type: 'add-member', circleId: 'northside', member }, admin, now);
      if (!result.ok) return structure;
      structure = result.value.state;
    }
  }

  it('still fits in its rows with a full proposal, every member silent and the round closed', () => {
    const structure = fullNorthside();
    const circle = findCircle(structure, 'northside');
    if (!circle) throw new Error('no northside');
    expect(circle.members.length).toBeGreaterThan(500);
    let state = askUntilFull(rotaProposalAt(structure, 'clarifying')).state;
    state = act(state, { type: 'open-quick-reactions' }, 'hana');
    state = act(state, { type: 'open-consent-round' }, 'hana');
    // A refusal in so large a circle names the first ten still to answer, not all of them.
    expect(refused(state, { type: 'close-consent-round' }, 'hana').message).toMatch(/Hana Sato, Member 0\.*, .* and \d+ more\.$/);
    state = act(state, { type: 'close-consent-round' }, 'hana', daysFromNow(8));
    const adopted = proposalOf(state);
    expect(adopted.status === 'adopted' && adopted.silentConsent.length).toBe(circle.members.length);
    const { header } = splitProposal(adopted);
    expect((charactersOf(header) + headerExtras) * 2).toBeLessThan((rowBytes * 2) / 3);
  });
});
