import type { Actor, Structure } from '../../../shared';
import {
  CustomRole,
  circleRoles,
  currentAssignments,
  holderOf,
  holds,
  isCurrent,
  isStandardRole,
  standardRoleDefinitions,
  standardRoleDescription,
  standardRoles,
  structureDecider,
  transition,
} from '../../../shared';
import { textsFor } from '../../../texts/all';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { now, today } from '../../support/clock';
import { admin, as } from '../../support/people';
import { circleValue, codeAndField, eventsOf, structureValue, term } from '../../support/structure-builders';

const run = (structure: Structure, command: object, actor: Actor = admin) => step(structureDecider, structure, command, actor);
const assign = (circleId: string, assignmentId: string, roleId: string, personId: string, termStart: string, termEnd?: string) =>
  termEnd === undefined
    ? { type: 'assign-role', circleId, assignmentId, roleId, personId, termStart }
    : { type: 'assign-role', circleId, assignmentId, roleId, personId, termStart, termEnd };

describe('each circle has four standard roles', () => {
  it('are leader, delegate, facilitator and secretary', () => {
    expect([...standardRoles]).toEqual(['leader', 'delegate', 'facilitator', 'secretary']);
    expect(standardRoles.every(isStandardRole)).toBe(true);
    expect(isStandardRole('treasurer')).toBe(false);
    expect(isStandardRole('Leader')).toBe(false);
  });

  it('the leader is chosen by the parent circle, every other standard role by the circle itself', () => {
    expect(standardRoles.map((role) => [role, standardRoleDefinitions[role].selectedBy])).toEqual([
      ['leader', 'parent'],
      ['delegate', 'circle'],
      ['facilitator', 'circle'],
      ['secretary', 'circle'],
    ]);
  });

  it('leader and delegate form the double link, so they need a parent', () => {
    expect(standardRoles.filter((role) => standardRoleDefinitions[role].needsParent)).toEqual(['leader', 'delegate']);
    // Each standard role is described in the catalogue, in every language.
    for (const locale of ['en', 'nl', 'de', 'fr', 'es', 'pt'] as const) {
      expect(standardRoles.every((role) => textsFor(locale).say('core', standardRoleDescription(role)).length > 0)).toBe(true);
    }
  });

  it.each(standardRoles.map((role) => [role]))('any circle can fill its %s without defining the role first', (roleId) => {
    const s = run(careCoop(), assign('finance', `new-${roleId}`, roleId, 'chloe', '2027-01-01'));
    expect(holderOf(circleOf(s, 'finance'), roleId, '2027-01-01')?.personId).toBe('chloe');
  });

  it('a circle cannot redefine a standard role as its own', () => {
    for (const roleId of [...standardRoles, ' secretary ']) {
      expect(codeAndField(careCoop(), { type: 'define-role', circleId: 'finance', role: { roleId, name: 'Mine' } }, admin)).toEqual({
        code: 'invalid-input',
        field: 'role.roleId',
      });
    }
  });

  it('standard roles cannot be retired', () => {
    expect(codeAndField(careCoop(), { type: 'retire-role', circleId: 'finance', roleId: 'secretary' }, admin)).toEqual({
      code: 'role-unknown',
      field: 'roleId',
    });
  });
});

