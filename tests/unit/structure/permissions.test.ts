import type { Actor, Structure } from '../../../shared';
import { structureDecider } from '../../../shared';
import { mayKeepRecords, mayRecordTerm, maySetRoleLimit } from '../../../shared/circles/structure-permissions';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { now, today } from '../../support/clock';
import { admin, as, people, system } from '../../support/people';
import { codeAndField, eventsOf } from '../../support/structure-builders';

const run = (structure: Structure, command: object, actor: Actor = admin) => step(structureDecider, structure, command, actor);

/** Every record of Northside a secretary keeps, as a command that Northside's state accepts. */
const northsideRecords: [string, object][] = [
  ['rename-circle', { name: 'Northside home care' }],
  ['describe-circle', { aim: 'Support at home', domain: 'Rotas' }],
  ['bind-circle', { binding: { kind: 'chat', chatId: 'chat-northside' } }],
  ['add-member', { member: people.chloe }],
  ['remove-member', { personId: 'grace' }],
  ['set-circle-policy', { policy: { standAsideAllowed: false } }],
  ['define-role', { role: { roleId: 'rota-keeper', name: 'Rota keeper' } }],
  ['assign-role', { assignmentId: 'n-fac-2', roleId: 'facilitator', personId: 'farid', termStart: '2027-01-01' }],
  ['end-term', { assignmentId: 'northside-facilitator', lastDay: '2026-12-31' }],
];

describe('the circle’s secretary or an organisation admin keeps its records', () => {
  it.each(northsideRecords)('Dev, secretary of Northside, may %s', (type, fields) => {
    expect(eventsOf(careCoop(), { type, circleId: 'northside', ...fields }, as('dev')).length).toBeGreaterThan(0);
  });

  it.each(northsideRecords)('an organisation admin may %s', (type, fields) => {
    expect(eventsOf(careCoop(), { type, circleId: 'northside', ...fields }, admin).length).toBeGreaterThan(0);
  });

  it.each(northsideRecords)('Hana, an ordinary member (and facilitator) of Northside, may not %s', (type, fields) => {
    expect(codeAndField(careCoop(), { type, circleId: 'northside', ...fields }, as('hana'))).toEqual({ code: 'not-permitted' });
  });

  it.each(northsideRecords)('Esi, secretary of another circle, may not %s in Northside', (type, fields) => {
    expect(codeAndField(careCoop(), { type, circleId: 'northside', ...fields }, as('esi'))).toEqual({ code: 'not-permitted' });
  });

  it('retiring a role is the secretary’s to record too', () => {
    const s = run(careCoop(), { type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } });
    expect(eventsOf(s, { type: 'retire-role', circleId: 'northside', roleId: 'rota-keeper' }, as('dev')).at(-1)?.type).toBe('role-retired');
    expect(codeAndField(s, { type: 'retire-role', circleId: 'northside', roleId: 'rota-keeper' }, as('hana'))).toEqual({
      code: 'not-permitted',
    });
  });

  it('a secretary keeps records only during their term', () => {
    const s = careCoop();
    const northside = circleOf(s, 'northside');
    expect(mayKeepRecords(s, northside, as('dev'), today)).toBe(true);
    expect(mayKeepRecords(s, northside, as('dev'), '2027-11-22')).toBe(false);
    const ended = run(s, { type: 'end-term', circleId: 'northside', assignmentId: 'northside-secretary', lastDay: '2026-12-31' });
    expect(eventsOf(ended, { type: 'rename-circle', circleId: 'northside', name: 'X' }, as('dev'), '2026-12-31T12:00:00Z')).toHaveLength(1);
    expect(codeAndField(ended, { type: 'rename-circle', circleId: 'northside', name: 'X' }, as('dev'), '2027-01-01T12:00:00Z')).toEqual({
      code: 'not-permitted',
    });
  });

  it('an organisation admin keeps records without being a member', () => {
    expect(mayKeepRecords(careCoop(), circleOf(careCoop(), 'finance'), admin, today)).toBe(true);
  });
});

