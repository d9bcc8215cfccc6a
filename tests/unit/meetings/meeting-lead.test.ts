import fc from 'fast-check';
import type { MeetingState } from '../../../shared';
import { mayLead, meetingDecider, meetingView, transition } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { meetingAt, meetingDay, meetingId, meetingOf, type MeetingStatus } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');
const day = meetingDay.slice(0, 10);
const members = ['amara', 'dev', 'farid', 'grace', 'hana'] as const;
/** Northside while its facilitator role is vacant: Dev, who planned the meeting, leads it. */
const withoutFacilitator = { ...northside, assignments: northside.assignments.filter((assignment) => assignment.roleId !== 'facilitator') };

describe('who leads a circle’s meeting', () => {
  it('is the circle’s facilitator, and no other member', () => {
    const meeting = meetingOf(meetingAt(northside, 'planned'));
    expect(members.filter((name) => mayLead(northside, meeting, as(name), day))).toEqual(['hana']);
  });

  it('is whoever planned the meeting while the facilitator role is vacant', () => {
    const meeting = meetingOf(meetingAt(withoutFacilitator, 'planned'));
    expect(members.filter((name) => mayLead(withoutFacilitator, meeting, as(name), day))).toEqual(['dev']);
  });

  it('is never someone outside the circle, whatever they hold elsewhere', () => {
    const meeting = meetingOf(meetingAt(northside, 'planned'));
    // Chloe facilitates the hub and Finance, not Northside.
    expect(mayLead(northside, meeting, as('chloe'), day)).toBe(false);
  });

  it('is said by the meeting’s view exactly to those the decider lets take the facilitator’s steps', () => {
    const statuses: MeetingStatus[] = ['planned', 'check-in', 'in-progress'];
    // Without a facilitator only Dev, who planned it, could take it past `planned`; the fixture's flow is Hana's.
    const states: MeetingState[] = [...statuses.map((status) => meetingAt(northside, status)), meetingAt(withoutFacilitator, 'planned')];
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.constantFrom(...members), (state, name) => {
        const view = meetingView({ ...state, meeting: meetingOf(state) }, as(name), meetingDay);
        // Setting the speaking order is the facilitator's alone in every stage before the close.
        const order = { type: 'set-speaking-order', meetingId, order: meetingOf(state).speakingOrder };
        expect(view.leads).toBe(transition(meetingDecider, state, order, as(name), meetingDay).ok);
        expect(view.leads).toBe(view.steps.includes('set-speaking-order'));
      }),
    );
  });
});
