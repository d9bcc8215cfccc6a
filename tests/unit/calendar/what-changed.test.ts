import { changesCalendar, changesReviews, proposalCircles, structureCircles, structureDecider, transition } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { admin } from '../../support/people';
import { adoptedDecision, adoptedRota } from '../../support/review-decisions';
import { wordsOf } from '../../support/refusal-words';

const events = (...types: string[]) => types.map((type) => ({ type }));

describe('which recorded events change reviews and calendars', () => {
  it('an adoption and a recorded term change what comes back for review, and so the calendars', () => {
    for (const type of ['proposal-adopted', 'role-holder-selected']) {
      expect([type, changesReviews(events(type)), changesCalendar(events(type))]).toEqual([type, true, true]);
    }
  });

  it('a planned meeting and its consented agenda change the calendars only', () => {
    for (const type of ['meeting-planned', 'agenda-consented']) {
      expect([type, changesReviews(events(type)), changesCalendar(events(type))]).toEqual([type, false, true]);
    }
  });

  it('an answer, a question or a nomination changes neither, so the answer path does no more work', () => {
    expect(changesReviews(events('answer-given', 'question-asked', 'nominated'))).toBe(false);
    expect(changesCalendar(events('answer-given', 'question-asked', 'nominated'))).toBe(false);
    expect(changesCalendar(events('answer-given', 'meeting-planned'))).toBe(true);
  });

  it('a decision changes its own circle’s calendar, and that of the role term whose review it holds', () => {
    const coop = careCoop();
    expect(proposalCircles(adoptedRota(coop))).toEqual(['northside']);
    const continued = adoptedDecision(coop, {
      proposalId: 'rota-continued',
      reviewDate: '2028-06-01',
      reviewOf: { kind: 'decision', proposalId: 'weekend-rota' },
    });
    expect(proposalCircles(continued)).toEqual(['northside']);
    const term = adoptedDecision(coop, {
      proposalId: 'treasurer-review',
      reviewDate: '2028-06-01',
      reviewOf: { kind: 'role-term', circleId: 'finance', assignmentId: 'finance-leader' },
    });
    expect(proposalCircles(term)).toEqual(['northside', 'finance']);
  });

  it('a structure change changes the calendars of the circles its events name, once each, and the organisation’s settings none', () => {
    let structure = careCoop();
    const events = [
      { type: 'add-member', circleId: 'northside', member: { personId: 'esi', displayName: 'Esi Mensah', guest: false } },
      { type: 'end-term', circleId: 'northside', assignmentId: 'northside-secretary', lastDay: '2027-01-31' },
      {
        type: 'create-circle',
        circleId: 'eastside',
        name: 'Eastside care team',
        aim: 'Support people at home in Eastside',
        domain: 'Rotas in Eastside',
        parentId: 'hub',
      },
      { type: 'set-role-limit', roleLimit: 3 },
    ].flatMap((command) => {
      const stepped = transition(structureDecider, structure, command, admin, now);
      if (!stepped.ok) throw new Error(wordsOf(stepped.error));
      structure = stepped.value.state;
      return stepped.value.events;
    });
    expect(events.map((event) => event.type)).toEqual(['member-added', 'term-ended', 'circle-created', 'role-limit-set']);
    expect(structureCircles(events)).toEqual(['northside', 'eastside']);
  });
});
