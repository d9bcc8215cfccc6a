import type { Actor } from '../../shared';
import { addDaysToInstant, addMonths, dayOf } from '../../shared';
import { runProposalStep } from '../application/run-proposal-step';
import type { Services } from '../composition/services';
import { textsFor } from '../../texts/all';

/** One step of a past decision: how many days before now, by whom, what. */
type PastStep = readonly [daysAgo: number, by: string, command: object];

interface PastDecision {
  readonly circleId: string;
  readonly proposalId: string;
  readonly title: string;
  readonly text: string;
  readonly driver: string;
  readonly author: string;
  readonly facilitator: string;
  readonly draftedDaysAgo: number;
  /** Months from drafting to the review date: the travel-time decision's review is overdue by now, the key-safe one due. */
  readonly reviewMonths: number;
  /** What happens once the consent round is open, in order. */
  readonly round: readonly PastStep[];
}

const consent = { kind: 'consent' } as const;
const answers = (daysAgo: number, people: readonly string[], answer: object = consent): PastStep[] =>
  people.map((person) => [daysAgo, person, { type: 'answer', answer }]);
const close = (daysAgo: number, facilitator: string, present: readonly string[]): PastStep => [
  daysAgo,
  facilitator,
  { type: 'close-consent-round', present },
];

/**
 * Half a year of the co-op's decisions, one or two a month, so the logbook has a
 * history, the health charts have months to compare, one review is overdue and
 * Northside's key-safe decision is due for review within a fortnight.
 */