describe('circles may define further roles', () => {
  const treasurer = {
    roleId: 'treasurer',
    name: 'Treasurer',
    description: 'Looks after the money between meetings.',
    accountabilities: ['Pays invoices within 14 days', 'Reports the balance monthly'],
    defaultTermMonths: 24,
  };

  it('with a name, description, accountabilities and term', () => {
    const events = eventsOf(careCoop(), { type: 'define-role', circleId: 'finance', role: treasurer }, as('esi'));
    expect(events).toEqual([{ type: 'role-defined', at: now, by: 'esi', circleId: 'finance', role: treasurer }]);
    const s = run(careCoop(), { type: 'define-role', circleId: 'finance', role: treasurer });
    expect(circleOf(s, 'finance').customRoles).toEqual([treasurer]);
  });

  it('the description and accountabilities may come later', () => {
    const s = run(careCoop(), { type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } });
    expect(circleOf(s, 'northside').customRoles[0]).toMatchObject({
      roleId: 'rota-keeper',
      name: 'Rota keeper',
      description: '',
      accountabilities: [],
    });
  });

  it('a circle defines each role once; another circle may have its own role of the same name', () => {
    const s = run(careCoop(), { type: 'define-role', circleId: 'finance', role: treasurer });
    expect(codeAndField(s, { type: 'define-role', circleId: 'finance', role: treasurer }, admin)).toEqual({
      code: 'already-exists',
      field: 'role.roleId',
    });
    expect(eventsOf(s, { type: 'define-role', circleId: 'hub', role: treasurer }, admin)).toHaveLength(1);
  });

  it('refuses a role without a name, with an empty accountability or an impossible term', () => {
    const define = (role: object) => codeAndField(careCoop(), { type: 'define-role', circleId: 'finance', role }, admin);
    expect(define({ roleId: 'treasurer', name: ' ' })).toEqual({ code: 'invalid-input', field: 'role.name' });
    expect(define({ roleId: 'treasurer', name: 'T', accountabilities: ['Pays invoices', ''] })).toEqual({
      code: 'invalid-input',
      field: 'role.accountabilities.1',
    });
    expect(define({ roleId: 'treasurer', name: 'T', defaultTermMonths: 0 })).toEqual({
      code: 'invalid-input',
      field: 'role.defaultTermMonths',
    });
    expect(define({ roleId: 'treasurer', name: 'T', defaultTermMonths: 61 })).toEqual({
      code: 'invalid-input',
      field: 'role.defaultTermMonths',
    });
    expect(define({ roleId: '', name: 'T' })).toEqual({ code: 'invalid-input', field: 'role.roleId' });
  });

  it('a defined role can be filled; a role the circle has not defined cannot', () => {
    const s = run(careCoop(), { type: 'define-role', circleId: 'finance', role: treasurer });
    expect(
      holderOf(circleOf(run(s, assign('finance', 't1', 'treasurer', 'esi', '2027-01-01')), 'finance'), 'treasurer', '2027-01-01')?.personId,
    ).toBe('esi');
    expect(codeAndField(s, assign('northside', 't1', 'treasurer', 'dev', '2027-01-01'), admin)).toEqual({
      code: 'role-unknown',
      field: 'roleId',
    });
    expect(codeAndField(s, assign('finance', 't1', 'cook', 'esi', '2027-01-01'), admin)).toEqual({ code: 'role-unknown', field: 'roleId' });
  });

  it('retiring a role ends its current terms the day before and keeps the history', () => {
    let s = run(careCoop(), { type: 'define-role', circleId: 'finance', role: treasurer });
    s = run(s, assign('finance', 't1', 'treasurer', 'esi', '2026-01-01'));
    const events = eventsOf(s, { type: 'retire-role', circleId: 'finance', roleId: 'treasurer' }, admin);
    expect(events).toEqual([
      { type: 'term-ended', at: now, by: 'admin', circleId: 'finance', assignmentId: 't1', lastDay: '2026-11-20' },
      { type: 'role-retired', at: now, by: 'admin', circleId: 'finance', roleId: 'treasurer' },
    ]);
    s = run(s, { type: 'retire-role', circleId: 'finance', roleId: 'treasurer' });
    expect(circleOf(s, 'finance').customRoles).toEqual([]);
    expect(circleOf(s, 'finance').assignments.find((a) => a.assignmentId === 't1')).toMatchObject({
      termStart: '2026-01-01',
      termEnd: '2026-11-20',
    });
    expect(codeAndField(s, assign('finance', 't2', 'treasurer', 'esi', '2027-01-01'), admin)).toEqual({
      code: 'role-unknown',
      field: 'roleId',
    });
  });

  it('retiring a role the circle does not have is refused', () => {
    expect(codeAndField(careCoop(), { type: 'retire-role', circleId: 'finance', roleId: 'treasurer' }, admin)).toEqual({
      code: 'role-unknown',
      field: 'roleId',
    });
  });

  it('the custom role schema fills in its defaults', () => {
    expect(CustomRole.parse({ roleId: 'cook', name: 'Cook' })).toMatchObject({
      roleId: 'cook',
      name: 'Cook',
      description: '',
      accountabilities: [],
    });
  });
});

