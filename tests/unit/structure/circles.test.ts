import type { Structure } from '../../../shared';
import {
  activeCircles,
  ancestorsOf,
  defaultCirclePolicy,
  emptyStructure,
  generalCircle,
  isMember,
  memberIds,
  structureDecider,
  subCircles,
  wouldCreateCycle,
} from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { now, today } from '../../support/clock';
import { admin, as, people } from '../../support/people';
import { circleValue, codeAndField, eventsOf, structureValue } from '../../support/structure-builders';

const run = (structure: Structure, command: object, actor = admin) => step(structureDecider, structure, command, actor);

describe('a circle has a name, aim, domain, members, a parent and an optional Teams conversation', () => {
  it('is created with its name, aim, domain and parent, with no members, roles or conversation yet', () => {
    const s = run(careCoop(), {
      type: 'create-circle',
      circleId: 'southside',
      name: '  Southside care team ',
      aim: 'Support people at home in Southside',
      domain: 'Rotas and care plans in Southside',
      parentId: 'hub',
    });
    expect(circleOf(s, 'southside')).toEqual({
      circleId: 'southside',
      name: 'Southside care team',
      aim: 'Support people at home in Southside',
      domain: 'Rotas and care plans in Southside',
      parentId: 'hub',
      archived: false,
      binding: null,
      members: [],
      customRoles: [],
      assignments: [],
      policy: defaultCirclePolicy,
    });
  });

  it('records the creation in the logbook with who and when', () => {
    const events = eventsOf(careCoop(), { type: 'create-circle', circleId: 'training', name: 'Training', parentId: 'hub' }, admin);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'circle-created', at: now, by: 'admin', circle: { circleId: 'training', parentId: 'hub' } });
  });

  it('the general circle is the only one without a parent', () => {
    const s = careCoop();
    expect(generalCircle(s)?.circleId).toBe('hub');
    expect(
      Object.values(s.circles)
        .filter((c) => c.parentId === null)
        .map((c) => c.circleId),
    ).toEqual(['hub']);
    expect(generalCircle(emptyStructure)).toBeUndefined();
  });

  it('may start with an empty aim and domain and have them described later by consent of the circle', () => {
    let s = run(careCoop(), { type: 'create-circle', circleId: 'garden', name: 'Garden', parentId: 'hub' });
    expect(circleOf(s, 'garden')).toMatchObject({ aim: '', domain: '' });
    s = run(s, {
      type: 'describe-circle',
      circleId: 'garden',
      aim: 'A garden residents enjoy',
      domain: 'The shared garden and its budget',
    });
    expect(circleOf(s, 'garden')).toMatchObject({ aim: 'A garden residents enjoy', domain: 'The shared garden and its budget' });
  });

  it('refuses a circle without a name', () => {
    expect(codeAndField(careCoop(), { type: 'create-circle', circleId: 'x', name: '   ', parentId: 'hub' }, admin)).toEqual({
      code: 'invalid-input',
      field: 'name',
    });
    expect(codeAndField(careCoop(), { type: 'rename-circle', circleId: 'finance', name: '' }, admin)).toEqual({
      code: 'invalid-input',
      field: 'name',
    });
  });

  it('refuses a create without saying where the circle hangs', () => {
    expect(codeAndField(careCoop(), { type: 'create-circle', circleId: 'x', name: 'X' }, admin)).toEqual({
      code: 'invalid-input',
      field: 'parentId',
    });
  });

  it('refuses an aim longer than 2000 characters', () => {
    const command = { type: 'describe-circle', circleId: 'finance', aim: 'a'.repeat(2001), domain: '' };
    expect(codeAndField(careCoop(), command, admin)).toEqual({ code: 'invalid-input', field: 'aim' });
  });

  it('is renamed, keeping everything else', () => {
    const before = careCoop();
    const after = run(before, { type: 'rename-circle', circleId: 'finance', name: 'Money circle' });
    expect(circleOf(after, 'finance')).toEqual({ ...circleOf(before, 'finance'), name: 'Money circle' });
  });

  it.each([
    [{ kind: 'team', teamId: 'team-riverside' }],
    [{ kind: 'channel', teamId: 'team-riverside', channelId: '19:northside@thread.tacv2' }],
    [{ kind: 'chat', chatId: '19:meeting_abc@thread.v2' }],
  ])('works in a Teams team, channel or chat: %j', (binding) => {
    const s = run(careCoop(), { type: 'bind-circle', circleId: 'northside', binding });
    expect(circleOf(s, 'northside').binding).toEqual(binding);
  });

  it('can be unbound from its conversation', () => {
    const bound = run(careCoop(), { type: 'bind-circle', circleId: 'northside', binding: { kind: 'chat', chatId: 'chat-1' } });
    const unbound = run(bound, { type: 'bind-circle', circleId: 'northside', binding: null });
    expect(circleOf(unbound, 'northside').binding).toBeNull();
  });

  it('refuses a conversation that does not say where it is', () => {
    const s = careCoop();
    expect(codeAndField(s, { type: 'bind-circle', circleId: 'northside', binding: { kind: 'channel', channelId: 'c' } }, admin)).toEqual({
      code: 'invalid-input',
      field: 'binding.teamId',
    });
    expect(codeAndField(s, { type: 'bind-circle', circleId: 'northside', binding: { kind: 'meeting' } }, admin)).toEqual({
      code: 'invalid-input',
      field: 'binding.kind',
    });
    expect(codeAndField(s, { type: 'bind-circle', circleId: 'northside' }, admin)).toEqual({ code: 'invalid-input', field: 'binding' });
  });

  it('keeps its own closing policy, filling in the defaults it does not state', () => {
    const s = run(careCoop(), {
      type: 'set-circle-policy',
      circleId: 'northside',
      policy: { closing: { silence: 'silence-is-consent' }, defaultTermMonths: 6 },
    });
    const policy = circleOf(s, 'northside').policy;
    expect(policy.closing).toEqual({ ...defaultCirclePolicy.closing, silence: 'silence-is-consent' });
    expect(policy.defaultTermMonths).toBe(6);
    expect(policy.reminderOffsetsDays).toEqual([14, 0]);
    expect(codeAndField(s, { type: 'set-circle-policy', circleId: 'northside', policy: { closing: { deadlineDays: 0 } } }, admin)).toEqual({
      code: 'invalid-input',
      field: 'policy.closing.deadlineDays',
    });
  });

  it('may be created with its own policy', () => {
    const s = run(careCoop(), {
      type: 'create-circle',
      circleId: 'night',
      name: 'Night shift',
      parentId: 'northside',
      policy: { standAsideAllowed: false },
    });
    expect(circleOf(s, 'night').policy).toEqual({ ...defaultCirclePolicy, standAsideAllowed: false });
  });
});

