import fc from 'fast-check';
import type { Proposal, ProposalState } from '../../../shared';
import { proposalDecider, transition } from '../../../shared';
import { joinProposal, splitProposal } from '../../../functions/storage/proposal-rows';
import { escapeKey, key, unescapeKey } from '../../../functions/storage/keys';
import { careCoop } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import { as } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';

const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];
const move = fc.oneof(
  fc.record({
    type: fc.constant('answer'),
    by: fc.constantFrom(...northsiders),
    kind: fc.constantFrom('consent', 'concern', 'object', 'stand-aside'),
  }),
  fc.record({ type: fc.constant('withdraw-objection'), by: fc.constantFrom(...northsiders) }),
  fc.record({ type: fc.constant('amend-proposal'), by: fc.constantFrom('dev', 'hana') }),
  fc.record({ type: fc.constant('close-consent-round'), by: fc.constant('hana') }),
);

function played(moves: readonly { type: string; by: string; kind?: string }[]): Proposal[] {
  let state: ProposalState = rotaProposalAt(careCoop(), 'consent-round');
  const seen: Proposal[] = [];
  moves.forEach((m, i) => {
    const command =
      m.type === 'answer'
        ? { type: 'answer', proposalId: 'weekend-rota', answer: { kind: m.kind, text: `Because ${m.by} says so (${i}).` } }
        : m.type === 'amend-proposal'
          ? { type: 'amend-proposal', proposalId: 'weekend-rota', text: `Amended text number ${i}.` }
          : { type: m.type, proposalId: 'weekend-rota' };
    const result = transition(proposalDecider, state, command, as(m.by), daysFromNow(i % 10));
    if (result.ok) state = result.value.state;
    if (state.proposal) seen.push(state.proposal);
  });
  return seen;
}

const sortedObjections = (p: Proposal) => ({
  ...p,
  objections: [...p.objections].sort((a, b) => `${a.revision}${a.objector}`.localeCompare(`${b.revision}${b.objector}`)),
});

describe('a proposal in storage is a header plus one row per member', () => {
  it('joins back to the same proposal at every step of any consent round (objections in any order)', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 25 }), (moves) => {
        for (const proposal of played(moves)) {
          const { header, rows } = splitProposal(proposal);
          expect(sortedObjections(joinProposal(header, rows))).toEqual(sortedObjections(proposal));
          expect('round' in header && header.round ? Object.keys(header.round.answers) : []).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a member who objects, consents, then objects again keeps both objections in storage', () => {
  it('stores the withdrawn and the open objection, so the open one still blocks', () => {
    const [last] = played([
      { type: 'answer', by: 'farid', kind: 'object' },
      { type: 'answer', by: 'farid', kind: 'consent' },
      { type: 'answer', by: 'farid', kind: 'object' },
    ]).slice(-1);
    if (!last) throw new Error('no proposal');
    const { header, rows } = splitProposal(last);
    expect(rows.find((row) => row.personId === 'farid')?.objections.map((o) => o.status)).toEqual(['withdrawn', 'open']);
    expect(joinProposal(header, rows).objections.filter((o) => o.status === 'open')).toHaveLength(1);
  });
});

describe('table keys are escaped', () => {
  it('never contain the characters Table Storage forbids, and unescape to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (part) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters Table Storage refuses in keys
        expect(escapeKey(part)).not.toMatch(/[/\\#?\u0000-\u001f\u007f-\u009f|]/);
        expect(unescapeKey(escapeKey(part))).toBe(part);
      }),
    );
    expect(key('tenant/a', 'x#y')).toBe('tenant%2Fa|x%23y');
  });
});