describe('the parent’s secretary may record the leader, because the parent chooses the leader', () => {
  it('Ben, secretary of the hub, records a new leader of Northside and may end that term', () => {
    const s = run(
      careCoop(),
      { type: 'assign-role', circleId: 'northside', assignmentId: 'n-lead-2', roleId: 'leader', personId: 'dev', termStart: '2027-01-01' },
      as('ben'),
    );
    expect(circleOf(s, 'northside').assignments.at(-1)).toMatchObject({ roleId: 'leader', personId: 'dev' });
    expect(
      eventsOf(s, { type: 'end-term', circleId: 'northside', assignmentId: 'n-lead-2', lastDay: '2027-06-30' }, as('ben')),
    ).toHaveLength(1);
  });

  it('but not the delegate, whom the circle chooses itself, nor any other of Northside’s records', () => {
    const s = careCoop();
    expect(
      codeAndField(
        s,
        { type: 'assign-role', circleId: 'northside', assignmentId: 'd2', roleId: 'delegate', personId: 'amara', termStart: '2027-01-01' },
        as('ben'),
      ),
    ).toEqual({
      code: 'not-permitted',
    });
    expect(
      codeAndField(s, { type: 'end-term', circleId: 'northside', assignmentId: 'northside-delegate', lastDay: '2026-12-31' }, as('ben')),
    ).toEqual({ code: 'not-permitted' });
    expect(codeAndField(s, { type: 'add-member', circleId: 'northside', member: people.ben }, as('ben'))).toEqual({
      code: 'not-permitted',
    });
  });

  it('the secretary of a sibling circle may not record the leader', () => {
    expect(mayRecordTerm(careCoop(), circleOf(careCoop(), 'northside'), 'leader', as('esi'), today)).toBe(false);
    expect(mayRecordTerm(careCoop(), circleOf(careCoop(), 'northside'), 'leader', as('ben'), today)).toBe(true);
  });

  it('the general circle has no parent whose secretary could record its leader', () => {
    expect(mayRecordTerm(careCoop(), circleOf(careCoop(), 'hub'), 'leader', as('dev'), today)).toBe(false);
  });

  it('the parent’s secretary may found a sub-circle under it; an ordinary member may not', () => {
    const s = run(careCoop(), { type: 'create-circle', circleId: 'training', name: 'Training', parentId: 'hub' }, as('ben'));
    expect(circleOf(s, 'training').parentId).toBe('hub');
    expect(codeAndField(s, { type: 'create-circle', circleId: 'events', name: 'Events', parentId: 'hub' }, as('amara'))).toEqual({
      code: 'not-permitted',
    });
  });
});

describe('only an organisation admin creates the general circle, moves and archives circles', () => {
  it('a person who is not an admin, or the system, cannot found the general circle', () => {
    const command = { type: 'create-circle', circleId: 'hub', name: 'Riverside Care Co-op', parentId: null };
    expect(codeAndField({ circles: {}, roleLimit: 3 }, command, as('amara'))).toEqual({ code: 'not-permitted' });
    expect(codeAndField({ circles: {}, roleLimit: 3 }, command, system)).toEqual({ code: 'not-permitted' });
    expect(codeAndField(careCoop(), { ...command, circleId: 'hub-2' }, as('ben'))).toEqual({ code: 'not-permitted' });
  });

  it('even the secretary of the circle and of its parent cannot move or archive it', () => {
    const s = run(careCoop(), { type: 'create-circle', circleId: 'garden', name: 'Garden', parentId: 'hub' });
    expect(codeAndField(s, { type: 'move-circle', circleId: 'northside', parentId: 'finance' }, as('dev'))).toEqual({
      code: 'not-permitted',
    });
    expect(codeAndField(s, { type: 'move-circle', circleId: 'northside', parentId: 'finance' }, as('ben'))).toEqual({
      code: 'not-permitted',
    });
    expect(codeAndField(s, { type: 'archive-circle', circleId: 'garden' }, as('ben'))).toEqual({ code: 'not-permitted' });
    expect(codeAndField(s, { type: 'archive-circle', circleId: 'garden' }, system)).toEqual({ code: 'not-permitted' });
    expect(eventsOf(s, { type: 'archive-circle', circleId: 'garden' }, admin)).toEqual([
      { type: 'circle-archived', at: now, by: 'admin', circleId: 'garden' },
    ]);
  });

  it('only an admin sets the organisation’s role limit', () => {
    expect(codeAndField(careCoop(), { type: 'set-role-limit', roleLimit: 5 }, as('ben'))).toEqual({ code: 'not-permitted' });
    expect(codeAndField(careCoop(), { type: 'set-role-limit', roleLimit: 5 }, system)).toEqual({ code: 'not-permitted' });
    expect(run(careCoop(), { type: 'set-role-limit', roleLimit: 5 }).roleLimit).toBe(5);
    // What the tab offers is the same answer: the admin alone.
    expect([admin, as('ben'), system].map(maySetRoleLimit)).toEqual([true, false, false]);
  });

  it('an actor who claims nothing is not an admin', () => {
    const plain = { kind: 'person', personId: 'amara' };
    expect(codeAndField(careCoop(), { type: 'set-role-limit', roleLimit: 5 }, plain)).toEqual({ code: 'not-permitted' });
  });
});