describe('members may be guests', () => {
  it('includes the guests of the tenant a care team supports as full members', () => {
    const northside = circleOf(careCoop(), 'northside');
    expect(northside.members.filter((m) => m.guest).map((m) => m.personId)).toEqual(['farid', 'grace']);
    expect(isMember(northside, 'farid')).toBe(true);
    expect(memberIds(northside)).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
  });

  it('adds a guest like anyone else, and a member is not a guest unless said', () => {
    let s = run(careCoop(), {
      type: 'add-member',
      circleId: 'finance',
      member: { personId: 'ivy', displayName: 'Ivy Brown', guest: true },
    });
    s = run(s, { type: 'add-member', circleId: 'finance', member: { personId: 'jon', displayName: 'Jon Reid' } });
    expect(circleOf(s, 'finance').members.slice(-2)).toEqual([
      { personId: 'ivy', displayName: 'Ivy Brown', guest: true },
      { personId: 'jon', displayName: 'Jon Reid', guest: false },
    ]);
  });

  it('lets a guest hold a role in their circle', () => {
    const s = run(careCoop(), {
      type: 'assign-role',
      circleId: 'northside',
      assignmentId: 'n-fac-2',
      roleId: 'facilitator',
      personId: 'grace',
      termStart: '2027-01-01',
    });
    expect(circleOf(s, 'northside').assignments.at(-1)).toMatchObject({ personId: 'grace', roleId: 'facilitator' });
  });

  it('refuses a member without a display name', () => {
    expect(codeAndField(careCoop(), { type: 'add-member', circleId: 'finance', member: { personId: 'ivy', guest: true } }, admin)).toEqual({
      code: 'invalid-input',
      field: 'member.displayName',
    });
  });
});

