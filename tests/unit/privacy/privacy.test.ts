import fc from 'fast-check';
import type { Actor, Proposal, Selection } from '../../../shared';
import { readableProposals, readMeeting, readProposal, readSelection, selectionForCircle } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { meetingAt, meetingOf } from '../../support/meeting-flow';
import { admin, as, system } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';
import { adoptedDecision, decisionInRound } from '../../support/review-decisions';
import { nominateAll, northsideDelegate, northsideLeader, selectionAt, selectionOf } from '../../support/selection-flow';
import { wordsOf } from '../../support/refusal-words';

const structure = careCoop();
const northside = circleOf(structure, 'northside');

function proposalAt(stage: Parameters<typeof rotaProposalAt>[1]): Proposal {
  const { proposal } = rotaProposalAt(structure, stage);
  if (!proposal) throw new Error('no proposal');
  return proposal;
}

describe('an undecided proposal is read by members of its circle', () => {
  const open = proposalAt('consent-round');

  it('shows the running round to a member, a guest member included', () => {
    expect(readProposal(open, northside, as('hana'))).toEqual({ ok: true, value: open });
    expect(readProposal(open, northside, as('farid')).ok).toBe(true);
  });

  it('refuses someone outside the circle, an organisation admin too, naming the circle', () => {
    for (const outsider of [as('ben'), admin]) {
      const read = readProposal(open, northside, outsider);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.error.code).toBe('not-a-member');
        expect(wordsOf(read.error)).toContain('Northside care team');
      }
    }
  });

  it('lets timers (the system actor) read it', () => {
    expect(readProposal(open, northside, system).ok).toBe(true);
  });

  it('refuses a person when the circle is gone, naming the circle by its id', () => {
    const read = readProposal(open, undefined, as('hana'));
    expect(!read.ok && wordsOf(read.error)).toContain('northside');
  });

  it('shows a withdrawn proposal to the whole organisation', () => {
    const withdrawn = {
      ...open,
      status: 'withdrawn',
      withdrawnAt: open.createdAt,
      withdrawnBy: 'dev',
      reason: 'Rota settled otherwise',
    } as unknown as Proposal;
    expect(readProposal(withdrawn, northside, as('ben')).ok).toBe(true);
  });

  it('refuses an outsider while the proposal is still a draft', () => {
    expect(readProposal(proposalAt('draft'), northside, as('esi')).ok).toBe(false);
  });
});

describe('views made of many proposals (logbook, exports) hold what the reader may read, and nothing else', () => {
  const pool: Proposal[] = [
    proposalAt('draft'),
    proposalAt('consent-round'),
    adoptedDecision(structure, { proposalId: 'night-cover', reviewDate: '2027-09-01' }),
    decisionInRound(structure, {
      proposalId: 'petty-cash',
      circleId: 'finance',
      reviewDate: '2027-03-31',
      answers: { ben: { kind: 'concern', text: 'Receipts must be kept.' } },
    }).proposal,
    adoptedDecision(structure, { proposalId: 'payroll-day', circleId: 'finance', reviewDate: '2027-03-31' }),
  ].filter((p): p is Proposal => p !== null);
  const readers: Actor[] = [...['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana', 'nobody'].map(as), admin, system];
  const decided = (p: Proposal) => p.status === 'adopted' || p.status === 'withdrawn';
  const member = (p: Proposal, actor: Actor) =>
    actor.kind === 'system' || (structure.circles[p.circleId]?.members.some((m) => m.personId === actor.personId) ?? false);

  it('whoever reads and whatever the records, a proposal is in the view exactly when it is decided or the reader is in its circle', () => {
    fc.assert(
      fc.property(fc.subarray(pool), fc.constantFrom(...readers), (proposals, actor) => {
        const view = readableProposals(proposals, { structure, actor });
        expect(view.map((p) => p.proposalId)).toEqual(proposals.filter((p) => decided(p) || member(p, actor)).map((p) => p.proposalId));
        for (const p of view) expect(readProposal(p, structure.circles[p.circleId], actor)).toEqual({ ok: true, value: p });
      }),
      { numRuns: 200 },
    );
  });
});

/** Everyone has nominated; the facilitator has not yet closed the nominations. */
function hiddenNominations(): Selection {
  return selectionOf(nominateAll(selectionAt(structure, northsideDelegate, 'nominations'), northsideDelegate));
}

describe('a role selection under way is read by the circles it concerns', () => {
  it('hides nominations not yet revealed from everyone but their nominator, the facilitator included', () => {
    const hidden = hiddenNominations();
    for (const [viewer, expected] of [
      ['amara', ['amara']],
      ['hana', ['hana']],
      ['ben', []],
    ] as const) {
      const read = readSelection(hidden, structure, as(viewer));
      if (viewer === 'ben') expect(read.ok).toBe(false);
      else expect(read.ok && Object.keys(read.value.nominations)).toEqual(expected);
    }
  });

  it('shows every nomination once revealed', () => {
    const revealed = selectionOf(selectionAt(structure, northsideDelegate, 'change-round'));
    const read = readSelection(revealed, structure, as('grace'));
    expect(read.ok && Object.keys(read.value.nominations).sort()).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
  });

  it('lets members of the circle whose role is filled read a leader selection held in the parent circle', () => {
    const leader = selectionOf(selectionAt(structure, northsideLeader, 'consent-round'));
    expect(readSelection(leader, structure, as('hana')).ok).toBe(true);
    expect(readSelection(leader, structure, as('chloe')).ok).toBe(true);
  });

  it('refuses someone in neither circle until the selection is recorded or withdrawn', () => {
    const running = selectionOf(selectionAt(structure, northsideDelegate, 'consent-round'));
    const refused = readSelection(running, structure, as('ben'));
    expect(!refused.ok && refused.error.code).toBe('not-a-member');
    const withdrawn = {
      ...running,
      status: 'withdrawn',
      withdrawnAt: running.startedAt,
      withdrawnBy: 'hana',
      reason: 'Term extended',
    } as unknown as Selection;
    expect(readSelection(withdrawn, structure, as('ben')).ok).toBe(true);
  });

  it('gives timers every nomination, hidden or not', () => {
    const read = readSelection(hiddenNominations(), structure, system);
    expect(read.ok && Object.keys(read.value.nominations)).toHaveLength(5);
  });
});

describe('the circle’s shared view of a selection', () => {
  it('shows no nomination before they are revealed, and every one after', () => {
    expect(selectionForCircle(hiddenNominations()).nominations).toEqual({});
    const revealed = selectionOf(selectionAt(structure, northsideDelegate, 'change-round'));
    expect(Object.keys(selectionForCircle(revealed).nominations).sort()).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
  });
});

describe('a meeting is read by members of its circle only', () => {
  const meeting = meetingOf(meetingAt(circleOf(structure, 'northside'), 'closed'));

  it('shows the meeting to a member and to timers', () => {
    expect(readMeeting(meeting, structure, as('grace')).ok).toBe(true);
    expect(readMeeting(meeting, structure, system).ok).toBe(true);
  });

  it('refuses an outsider, even once the meeting has closed', () => {
    const read = readMeeting(meeting, structure, as('esi'));
    expect(!read.ok && read.error.code).toBe('not-a-member');
  });
});
