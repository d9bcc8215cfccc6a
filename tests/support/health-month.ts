import type { GovernanceRecords, Proposal } from '../../shared';
import { proposalDecider } from '../../shared';
import { step } from './apply';
import { careCoop } from './care-coop';
import { daysFromNow, now } from './clock';
import { evaluatedMeeting, recordedSelection } from './health-records';
import { as } from './people';
import { adoptedDecision, closeRound, decisionInRound } from './review-decisions';

const consentAll = (...people: string[]) => Object.fromEntries(people.map((p) => [p, { kind: 'consent' as const }]));
const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];

/**
 * A month of Riverside Care Co-op's governance: four Northside proposals (one
 * decided with Grace absent, one amended after her objection, one whose objection
 * Farid withdrew, one still waiting on Amara's objection), a Finance decision,
 * two selections and two evaluated meetings.
 */
export function aMonthOfRecords(): GovernanceRecords {
  const coop = careCoop();
  const absentGrace = adoptedDecision(coop, {
    proposalId: 'weekend-rota-2',
    reviewDate: '2027-06-01',
    decidedAt: daysFromNow(2),
    answers: consentAll('amara', 'dev', 'farid', 'hana'),
  });

  let nightVisits = decisionInRound(coop, {
    proposalId: 'night-visits',
    reviewDate: '2027-09-01',
    decidedAt: daysFromNow(1),
    answers: { ...consentAll('amara', 'dev', 'farid', 'hana'), grace: { kind: 'object', text: 'Two visits a night wake me twice.' } },
  });
  nightVisits = closeRound(nightVisits, daysFromNow(1));
  nightVisits = step(
    proposalDecider,
    nightVisits,
    { type: 'amend-proposal', proposalId: 'night-visits', text: 'One night visit, at midnight.' },
    as('hana'),
    daysFromNow(2),
  );
  for (const person of northsiders) {
    nightVisits = step(
      proposalDecider,
      nightVisits,
      { type: 'answer', proposalId: 'night-visits', answer: { kind: 'consent' } },
      as(person),
      daysFromNow(6),
    );
  }
  nightVisits = closeRound(nightVisits, daysFromNow(6));

  let keySafe = decisionInRound(coop, {
    proposalId: 'key-safe',
    reviewDate: '2027-09-01',
    decidedAt: daysFromNow(9),
    answers: { ...consentAll('amara', 'dev', 'grace', 'hana'), farid: { kind: 'object', text: 'Everyone would know my code.' } },
  });
  keySafe = closeRound(keySafe, daysFromNow(9));
  keySafe = step(proposalDecider, keySafe, { type: 'withdraw-objection', proposalId: 'key-safe' }, as('farid'), daysFromNow(10));
  keySafe = closeRound(keySafe, daysFromNow(10));

  const mileage = closeRound(
    decisionInRound(coop, {
      proposalId: 'mileage',
      reviewDate: '2027-09-01',
      answers: { ...consentAll('dev', 'farid', 'grace', 'hana'), amara: { kind: 'object', text: 'It does not cover rural visits.' } },
    }),
    now,
  );

  const pettyCash = adoptedDecision(coop, {
    proposalId: 'petty-cash',
    circleId: 'finance',
    reviewDate: '2027-03-31',
    decidedAt: daysFromNow(3),
  });

  const proposals = [absentGrace, nightVisits.proposal, keySafe.proposal, mileage.proposal, pettyCash].filter(
    (p): p is Proposal => p !== null,
  );
  if (proposals.map((p) => p.status).join() !== 'adopted,adopted,adopted,integration,adopted')
    throw new Error('the month did not go as scripted');
  return {
    structure: coop,
    proposals,
    selections: [
      recordedSelection(coop, {
        selectionId: 'northside-secretary-2027',
        circleId: 'northside',
        roleId: 'secretary',
        candidate: 'dev',
        answerers: ['hana', 'amara', 'dev'],
      }),
      recordedSelection(coop, {
        selectionId: 'northside-leader-2027',
        circleId: 'northside',
        roleId: 'leader',
        candidate: 'amara',
        answerers: ['chloe', 'ben', 'dev', 'esi', 'amara'],
      }),
    ],
    meetings: [
      evaluatedMeeting(coop, 'northside', 'northside-december', { amara: 4, dev: 5, hana: 3 }),
      evaluatedMeeting(coop, 'finance', 'finance-december', { esi: 2 }),
    ],
  };
}