describe('a person may be a member of several circles', () => {
  it('has Amara in the hub and in Northside, and Chloé in the hub and in Finance', () => {
    const s = careCoop();
    const circlesOf = (personId: string) =>
      activeCircles(s)
        .filter((c) => isMember(c, personId))
        .map((c) => c.circleId);
    expect(circlesOf('amara')).toEqual(['hub', 'northside']);
    expect(circlesOf('chloe')).toEqual(['hub', 'finance']);
  });

  it('joining another circle keeps the other memberships, and leaving one keeps the rest', () => {
    let s = run(careCoop(), { type: 'add-member', circleId: 'finance', member: people.dev });
    expect(['hub', 'northside', 'finance'].every((id) => isMember(circleOf(s, id), 'dev'))).toBe(true);
    s = run(s, { type: 'remove-member', circleId: 'finance', personId: 'dev' });
    expect(isMember(circleOf(s, 'finance'), 'dev')).toBe(false);
    expect(isMember(circleOf(s, 'hub'), 'dev')).toBe(true);
    expect(isMember(circleOf(s, 'northside'), 'dev')).toBe(true);
  });

  it('is a member of the same circle only once', () => {
    expect(codeAndField(careCoop(), { type: 'add-member', circleId: 'northside', member: people.farid }, admin)).toEqual({
      code: 'already-exists',
      field: 'member.personId',
    });
  });
});

describe('adding and removing members', () => {
  it('a person who leaves has their current terms in the circle end the day before', () => {
    const events = eventsOf(careCoop(), { type: 'remove-member', circleId: 'northside', personId: 'dev' }, admin);
    expect(events.map((e) => e.type)).toEqual(['term-ended', 'term-ended', 'member-removed']);
    expect(events.slice(0, 2)).toEqual([
      expect.objectContaining({ circleId: 'northside', assignmentId: 'northside-delegate', lastDay: '2026-11-20' }),
      expect.objectContaining({ circleId: 'northside', assignmentId: 'northside-secretary', lastDay: '2026-11-20' }),
    ]);
  });

  it('a term that had not started yet is cancelled, and a finished term stays in the record as it was', () => {
    const s = structureValue([
      circleValue('hub', { members: ['amara'] }),
      circleValue('northside', {
        parentId: 'hub',
        members: ['hana', 'dev'],
        terms: [
          { assignmentId: 'old', roleId: 'facilitator', personId: 'hana', termStart: '2025-01-01', termEnd: '2025-12-31' },
          { assignmentId: 'now', roleId: 'secretary', personId: 'hana', termStart: '2026-01-01', termEnd: '2026-12-31' },
          { assignmentId: 'next', roleId: 'facilitator', personId: 'hana', termStart: '2027-01-01', termEnd: '2027-12-31' },
          { assignmentId: 'devs', roleId: 'delegate', personId: 'dev', termStart: '2026-01-01', termEnd: '2026-12-31' },
        ],
      }),
    ]);
    const after = run(s, { type: 'remove-member', circleId: 'northside', personId: 'hana' });
    expect(circleOf(after, 'northside').assignments).toEqual([
      { assignmentId: 'old', roleId: 'facilitator', personId: 'hana', termStart: '2025-01-01', termEnd: '2025-12-31' },
      { assignmentId: 'now', roleId: 'secretary', personId: 'hana', termStart: '2026-01-01', termEnd: '2026-11-20' },
      { assignmentId: 'devs', roleId: 'delegate', personId: 'dev', termStart: '2026-01-01', termEnd: '2026-12-31' },
    ]);
    expect(memberIds(circleOf(after, 'northside'))).toEqual(['dev']);
  });

  it('refuses to remove someone who is not a member', () => {
    expect(codeAndField(careCoop(), { type: 'remove-member', circleId: 'finance', personId: 'farid' }, admin)).toEqual({
      code: 'not-a-member',
      field: 'personId',
    });
  });
});

describe('circles nest to any depth', () => {
  it('hangs twelve helping circles one inside the other, each knowing its whole chain up to the general circle', () => {
    let s = careCoop();
    const chain = Array.from({ length: 12 }, (_, i) => `level-${i + 1}`);
    chain.forEach((circleId, i) => {
      s = run(s, { type: 'create-circle', circleId, name: `Level ${i + 1}`, parentId: i === 0 ? 'northside' : chain[i - 1] });
    });
    expect(ancestorsOf(s, 'level-12')).toEqual([...chain.slice(0, 11).reverse(), 'northside', 'hub']);
    expect(subCircles(s, 'level-11').map((c) => c.circleId)).toEqual(['level-12']);
    expect(subCircles(s, 'level-12')).toEqual([]);
  });

  it('lists the active sub-circles of a circle', () => {
    const s = careCoop();
    expect(subCircles(s, 'hub').map((c) => c.circleId)).toEqual(['northside', 'finance']);
    const archived = run(s, { type: 'archive-circle', circleId: 'finance' });
    expect(subCircles(archived, 'hub').map((c) => c.circleId)).toEqual(['northside']);
  });

  it('the general circle has no ancestors, and an unknown circle neither', () => {
    expect(ancestorsOf(careCoop(), 'hub')).toEqual([]);
    expect(ancestorsOf(careCoop(), 'nowhere')).toEqual([]);
  });
});

