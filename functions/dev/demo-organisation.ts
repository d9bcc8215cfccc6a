import type { Actor, Structure } from '../../shared';
import { addDays, addMonths, dayOf, defaultCirclePolicy, emptyStructure, structureDecider, transition } from '../../shared';
import { keepInStep } from '../application/keep-in-step';
import { meetingKind, selectionKind } from '../application/record-kinds';
import { runProposalStep } from '../application/run-proposal-step';
import { runRecordStep } from '../application/run-record-step';
import type { Services } from '../composition/services';
import { seedDemoHistory } from './demo-history';
import { textsFor } from '../../texts/all';

/** The demo tenant of the local stack, and its organisation admin. */
export const demoTenant = 'riverside-dev';
export const demoAdmin = 'admin';

const people = {
  amara: 'Amara Okafor',
  ben: 'Ben Hughes',
  chloe: 'Chloé Martin',
  dev: 'Dev Patel',
  esi: 'Esi Mensah',
  farid: 'Farid Haddad',
  grace: 'Grace Lin',
  hana: 'Hana Sato',
  ivo: 'Ivo Novak',
  jun: 'Jun Park',
  kemi: 'Kemi Adeyemi',
  leo: 'Leo Brandt',
} as const;
type Person = keyof typeof people;
/** People the care teams support, guests in the tenant. */
const guests: readonly Person[] = ['farid', 'grace', 'leo'];

interface DemoCircle {
  readonly circleId: string;
  readonly name: string;
  readonly aim: string;
  readonly domain: string;
  readonly members: readonly Person[];
  readonly roles: Partial<Record<'leader' | 'delegate' | 'facilitator' | 'secretary', Person>>;
}

const hub: DemoCircle = {
  circleId: 'hub',
  name: 'Riverside Care Co-op',
  aim: 'Good care at home, decided by the people who give and receive it.',
  domain: 'The co-op as a whole',
  members: ['amara', 'ben', 'chloe', 'dev', 'esi', 'hana', 'ivo', 'jun'],
  roles: { facilitator: 'chloe', secretary: 'ben' },
};
const circles: readonly DemoCircle[] = [
  {
    circleId: 'northside',
    name: 'Northside care team',
    aim: 'Support people at home in Northside.',
    domain: 'Rotas and care plans in Northside',
    members: ['amara', 'dev', 'farid', 'grace', 'hana'],
    roles: { leader: 'amara', delegate: 'dev', facilitator: 'hana', secretary: 'dev' },
  },
  {
    circleId: 'southside',
    name: 'Southside care team',
    aim: 'Support people at home in Southside.',
    domain: 'Rotas and care plans in Southside',
    members: ['esi', 'ivo', 'kemi', 'leo'],
    roles: { leader: 'esi', delegate: 'ivo', facilitator: 'kemi', secretary: 'ivo' },
  },
  {
    circleId: 'finance',
    name: 'Finance',
    aim: 'Keep the co-op solvent and pay people fairly.',
    domain: 'Budgets, payroll and prices',
    members: ['ben', 'chloe', 'esi'],
    roles: { leader: 'ben', delegate: 'chloe', facilitator: 'esi', secretary: 'esi' },
  },
  {
    circleId: 'training',
    name: 'Training',
    aim: 'Every carer confident and safe.',
    domain: 'Induction and training',
    members: ['hana', 'jun', 'kemi'],
    roles: { leader: 'hana', delegate: 'jun', facilitator: 'kemi', secretary: 'jun' },
  },
];

/**
 * The structure: every circle double-linked to the hub, its roles held since eight
 * months ago; Training's facilitator term ends in 10 days, so its review is due;
 * Southside meets weekly.
 */