describe('every role assignment has a term start and a term end', () => {
  it('by default the term ends one year after it starts; the end is the review date', () => {
    const events = eventsOf(careCoop(), assign('finance', 'f2', 'facilitator', 'esi', '2027-02-01'), admin);
    expect(events.at(-1)).toEqual({
      type: 'role-assigned',
      at: now,
      by: 'admin',
      circleId: 'finance',
      assignment: { assignmentId: 'f2', roleId: 'facilitator', personId: 'esi', termStart: '2027-02-01', termEnd: '2028-02-01' },
    });
  });

  it('a term starting on 29 February ends on 28 February a year later', () => {
    const s = structureValue([circleValue('hub', { members: ['amara'] })]);
    const events = eventsOf(s, assign('hub', 'f', 'facilitator', 'amara', '2028-02-29'), admin);
    expect(events.at(-1)).toMatchObject({ assignment: { termStart: '2028-02-29', termEnd: '2029-02-28' } });
  });

  it('follows the circle’s default term for standard roles', () => {
    const s = run(careCoop(), { type: 'set-circle-policy', circleId: 'finance', policy: { defaultTermMonths: 6 } });
    expect(eventsOf(s, assign('finance', 'f2', 'facilitator', 'esi', '2027-01-31'), admin).at(-1)).toMatchObject({
      assignment: { termEnd: '2027-07-31' },
    });
  });

  it('follows a custom role’s own default term', () => {
    const s = run(careCoop(), {
      type: 'define-role',
      circleId: 'finance',
      role: { roleId: 'treasurer', name: 'Treasurer', defaultTermMonths: 3 },
    });
    expect(eventsOf(s, assign('finance', 't', 'treasurer', 'esi', '2026-11-30'), admin).at(-1)).toMatchObject({
      assignment: { termEnd: '2027-02-28' },
    });
  });

  it('a custom role defined without a term follows the circle’s default term', () => {
    let s = run(careCoop(), { type: 'set-circle-policy', circleId: 'finance', policy: { defaultTermMonths: 6 } });
    s = run(s, { type: 'define-role', circleId: 'finance', role: { roleId: 'treasurer', name: 'Treasurer' } });
    expect(eventsOf(s, assign('finance', 't', 'treasurer', 'esi', '2027-01-01'), admin).at(-1)).toMatchObject({
      assignment: { termEnd: '2027-07-01' },
    });
  });

  it('keeps an explicit term end, such as a shorter term agreed to integrate an objection', () => {
    const s = run(careCoop(), assign('finance', 'f2', 'facilitator', 'esi', '2027-01-01', '2027-03-31'));
    expect(circleOf(s, 'finance').assignments.at(-1)).toMatchObject({ termStart: '2027-01-01', termEnd: '2027-03-31' });
  });

  it('a term must end after it starts', () => {
    expect(codeAndField(careCoop(), assign('finance', 'f2', 'facilitator', 'esi', '2027-01-01', '2027-01-01'), admin)).toEqual({
      code: 'term-invalid',
      field: 'termEnd',
    });
    expect(codeAndField(careCoop(), assign('finance', 'f2', 'facilitator', 'esi', '2027-01-01', '2026-12-31'), admin)).toEqual({
      code: 'term-invalid',
      field: 'termEnd',
    });
  });

  it('a term starts on a real calendar day', () => {
    expect(
      codeAndField(
        careCoop(),
        { type: 'assign-role', circleId: 'finance', assignmentId: 'f2', roleId: 'facilitator', personId: 'esi' },
        admin,
      ),
    ).toEqual({
      code: 'invalid-input',
      field: 'termStart',
    });
    expect(codeAndField(careCoop(), assign('finance', 'f2', 'facilitator', 'esi', '2027-02-30'), admin)).toEqual({
      code: 'invalid-input',
      field: 'termStart',
    });
    expect(codeAndField(careCoop(), assign('finance', 'f2', 'facilitator', 'esi', '2027-01-01', '1 March 2027'), admin)).toEqual({
      code: 'invalid-input',
      field: 'termEnd',
    });
  });

  it('a new term of an occupied role ends the previous holder’s term the day before', () => {
    const s = careCoop();
    const events = eventsOf(s, assign('finance', 'f2', 'facilitator', 'esi', '2027-03-01'), admin);
    expect(events.map((e) => e.type)).toEqual(['term-ended', 'role-assigned']);
    expect(events[0]).toMatchObject({ circleId: 'finance', assignmentId: 'finance-facilitator', lastDay: '2027-02-28' });
    const after = run(s, assign('finance', 'f2', 'facilitator', 'esi', '2027-03-01'));
    const finance = circleOf(after, 'finance');
    expect(holderOf(finance, 'facilitator', '2027-02-28')?.personId).toBe('chloe');
    expect(holderOf(finance, 'facilitator', '2027-03-01')?.personId).toBe('esi');
    expect(finance.assignments.filter((a) => a.roleId === 'facilitator').map((a) => [a.personId, a.termStart, a.termEnd])).toEqual([
      ['chloe', today, '2027-02-28'],
      ['esi', '2027-03-01', '2028-03-01'],
    ]);
  });

  it('a role has one holder at a time, whoever holds it', () => {
    // A re-selection of the same person also closes the running term.
    const s = run(careCoop(), assign('finance', 'f2', 'facilitator', 'chloe', '2027-06-01'));
    const terms = circleOf(s, 'finance').assignments.filter((a) => a.roleId === 'facilitator');
    expect(terms.map((a) => a.termEnd)).toEqual(['2027-05-31', '2028-06-01']);
  });

  it('a term that would end on the day the new one starts is ended the day before', () => {
    const s = structureValue([
      circleValue('hub', { members: ['amara', 'ben'], terms: [term('facilitator', 'amara', '2026-01-01', '2026-12-31', 'old')] }),
    ]);
    const events = eventsOf(s, assign('hub', 'new', 'facilitator', 'ben', '2026-12-31'), admin);
    expect(events[0]).toMatchObject({ type: 'term-ended', assignmentId: 'old', lastDay: '2026-12-30' });
  });

  it('a term that ended before the new one starts is left as it was', () => {
    const s = structureValue([
      circleValue('hub', { members: ['amara', 'ben'], terms: [term('facilitator', 'amara', '2025-01-01', '2025-12-31', 'old')] }),
    ]);
    expect(eventsOf(s, assign('hub', 'new', 'facilitator', 'ben', '2026-01-01'), admin).map((e) => e.type)).toEqual(['role-assigned']);
  });

  it('refuses a term that starts on or before the start of another term of the role', () => {
    const s = careCoop();
    expect(codeAndField(s, assign('finance', 'f2', 'facilitator', 'esi', today), admin)).toEqual({
      code: 'term-invalid',
      field: 'termStart',
    });
    expect(codeAndField(s, assign('finance', 'f2', 'facilitator', 'esi', '2026-01-01'), admin)).toEqual({
      code: 'term-invalid',
      field: 'termStart',
    });
  });

  it('each assignment has its own id within the circle', () => {
    expect(codeAndField(careCoop(), assign('finance', 'finance-leader', 'facilitator', 'esi', '2027-01-01'), admin)).toEqual({
      code: 'already-exists',
      field: 'assignmentId',
    });
  });

  it('a role holder must be a member of the circle', () => {
    expect(codeAndField(careCoop(), assign('finance', 'f2', 'facilitator', 'farid', '2027-01-01'), admin)).toEqual({
      code: 'not-a-member',
      field: 'personId',
    });
  });

  it('a leader may come from the parent circle, but a delegate may not', () => {
    // Amara is in the hub but not in Finance.
    const s = run(careCoop(), assign('finance', 'l2', 'leader', 'amara', '2027-01-01'));
    expect(holds(circleOf(s, 'finance'), 'leader', 'amara', '2027-01-01')).toBe(true);
    expect(codeAndField(careCoop(), assign('finance', 'd2', 'delegate', 'amara', '2027-01-01'), admin)).toEqual({
      code: 'not-a-member',
      field: 'personId',
    });
    expect(codeAndField(careCoop(), assign('hub', 'l', 'leader', 'farid', '2027-01-01'), admin)).toEqual({
      code: 'not-a-member',
      field: 'personId',
    });
  });

  it('a term is held from its first to its last day, both included', () => {
    const t = term('facilitator', 'hana', '2027-01-01', '2027-06-30');
    expect(['2026-12-31', '2027-01-01', '2027-03-15', '2027-06-30', '2027-07-01'].map((day) => isCurrent(t, day))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('ending a term', () => {
  it('ends it on the last day given, after which the role is vacant', () => {
    const s = run(careCoop(), { type: 'end-term', circleId: 'finance', assignmentId: 'finance-facilitator', lastDay: '2027-01-31' });
    const finance = circleOf(s, 'finance');
    expect(holds(finance, 'facilitator', 'chloe', '2027-01-31')).toBe(true);
    expect(holderOf(finance, 'facilitator', '2027-02-01')).toBeUndefined();
  });

  it('the last day must fall within the term, its first and last days included', () => {
    const end = (lastDay: string) =>
      transitionCode(careCoop(), { type: 'end-term', circleId: 'finance', assignmentId: 'finance-facilitator', lastDay });
    expect(end('2026-11-20')).toEqual({ code: 'term-invalid', field: 'lastDay' });
    expect(end('2027-11-22')).toEqual({ code: 'term-invalid', field: 'lastDay' });
    expect(end(today)).toBe('accepted');
    expect(end('2027-11-21')).toBe('accepted');
    expect(end('soon')).toEqual({ code: 'invalid-input', field: 'lastDay' });
  });

  it('refuses to end an assignment that does not exist', () => {
    expect(codeAndField(careCoop(), { type: 'end-term', circleId: 'finance', assignmentId: 'nobody', lastDay: today }, admin)).toEqual({
      code: 'not-found',
      field: 'assignmentId',
    });
  });

  it('an unknown assignment is not the secretary of the parent’s to look for', () => {
    expect(
      codeAndField(careCoop(), { type: 'end-term', circleId: 'northside', assignmentId: 'nobody', lastDay: today }, as('ben')),
    ).toEqual({ code: 'not-permitted' });
  });
});

describe('who holds a role', () => {
  const hub = circleValue('hub', {
    members: ['amara', 'ben'],
    terms: [
      term('facilitator', 'amara', '2026-01-01', '2026-06-30', 'a'),
      term('facilitator', 'ben', '2026-07-01', '2026-12-31', 'b'),
      term('secretary', 'ben', '2026-01-01', '2026-12-31', 'c'),
    ],
  });

  it('is whoever’s term includes the day', () => {
    expect(holderOf(hub, 'facilitator', '2026-06-30')?.personId).toBe('amara');
    expect(holderOf(hub, 'facilitator', '2026-07-01')?.personId).toBe('ben');
    expect(holderOf(hub, 'facilitator', '2027-01-01')).toBeUndefined();
    expect(holderOf(hub, 'leader', '2026-07-01')).toBeUndefined();
  });

  it('lists the terms running on a day', () => {
    expect(currentAssignments(hub, '2026-03-01').map((a) => a.assignmentId)).toEqual(['a', 'c']);
    expect(currentAssignments(hub, '2026-09-01').map((a) => a.assignmentId)).toEqual(['b', 'c']);
    expect(currentAssignments(hub, '2025-12-31')).toEqual([]);
  });

  it('tells whether a person holds a role on a day', () => {
    expect(holds(hub, 'secretary', 'ben', '2026-05-05')).toBe(true);
    expect(holds(hub, 'secretary', 'amara', '2026-05-05')).toBe(false);
    expect(holds(hub, 'facilitator', 'ben', '2026-05-05')).toBe(false);
  });
});

function transitionCode(structure: Structure, command: object): 'accepted' | { code: string; field?: string } {
  const result = transition(structureDecider, structure, command, admin, now);
  return result.ok ? 'accepted' : codeAndField(structure, command, admin);
}

describe('the roles a circle has', () => {
  it('gives the general circle no leader or delegate, a sub-circle all four, and each circle its custom roles', () => {
    let structure = careCoop();
    structure = step(
      structureDecider,
      structure,
      { type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } },
      admin,
    );
    expect(circleRoles(circleOf(structure, 'hub')).map((r) => r.roleId)).toEqual(['facilitator', 'secretary']);
    expect(circleRoles(circleOf(structure, 'northside'))).toEqual([
      { roleId: 'leader', name: 'leader' },
      { roleId: 'delegate', name: 'delegate' },
      { roleId: 'facilitator', name: 'facilitator' },
      { roleId: 'secretary', name: 'secretary' },
      { roleId: 'rota-keeper', name: 'Rota keeper' },
    ]);
  });
});