describe('moving a circle must not create a cycle', () => {
  const deep = () => {
    let s = careCoop();
    s = run(s, { type: 'create-circle', circleId: 'night', name: 'Night shift', parentId: 'northside' });
    return run(s, { type: 'create-circle', circleId: 'night-cover', name: 'Night cover', parentId: 'night' });
  };

  it('refuses to move a circle under itself', () => {
    expect(codeAndField(deep(), { type: 'move-circle', circleId: 'night', parentId: 'night' }, admin)).toEqual({
      code: 'circle-cycle',
      field: 'parentId',
    });
  });

  it('refuses to move a circle under its own sub-circle, however deep', () => {
    const s = deep();
    expect(codeAndField(s, { type: 'move-circle', circleId: 'northside', parentId: 'night' }, admin)).toEqual({
      code: 'circle-cycle',
      field: 'parentId',
    });
    expect(codeAndField(s, { type: 'move-circle', circleId: 'northside', parentId: 'night-cover' }, admin)).toEqual({
      code: 'circle-cycle',
      field: 'parentId',
    });
    expect(wouldCreateCycle(s, 'northside', 'night-cover')).toBe(true);
    expect(wouldCreateCycle(s, 'night-cover', 'finance')).toBe(false);
  });

  it('moves a circle, with its sub-circles, under another branch', () => {
    const events = eventsOf(deep(), { type: 'move-circle', circleId: 'night', parentId: 'finance' }, admin);
    expect(events).toEqual([{ type: 'circle-moved', at: now, by: 'admin', circleId: 'night', parentId: 'finance' }]);
    const s = run(deep(), { type: 'move-circle', circleId: 'night', parentId: 'finance' });
    expect(ancestorsOf(s, 'night-cover')).toEqual(['night', 'finance', 'hub']);
  });

  it('the general circle stays at the top', () => {
    expect(codeAndField(deep(), { type: 'move-circle', circleId: 'hub', parentId: 'finance' }, admin)).toEqual({
      code: 'not-permitted',
      field: 'circleId',
    });
  });

  it('refuses a move under a circle that does not exist or is archived', () => {
    const s = run(deep(), { type: 'create-circle', circleId: 'old', name: 'Old', parentId: 'hub' });
    const archived = run(s, { type: 'archive-circle', circleId: 'old' });
    expect(codeAndField(archived, { type: 'move-circle', circleId: 'night', parentId: 'nowhere' }, admin)).toEqual({
      code: 'not-found',
      field: 'parentId',
    });
    expect(codeAndField(archived, { type: 'move-circle', circleId: 'night', parentId: 'old' }, admin)).toEqual({
      code: 'circle-archived',
      field: 'parentId',
    });
  });

  it('a move always names its new parent', () => {
    expect(codeAndField(deep(), { type: 'move-circle', circleId: 'night', parentId: null }, admin)).toEqual({
      code: 'invalid-input',
      field: 'parentId',
    });
  });

  it('replaying an event for a circle the state does not know changes nothing', () => {
    const s = careCoop();
    expect(structureDecider.evolve(s, { type: 'circle-moved', at: now, by: 'admin', circleId: 'nowhere', parentId: 'hub' })).toBe(s);
  });

  it('reading a stored tree that is already corrupt stops instead of looping', () => {
    const corrupt = structureValue([circleValue('a', { parentId: 'b' }), circleValue('b', { parentId: 'a' })]);
    expect(ancestorsOf(corrupt, 'a')).toEqual(['b', 'a']);
    expect(wouldCreateCycle(corrupt, 'a', 'b')).toBe(true);
  });
});

