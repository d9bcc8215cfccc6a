import fc from 'fast-check';
import type { Proposal, Structure } from '../../../shared';
import {
  circlesOf,
  decisionRow,
  entriesFound,
  entryOfRow,
  membershipChanges,
  proposalDecider,
  structureDecider,
  termRows,
} from '../../../shared';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { admin, as } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';
import { sayEverywhere, textsFor } from '../../../texts/all';

/** Esi, delegate of Finance through 2027. */
const esiDelegate = () => ({
  ...circleOf(careCoop(), 'finance'),
  assignments: [{ assignmentId: 'esi-delegate', roleId: 'delegate', personId: 'esi', termStart: '2027-01-01', termEnd: '2027-12-31' }],
});

const drafted = '2026-12-01T09:00:00.000Z';
const withdrawnOn = '2026-12-09T16:30:00.000Z';

function withdrawnRota(): Proposal {
  const draft = rotaProposalAt(careCoop(), 'draft', { at: drafted });
  return step(
    proposalDecider,
    draft,
    { type: 'withdraw-proposal', proposalId: 'weekend-rota', reason: 'Replaced by the Hub’s rota review.' },
    as('dev'),
    withdrawnOn,
  ).proposal as Proposal;
}

describe('the logbook as kept beside the records', () => {
  it('dates an undecided proposal the day it was drafted, private to its circle, and a decided one the day it was decided, for everyone', () => {
    const draft = rotaProposalAt(careCoop(), 'draft', { at: drafted }).proposal as Proposal;
    expect(decisionRow(draft)).toMatchObject({
      kind: 'decision',
      date: '2026-12-01',
      stage: 'draft',
      decided: false,
      circleId: 'northside',
    });
    expect(decisionRow(withdrawnRota())).toMatchObject({ date: '2026-12-09', stage: 'withdrawn', decided: true });
  });

  it('keeps what search looks in folded once: the title, text, driver and why it was withdrawn', () => {
    const row = decisionRow(withdrawnRota());
    expect(row.search).toContain('rotate weekend shifts monthly');
    expect(row.search).toContain('replaced by the hub');
    expect(entriesFound({ text: 'HUB review' }, 'all', '2026-12-20')(row)).toMatchObject({ id: 'weekend-rota', status: 'withdrawn' });
    expect(entriesFound({ text: 'hub spring' }, 'all', '2026-12-20')(row)).toBeNull();
  });

  it('finds a role term by its title in the reader’s language and in English, though the row is kept once', () => {
    const [term] = termRows(esiDelegate(), sayEverywhere);
    if (!term) throw new Error('no row');
    expect(textsFor('de').say('core', term.said ?? { key: 'termTitle' })).toBe('Delegation von Finance: Esi Mensah');
    const finds = (text: string) => entriesFound({ text }, 'all', '2027-06-01')(term) !== null;
    expect(['delegation finance', 'afgevaardigde esi', 'delegate of finance', 'Delegación'].map(finds)).toEqual([true, true, true, true]);
    expect(['leader finance', 'moderation'].map(finds)).toEqual([false, false]);
  });

  it('works out a role term’s status on the day it is read', () => {
    const [term] = termRows(esiDelegate(), sayEverywhere);
    expect(term).toMatchObject({ title: '', stage: null, decided: true });
    expect(textsFor('en').say('core', term?.said ?? { key: 'termTitle' })).toBe('Delegate of Finance: Esi Mensah');
    const status = (today: string) => entryOfRow(term as NonNullable<typeof term>, today).status;
    expect([status('2026-12-31'), status('2027-01-01'), status('2027-12-31'), status('2028-01-01')]).toEqual([
      'upcoming',
      'current',
      'current',
      'ended',
    ]);
  });

  it('shows an undecided proposal only to members of its circle', () => {
    const row = decisionRow(rotaProposalAt(careCoop(), 'consent-round').proposal as Proposal);
    expect(entriesFound({}, new Set(['hub', 'finance']), '2026-12-20')(row)).toBeNull();
    expect(entriesFound({}, new Set(['northside']), '2026-12-20')(row)).toMatchObject({ status: 'consent-round' });
    expect(entriesFound({}, 'all', '2026-12-20')(row)).not.toBeNull();
  });

  it('names only the people who joined or left a circle, each with every circle they are in after the change', () => {
    const before = careCoop();
    const after = step(
      structureDecider,
      before,
      { type: 'add-member', circleId: 'finance', member: { personId: 'farid', displayName: 'Farid', guest: false } },
      admin,
    );
    expect(membershipChanges(before, after)).toEqual(new Map([['farid', ['finance', 'northside']]]));
  });

  it('keeps every person’s circles right across any change of members: applying the changes gives the circles worked out afresh', () => {
    const people = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana', 'ines'];
    const circleIds = ['hub', 'northside', 'finance'];
    const membersOf = fc.record(
      Object.fromEntries(circleIds.map((id) => [id, fc.subarray(people)])) as Record<string, fc.Arbitrary<string[]>>,
    );
    const structureOf = (members: Record<string, string[]>): Structure => {
      const base = careCoop();
      const circles = Object.fromEntries(
        circleIds.map((id) => [
          id,
          { ...circleOf(base, id), members: (members[id] ?? []).map((personId) => ({ personId, displayName: personId, guest: false })) },
        ]),
      );
      return { ...base, circles };
    };
    fc.assert(
      fc.property(membersOf, membersOf, (was, is) => {
        const before = structureOf(was);
        const after = structureOf(is);
        const kept = new Map(people.map((personId) => [personId, circlesOf(before, personId)]));
        for (const [personId, circles] of membershipChanges(before, after)) kept.set(personId, circles);
        return people.every((personId) => JSON.stringify(kept.get(personId)) === JSON.stringify(circlesOf(after, personId)));
      }),
    );
  });
});