describe('the system actor may record terms and nothing else', () => {
  it('records the outcome of a selection, stamped as done by no person', () => {
    const events = eventsOf(
      careCoop(),
      { type: 'assign-role', circleId: 'finance', assignmentId: 'sel-42', roleId: 'facilitator', personId: 'esi', termStart: '2027-01-01' },
      system,
    );
    expect(events.map((e) => [e.type, e.by])).toEqual([
      ['term-ended', null],
      ['role-assigned', null],
    ]);
  });

  it('ends a term', () => {
    expect(
      eventsOf(careCoop(), { type: 'end-term', circleId: 'finance', assignmentId: 'finance-facilitator', lastDay: '2026-12-31' }, system),
    ).toEqual([{ type: 'term-ended', at: now, by: null, circleId: 'finance', assignmentId: 'finance-facilitator', lastDay: '2026-12-31' }]);
  });

  it.each(northsideRecords.filter(([type]) => type !== 'assign-role' && type !== 'end-term'))('may not %s', (type, fields) => {
    expect(codeAndField(careCoop(), { type, circleId: 'northside', ...fields }, system)).toEqual({ code: 'not-permitted' });
  });

  it('may not found a sub-circle', () => {
    expect(codeAndField(careCoop(), { type: 'create-circle', circleId: 'x', name: 'X', parentId: 'hub' }, system)).toEqual({
      code: 'not-permitted',
    });
  });
});

describe('every step is recorded with who asked and when', () => {
  it('stamps the event with the person and the moment', () => {
    const at = '2026-12-01T14:30:00Z';
    expect(eventsOf(careCoop(), { type: 'rename-circle', circleId: 'northside', name: 'Northside' }, as('dev'), at)).toEqual([
      { type: 'circle-renamed', at, by: 'dev', circleId: 'northside', name: 'Northside' },
    ]);
  });

  it('judges the secretary’s term on the UTC day of the step', () => {
    // Dev's term as secretary of Northside runs 2026-11-21 to 2027-11-21.
    expect(
      codeAndField(careCoop(), { type: 'rename-circle', circleId: 'northside', name: 'X' }, as('dev'), '2026-11-20T23:59:59Z'),
    ).toEqual({ code: 'not-permitted' });
    expect(
      eventsOf(careCoop(), { type: 'rename-circle', circleId: 'northside', name: 'X' }, as('dev'), '2027-11-21T23:59:59Z'),
    ).toHaveLength(1);
    expect(
      codeAndField(careCoop(), { type: 'rename-circle', circleId: 'northside', name: 'X' }, as('dev'), '2027-11-22T00:00:00Z'),
    ).toEqual({ code: 'not-permitted' });
  });
});

describe('a circle without a secretary is set up by its parent’s record keeper', () => {
  const withKitchen = () => run(careCoop(), { type: 'create-circle', circleId: 'kitchen', name: 'Kitchen', parentId: 'hub' }, as('ben'));

  it('lets Ben, the hub’s secretary, bind and staff the new Kitchen circle he created', () => {
    let structure = withKitchen();
    structure = run(structure, { type: 'bind-circle', circleId: 'kitchen', binding: { kind: 'chat', chatId: 'kitchen-chat' } }, as('ben'));
    structure = run(structure, { type: 'add-member', circleId: 'kitchen', member: people.esi }, as('ben'));
    expect(circleOf(structure, 'kitchen')).toMatchObject({ binding: { kind: 'chat', chatId: 'kitchen-chat' }, members: [people.esi] });
  });

  it('hands the records over once the circle has its own secretary', () => {
    let structure = withKitchen();
    structure = run(structure, { type: 'add-member', circleId: 'kitchen', member: people.esi }, as('ben'));
    structure = run(
      structure,
      {
        type: 'assign-role',
        circleId: 'kitchen',
        assignmentId: 'kitchen-secretary',
        roleId: 'secretary',
        personId: 'esi',
        termStart: today,
      },
      as('ben'),
    );
    expect(mayKeepRecords(structure, circleOf(structure, 'kitchen'), as('ben'), today)).toBe(false);
    expect(mayKeepRecords(structure, circleOf(structure, 'kitchen'), as('esi'), today)).toBe(true);
  });

  it('gives no one else a say: a member of the parent who keeps no records may not', () => {
    expect(mayKeepRecords(withKitchen(), circleOf(withKitchen(), 'kitchen'), as('amara'), today)).toBe(false);
  });
});