describe('the organisation has one general circle', () => {
  it('refuses a second general circle', () => {
    expect(codeAndField(careCoop(), { type: 'create-circle', circleId: 'hub-2', name: 'Another hub', parentId: null }, admin)).toEqual({
      code: 'general-circle-exists',
      field: 'parentId',
    });
  });

  it('every other circle hangs under an existing, active circle', () => {
    const s = run(careCoop(), { type: 'create-circle', circleId: 'old', name: 'Old', parentId: 'hub' });
    const archived = run(s, { type: 'archive-circle', circleId: 'old' });
    expect(codeAndField(archived, { type: 'create-circle', circleId: 'x', name: 'X', parentId: 'nowhere' }, admin)).toEqual({
      code: 'not-found',
      field: 'parentId',
    });
    expect(codeAndField(archived, { type: 'create-circle', circleId: 'x', name: 'X', parentId: 'old' }, admin)).toEqual({
      code: 'circle-archived',
      field: 'parentId',
    });
  });

  it('a circle id is never reused, not even an archived one', () => {
    const s = run(careCoop(), { type: 'create-circle', circleId: 'old', name: 'Old', parentId: 'hub' });
    const archived = run(s, { type: 'archive-circle', circleId: 'old' });
    expect(codeAndField(archived, { type: 'create-circle', circleId: 'finance', name: 'Finance 2', parentId: 'hub' }, admin)).toEqual({
      code: 'already-exists',
      field: 'circleId',
    });
    expect(codeAndField(archived, { type: 'create-circle', circleId: 'old', name: 'Old again', parentId: 'hub' }, admin)).toEqual({
      code: 'already-exists',
      field: 'circleId',
    });
  });

  it('once the general circle is archived, a new one may be founded', () => {
    let s = run(emptyStructure, { type: 'create-circle', circleId: 'first', name: 'First try', parentId: null });
    s = run(s, { type: 'archive-circle', circleId: 'first' });
    expect(generalCircle(s)).toBeUndefined();
    s = run(s, { type: 'create-circle', circleId: 'second', name: 'Second try', parentId: null });
    expect(generalCircle(s)?.circleId).toBe('second');
  });
});

describe('archiving a circle', () => {
  it('is refused while the circle has active sub-circles', () => {
    expect(codeAndField(careCoop(), { type: 'archive-circle', circleId: 'hub' }, admin)).toEqual({
      code: 'has-sub-circles',
      field: 'circleId',
    });
  });

  it('is allowed once its sub-circles are archived, and keeps the circle in the record', () => {
    let s = run(careCoop(), { type: 'archive-circle', circleId: 'northside' });
    s = run(s, { type: 'archive-circle', circleId: 'finance' });
    s = run(s, { type: 'archive-circle', circleId: 'hub' });
    expect(Object.keys(s.circles)).toEqual(['hub', 'northside', 'finance']);
    expect(Object.values(s.circles).every((c) => c.archived)).toBe(true);
    expect(activeCircles(s)).toEqual([]);
  });

  const archivedCommands: [string, object][] = [
    ['rename-circle', { name: 'New name' }],
    ['describe-circle', { aim: 'a', domain: 'd' }],
    ['move-circle', { parentId: 'hub' }],
    ['archive-circle', {}],
    ['bind-circle', { binding: null }],
    ['add-member', { member: people.ben }],
    ['remove-member', { personId: 'esi' }],
    ['set-circle-policy', { policy: {} }],
    ['define-role', { role: { roleId: 'treasurer', name: 'Treasurer' } }],
    ['retire-role', { roleId: 'treasurer' }],
    ['assign-role', { assignmentId: 'f-2', roleId: 'facilitator', personId: 'esi', termStart: today }],
    ['end-term', { assignmentId: 'finance-leader', lastDay: today }],
  ];
  it.each(archivedCommands)('an archived circle refuses %s', (type, fields) => {
    const s = run(careCoop(), { type: 'archive-circle', circleId: 'finance' });
    expect(codeAndField(s, { type, circleId: 'finance', ...fields }, admin)).toEqual({ code: 'circle-archived', field: 'circleId' });
  });

  it.each(archivedCommands)('a circle that does not exist refuses %s', (type, fields) => {
    expect(codeAndField(careCoop(), { type, circleId: 'nowhere', ...fields }, admin)).toEqual({ code: 'not-found', field: 'circleId' });
  });

  it('refuses a step on an archived circle before looking at who asks', () => {
    const s = run(careCoop(), { type: 'archive-circle', circleId: 'finance' });
    expect(refusal(structureDecider, s, { type: 'rename-circle', circleId: 'finance', name: 'X' }, as('farid')).code).toBe(
      'circle-archived',
    );
  });
});
