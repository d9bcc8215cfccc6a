import type { Proposal, Review, Selection } from '../../../shared';
import { now } from '../../support/clock';
import { agendaInWords, meetingDecider, openReviews, proposalDecider, proposeAgenda, selectionDecider } from '../../../shared';
import { textsFor } from '../../../texts/all';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';
import { meetingDay, meetingId, meetingOf } from '../../support/meeting-flow';
import { adoptedDecision, adoptedRota, closeRound, decisionInRound } from '../../support/review-decisions';
import { answerAll, northsideDelegate, northsideLeader, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const northside = circleOf(coop, 'northside');
/** The agenda as an English-speaking facilitator reads it from the API. */
const agendaOf = (circleId: string, proposals: Proposal[], selections: Selection[], reviews: Review[]) =>
  agendaInWords(proposeAgenda(coop, circleId, { proposals, selections, reviews }, now), (said) => textsFor('en').say('core', said));

const proposalOf = (state: { proposal: Proposal | null }): Proposal => {
  if (!state.proposal) throw new Error('no proposal');
  return state.proposal;
};

const rotaItem = {
  itemId: 'proposal-weekend-rota',
  type: 'proposal',
  title: 'Rotate weekend shifts monthly',
  timeboxMinutes: 20,
  subjectId: 'weekend-rota',
};
const delegateItem = {
  itemId: 'selection-northside-delegate-2027',
  type: 'selection',
  title: 'Role selection: Delegate',
  timeboxMinutes: 25,
  subjectId: 'northside-delegate-2027',
};

describe('the agenda is proposed from what is due', () => {
  it('puts the circle’s open proposals on it, from presented until adopted or withdrawn', () => {
    for (const stage of ['presented', 'clarifying', 'reactions', 'consent-round'] as const) {
      expect(agendaOf('northside', [proposalOf(rotaProposalAt(coop, stage, { mode: 'sync' }))], [], [])).toEqual([rotaItem]);
    }
    const objected = decisionInRound(coop, {
      proposalId: 'night-cover',
      title: 'Night cover by two carers',
      reviewDate: '2027-06-01',
      answers: { grace: { kind: 'object', text: 'Two strangers at night frighten me.' } },
    });
    const integrating = proposalOf(closeRound(objected, meetingDay));
    expect(integrating.status).toBe('integration');
    expect(agendaOf('northside', [integrating], [], []).map((i) => i.itemId)).toEqual(['proposal-night-cover']);
  });

  it('puts an asynchronous round on it only once its deadline has passed, for the meeting to close', () => {
    const asyncRound = proposalOf(rotaProposalAt(coop, 'consent-round', { mode: 'async' }));
    if (asyncRound.status !== 'consent-round' || asyncRound.round.deadline === null) throw new Error('expected an asynchronous round');
    const deadline = asyncRound.round.deadline;
    const before = new Date(Date.parse(deadline) - 1).toISOString();
    expect(proposeAgenda(coop, 'northside', { proposals: [asyncRound], selections: [], reviews: [] }, before)).toEqual([]);
    expect(proposeAgenda(coop, 'northside', { proposals: [asyncRound], selections: [], reviews: [] }, deadline)).toEqual([rotaItem]);
  });

  it('words its titles as the core’s words, for each facilitator to read in their language', () => {
    const leader = selectionOf(selectionAt(coop, northsideLeader, 'change-round'));
    const [proposed] = proposeAgenda(coop, 'hub', { proposals: [], selections: [leader], reviews: [] }, now);
    expect(proposed?.said).toEqual({
      key: 'agendaSelection',
      values: { role: 'leader', name: 'leader', circle: 'Northside care team', elsewhere: 'yes' },
    });
    expect(proposed?.title).toBe('leader');
    const dutch = agendaInWords(proposed ? [proposed] : [], (said) => textsFor('nl').say('core', said));
    expect(dutch.map((i) => i.title)).toEqual(['Rolverkiezing: Leider van Northside care team']);
    expect(dutch[0]).not.toHaveProperty('said');
  });

  it('titles a role selection by the role’s name, and by the circle when the parent selects another circle’s leader', () => {
    const leader = selectionOf(selectionAt(coop, northsideLeader, 'change-round'));
    expect(agendaOf('hub', [], [leader], []).map((i) => i.title)).toEqual(['Role selection: Leader of Northside care team']);
    const delegate = selectionOf(selectionAt(coop, northsideDelegate, 'nominations'));
    expect(agendaOf('northside', [], [delegate], []).map((i) => i.title)).toEqual(['Role selection: Delegate']);
  });

  it('keeps what members added to the meeting’s agenda after what is due, and a time box the agenda already gives an item', () => {
    const rota = proposalOf(rotaProposalAt(coop, 'presented'));
    const families = {
      itemId: 'families',
      type: 'report' as const,
      title: 'How the two new families are settling in',
      timeboxMinutes: 10,
      subjectId: null,
    };
    const shorterRota = { ...rotaItem, type: 'proposal' as const, timeboxMinutes: 15 };
    const agenda = proposeAgenda(coop, 'northside', { proposals: [rota], selections: [], reviews: [] }, now, [families, shorterRota]);
    expect(agenda).toEqual([shorterRota, families]);
  });

  it('leaves out drafts, adopted and withdrawn proposals', () => {
    const draft = proposalOf(rotaProposalAt(coop, 'draft'));
    const adopted = adoptedRota(coop);
    const withdrawn = proposalOf(
      step(
        proposalDecider,
        rotaProposalAt(coop, 'presented'),
        { type: 'withdraw-proposal', proposalId: 'weekend-rota', reason: 'Merged with the holiday rota.' },
        as('dev'),
      ),
    );
    expect(agendaOf('northside', [draft, adopted, withdrawn], [], [])).toEqual([]);
  });

  it('puts the role selections under way in the circle that holds them', () => {
    const running: Selection[] = (['nominations', 'change-round', 'consent-round'] as const).map((stage) =>
      selectionOf(selectionAt(coop, northsideDelegate, stage)),
    );
    for (const selection of running) expect(agendaOf('northside', [], [selection], [])).toEqual([delegateItem]);
    const leader = selectionOf(selectionAt(coop, northsideLeader, 'change-round'));
    expect(agendaOf('hub', [], [leader], []).map((i) => i.itemId)).toEqual(['selection-northside-leader-2027']);
    expect(agendaOf('northside', [], [leader], [])).toEqual([]);
  });

  it('leaves out recorded and withdrawn selections', () => {
    const round = selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'sync' });
    const consent = { kind: 'consent' } as const;
    const answered = answerAll(round, northsideDelegate, [
      ['amara', consent],
      ['dev', consent],
    ]);
    const recorded = selectionOf(
      step(
        selectionDecider,
        answered,
        { type: 'close-consent-round', selectionId: northsideDelegate.selectionId, present: ['amara', 'dev'] },
        as('hana'),
      ),
    );
    const withdrawn = selectionOf(
      step(
        selectionDecider,
        round,
        { type: 'withdraw-selection', selectionId: northsideDelegate.selectionId, reason: 'Postponed.' },
        as('hana'),
      ),
    );
    expect([recorded.status, withdrawn.status]).toEqual(['recorded', 'withdrawn']);
    expect(agendaOf('northside', [], [recorded, withdrawn], [])).toEqual([]);
  });

  it('puts reviews due and overdue on it, not those still upcoming', () => {
    const rota = adoptedRota(coop);
    expect(agendaOf('northside', [], [], openReviews(coop, [rota], '2027-05-17'))).toEqual([]);
    expect(agendaOf('northside', [], [], openReviews(coop, [rota], '2027-05-18'))).toEqual([
      {
        itemId: 'review-weekend-rota',
        type: 'review',
        title: 'Review: Rotate weekend shifts monthly',
        timeboxMinutes: 10,
        subjectId: 'weekend-rota',
      },
    ]);
    const autumn = agendaOf('northside', [], [], openReviews(coop, [rota], '2027-11-15'));
    expect(autumn.map((i) => i.itemId)).toEqual([
      'review-weekend-rota',
      ...['northside-leader', 'northside-delegate', 'northside-facilitator', 'northside-secretary'].map((id) => `review-${id}`),
    ]);
    expect(autumn.find((i) => i.itemId === 'review-northside-delegate')?.title).toBe('Review: Delegate term of Dev Patel');
  });

  it('keeps to the circle: other circles’ proposals, selections and reviews stay on their own agendas', () => {
    const welcome = proposalOf(decisionInRound(coop, { proposalId: 'welcome-pack', circleId: 'hub', reviewDate: '2028-01-15' }));
    const pettyCash = adoptedDecision(coop, { proposalId: 'petty-cash', circleId: 'finance', reviewDate: '2027-03-31' });
    const reviews = openReviews(coop, [pettyCash], '2027-04-02');
    expect(agendaOf('northside', [welcome], [], reviews)).toEqual([]);
    expect(agendaOf('hub', [welcome], [], reviews).map((i) => i.itemId)).toEqual(['proposal-welcome-pack']);
    expect(agendaOf('finance', [welcome], [], reviews).map((i) => i.itemId)).toEqual(['review-petty-cash']);
  });

  it('lists proposals, then selections, then reviews, each with its type, time box and subject', () => {
    const rota = proposalOf(rotaProposalAt(coop, 'consent-round', { mode: 'sync' }));
    const delegate = selectionOf(selectionAt(coop, northsideDelegate, 'nominations'));
    const reviews = openReviews(coop, [], '2027-11-21');
    const agenda = agendaOf('northside', [rota], [delegate], reviews);
    expect(agenda.slice(0, 2)).toEqual([rotaItem, delegateItem]);
    expect(agenda.slice(2).map((i) => [i.type, i.timeboxMinutes])).toEqual(Array(4).fill(['review', 10]));
    expect(agenda.every((i) => i.subjectId !== null)).toBe(true);
  });

  it('is an agenda the meeting can plan and consent to as proposed', () => {
    const agenda = agendaOf(
      'northside',
      [proposalOf(rotaProposalAt(coop, 'presented'))],
      [selectionOf(selectionAt(coop, northsideDelegate, 'nominations'))],
      openReviews(coop, [], '2027-11-21'),
    );
    let state = step(
      meetingDecider,
      { circle: northside, meeting: null },
      { type: 'plan-meeting', meetingId, scheduledFor: meetingDay, agenda },
      as('dev'),
    );
    state = step(meetingDecider, state, { type: 'open-check-in', meetingId }, as('hana'));
    state = step(meetingDecider, state, { type: 'consent-to-agenda', meetingId }, as('hana'));
    expect(meetingOf(state).agenda).toEqual(agenda);
  });

  it('proposes items the meeting accepts even for a decision with the longest title allowed', () => {
    const title =
      'Rotate weekend and bank-holiday shifts monthly among all carers who want them, with a swap list kept by the secretary and two weeks’ notice of each rota, reviewed after six months by the whole team'.padEnd(
        200,
        '.',
      );
    expect(title).toHaveLength(200);
    const long = adoptedDecision(coop, { proposalId: 'weekend-rota-long', title, reviewDate: '2027-06-01' });
    const agenda = agendaOf('northside', [], [], openReviews(coop, [long], '2027-06-01'));
    const review = agenda.find((i) => i.subjectId === 'weekend-rota-long');
    expect(review?.title.startsWith('Review: Rotate weekend')).toBe(true);
    expect(review?.title).toHaveLength(200);
    expect(review?.title.endsWith('…')).toBe(true);
    const planned = step(
      meetingDecider,
      { circle: northside, meeting: null },
      { type: 'plan-meeting', meetingId, scheduledFor: meetingDay, agenda },
      as('dev'),
    );
    expect(meetingOf(planned).agenda).toHaveLength(agenda.length);
  });

  it('never cuts a shortened title in the middle of a character', () => {
    const title = `${'Plant a herb garden behind the Northside office for the people we support to tend together'.padEnd(190, '.')}🌿🌿🌿`;
    const garden = adoptedDecision(coop, { proposalId: 'herb-garden', title, reviewDate: '2027-06-01' });
    const [item] = agendaOf('northside', [], [], openReviews(coop, [garden], '2027-06-01')).filter((i) => i.subjectId === 'herb-garden');
    expect(item?.title).toBe(`Review: ${title.slice(0, 190)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(item?.title ?? '')).toBe(false);
  });
});