export function demoStructure(now: string): Structure {
  const admin: Actor = { kind: 'person', personId: demoAdmin, organisationAdmin: true };
  const today = dayOf(now);
  const commands: object[] = [];
  for (const circle of [hub, ...circles]) {
    commands.push({
      type: 'create-circle',
      circleId: circle.circleId,
      name: circle.name,
      aim: circle.aim,
      domain: circle.domain,
      parentId: circle === hub ? null : 'hub',
    });
    for (const person of circle.members)
      commands.push({
        type: 'add-member',
        circleId: circle.circleId,
        member: { personId: person, displayName: people[person], guest: guests.includes(person) },
      });
    for (const [roleId, person] of Object.entries(circle.roles)) {
      const dueSoon = circle.circleId === 'training' && roleId === 'facilitator';
      const termEnd = addDays(today, 10);
      commands.push({
        type: 'assign-role',
        circleId: circle.circleId,
        assignmentId: `${circle.circleId}-${roleId}`,
        roleId,
        personId: person,
        termStart: dueSoon ? addMonths(termEnd, -12) : addMonths(today, -8),
        ...(dueSoon ? { termEnd } : {}),
      });
    }
  }
  // Southside meets every week on the same weekday, in the co-op's own time zone.
  commands.push({
    type: 'set-circle-policy',
    circleId: 'southside',
    policy: {
      ...defaultCirclePolicy,
      meetingRhythm: { frequency: 'weekly', firstMeeting: `${addDays(today, 3)}T09:30`, timeZone: 'Europe/London', durationMinutes: 60 },
    },
  });
  return commands.reduce<Structure>((structure, command) => {
    const result = transition(structureDecider, structure, command, admin, now);
    if (!result.ok) throw new Error(`demo organisation: ${textsFor('en').say('refusals', result.error.said)}`);
    return result.value.state;
  }, emptyStructure);
}

/** Seeds the demo organisation when the tenant has no circles yet; says whether it did. */
export async function seedDemoOrganisation(services: Services, now: string): Promise<boolean> {
  const loaded = await services.structures.load(demoTenant);
  if (Object.keys(loaded.structure.circles).length > 0) return false;
  if (!(await services.structures.save(loaded, demoStructure(now)))) return false;
  await seedDemoHistory(services, demoTenant, now);
  const person = (personId: Person): Actor => ({ kind: 'person', personId, organisationAdmin: false });
  const proposalSteps: [object, Person][] = [
    [
      {
        type: 'draft-proposal',
        title: 'Rotate weekend shifts monthly',
        text: 'From next month, weekend shifts rotate monthly among all carers who want them, and each person we support keeps one familiar carer.',
        driver: 'The same two carers have worked every weekend since the summer.',
        reviewDate: addMonths(dayOf(now), 6),
      },
      'dev',
    ],
    [{ type: 'present-proposal' }, 'dev'],
    [{ type: 'open-clarifying-questions' }, 'hana'],
    [{ type: 'open-quick-reactions' }, 'hana'],
    [{ type: 'open-consent-round' }, 'hana'],
    [{ type: 'answer', answer: { kind: 'consent' } }, 'amara'],
  ];
  for (const [command, by] of proposalSteps) {
    const result = await runProposalStep(services.proposals, {
      tenantId: demoTenant,
      circleId: 'northside',
      command: { proposalId: 'weekend-rota', ...command },
      actor: person(by),
      now,
    });
    if (!result.ok) throw new Error(`demo proposal: ${textsFor('en').say('refusals', result.error.said)}`);
  }
  await seedSelectionAndMeeting(services, now, person);
  await keepInStep(services, demoTenant, now, { events: [], structure: true });
  return true;
}

/**
 * Training's facilitator term is due, so a selection for the next term has begun
 * (one nomination in, still hidden); Northside meets next week about the rota.
 */
async function seedSelectionAndMeeting(services: Services, now: string, person: (personId: Person) => Actor): Promise<void> {
  const selectionId = 'training-facilitator-next';
  const selectionSteps: [object, Person][] = [
    [{ type: 'start-selection', circleId: 'training', roleId: 'facilitator' }, 'kemi'],
    [{ type: 'nominate', nominee: 'jun', reason: 'Jun ran the induction days calmly and kept every session to time.' }, 'hana'],
  ];
  for (const [command, by] of selectionSteps) {
    const result = await runRecordStep(services.selections, selectionKind, {
      tenantId: demoTenant,
      circleId: 'training',
      id: selectionId,
      command: { ...command, selectionId },
      actor: person(by),
      now,
    });
    if (!result.ok) throw new Error(`demo selection: ${textsFor('en').say('refusals', result.error.said)}`);
  }
  const meetingId = 'northside-next-week';
  const agenda = [
    { itemId: 'families', type: 'report', title: 'How the new families are settling in', timeboxMinutes: 10 },
    { itemId: 'weekend-rota', type: 'proposal', title: 'Rotate weekend shifts monthly', timeboxMinutes: 20, subjectId: 'weekend-rota' },
  ];
  const planned = await runRecordStep(services.meetings, meetingKind, {
    tenantId: demoTenant,
    circleId: 'northside',
    id: meetingId,
    command: { type: 'plan-meeting', meetingId, scheduledFor: `${addDays(dayOf(now), 7)}T09:00:00.000Z`, agenda },
    actor: person('dev'),
    now,
  });
  if (!planned.ok) throw new Error(`demo meeting: ${textsFor('en').say('refusals', planned.error.said)}`);
}