const pastDecisions: readonly PastDecision[] = [
  {
    circleId: 'hub',
    proposalId: 'travel-time',
    title: 'Pay travel time between visits',
    author: 'ben',
    facilitator: 'chloe',
    draftedDaysAgo: 165,
    reviewMonths: 5,
    text: 'Carers are paid for the time they travel between two visits on the same shift, at the same rate as the visits.',
    driver: 'Carers with rural visits earn less per hour worked than those in town.',
    round: [
      ...answers(160, ['amara', 'ben', 'chloe', 'dev', 'hana', 'ivo']),
      [160, 'esi', { type: 'answer', answer: { kind: 'concern', text: 'Let Finance check the cost after three months.' } }],
      close(158, 'chloe', ['amara', 'ben', 'chloe', 'dev', 'esi', 'hana', 'ivo']),
    ],
  },
  {
    circleId: 'finance',
    proposalId: 'petty-cash',
    title: 'A petty cash float of £200 per care team',
    author: 'esi',
    facilitator: 'esi',
    draftedDaysAgo: 125,
    reviewMonths: 12,
    text: 'Each care team keeps £200 of petty cash for small purchases for the people they support, with receipts kept in the team’s folder.',
    driver: 'Carers pay for small things out of their own pockets and wait weeks to be repaid.',
    round: [...answers(125, ['ben', 'chloe', 'esi']), close(125, 'esi', ['ben', 'chloe', 'esi'])],
  },
  {
    circleId: 'northside',
    proposalId: 'key-safe-codes',
    title: 'Key safe codes changed every three months',
    author: 'amara',
    facilitator: 'hana',
    draftedDaysAgo: 81,
    reviewMonths: 3,
    text: 'Key safe codes change every month.',
    driver: 'A former carer still knows the codes of six homes.',
    round: [
      ...answers(78, ['amara', 'dev', 'grace', 'hana']),
      [
        78,
        'farid',
        {
          type: 'answer',
          answer: { kind: 'object', text: 'A new code every month is too much to remember; I would lock myself out of my own home.' },
        },
      ],
      close(78, 'hana', ['amara', 'dev', 'farid', 'grace', 'hana']),
      [
        76,
        'amara',
        {
          type: 'amend-proposal',
          title: 'Key safe codes changed every three months',
          text: 'Key safe codes change every three months, and whenever a carer leaves. The person we support chooses the new code with their familiar carer.',
        },
      ],
      ...answers(74, ['amara', 'dev', 'farid', 'grace', 'hana']),
      close(74, 'hana', ['amara', 'dev', 'farid', 'grace', 'hana']),
    ],
  },
  {
    circleId: 'southside',
    proposalId: 'shift-notes',
    title: 'Shift notes in one shared notebook',
    author: 'ivo',
    facilitator: 'kemi',
    draftedDaysAgo: 100,
    reviewMonths: 6,
    text: 'Every visit ends with a short note in the shared notebook of the person supported, read by the next carer before they start.',
    driver: 'Carers learn about changes in someone’s health from the family instead of from each other.',
    round: [
      ...answers(96, ['esi', 'ivo', 'kemi']),
      [96, 'leo', { type: 'answer', answer: { kind: 'stand-aside', text: 'Fine by me; I will not read the notes myself.' } }],
      close(94, 'kemi', ['esi', 'ivo', 'kemi', 'leo']),
    ],
  },
  {
    circleId: 'southside',
    proposalId: 'uniforms',
    title: 'Uniforms for every visit',
    author: 'esi',
    facilitator: 'kemi',
    draftedDaysAgo: 45,
    reviewMonths: 12,
    text: 'Carers wear the co-op’s uniform on every visit.',
    driver: 'People we support cannot always tell a carer from a visitor at the door.',
    round: [
      [44, 'leo', { type: 'answer', answer: { kind: 'object', text: 'A uniform makes my home feel like a clinic.' } }],
      ...answers(44, ['esi', 'ivo', 'kemi']),
      close(44, 'kemi', ['esi', 'ivo', 'kemi', 'leo']),
      [43, 'esi', { type: 'withdraw-proposal', reason: 'We will ask everyone we support how they want to recognise us first.' }],
    ],
  },
  {
    circleId: 'training',
    proposalId: 'shadow-shifts',
    title: 'Two shadow shifts for every new carer',
    author: 'jun',
    facilitator: 'kemi',
    draftedDaysAgo: 35,
    reviewMonths: 12,
    text: 'Every new carer works two shifts beside an experienced carer before visiting anyone alone.',
    driver: 'Two new carers said they felt unsafe on their first visits.',
    round: [...answers(30, ['hana', 'jun', 'kemi']), close(30, 'kemi', ['hana', 'jun', 'kemi'])],
  },
  {
    circleId: 'hub',
    proposalId: 'guests-welcome',
    title: 'People we support welcome at every circle meeting',
    author: 'amara',
    facilitator: 'chloe',
    draftedDaysAgo: 14,
    reviewMonths: 12,
    text: 'Anyone we support may join any circle meeting as a guest, and each circle keeps a seat for them on its agenda.',
    driver: 'Decisions about people’s homes are made without them in the room.',
    round: [
      ...answers(9, ['amara', 'ben', 'chloe', 'dev', 'esi', 'hana', 'ivo', 'jun']),
      close(9, 'chloe', ['amara', 'ben', 'chloe', 'dev', 'esi', 'hana', 'ivo', 'jun']),
    ],
  },
];

/** Each past decision taken through the real steps on the days it happened. */
export async function seedDemoHistory(services: Services, tenantId: string, now: string): Promise<void> {
  const person = (personId: string): Actor => ({ kind: 'person', personId, organisationAdmin: false });
  for (const decision of pastDecisions) {
    const drafted = decision.draftedDaysAgo;
    const steps: PastStep[] = [
      [
        drafted,
        decision.author,
        {
          type: 'draft-proposal',
          title: decision.title,
          text: decision.text,
          driver: decision.driver,
          reviewDate: addMonths(dayOf(addDaysToInstant(now, -drafted)), decision.reviewMonths),
        },
      ],
      [drafted, decision.author, { type: 'present-proposal' }],
      [drafted, decision.facilitator, { type: 'open-clarifying-questions' }],
      [drafted, decision.facilitator, { type: 'open-quick-reactions' }],
      [drafted, decision.facilitator, { type: 'open-consent-round', options: { mode: 'sync' } }],
      ...decision.round,
    ];
    for (const [daysAgo, by, command] of steps) {
      const result = await runProposalStep(services.proposals, {
        tenantId,
        circleId: decision.circleId,
        command: { proposalId: decision.proposalId, ...command },
        actor: person(by),
        now: addDaysToInstant(now, -daysAgo),
      });
      if (!result.ok) throw new Error(`demo history, ${decision.proposalId}: ${textsFor('en').say('refusals', result.error.said)}`);
    }
  }
}
