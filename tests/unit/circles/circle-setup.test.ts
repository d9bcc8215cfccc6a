import fc from 'fast-check';
import type { Actor, Circle, Structure, StructureEvent } from '../../../shared';
import {
  circleSetup,
  defaultCirclePolicy,
  emptyStructure,
  findCircle,
  mayCreateGeneralCircle,
  policyChosen,
  setupItems,
  structureDecider,
  transition,
} from '../../../shared';
import { now, today } from '../../support/clock';
import { admin, as, people } from '../../support/people';
import { circleValue, memberOf, term } from '../../support/structure-builders';
import { wordsOf } from '../../support/refusal-words';

/** An organisation walked through the decider step by step, keeping every event as the circle's history does. */
function walk(steps: readonly object[], actor: Actor = admin): { structure: Structure; history: StructureEvent[] } {
  let structure = emptyStructure;
  const history: StructureEvent[] = [];
  for (const command of steps) {
    const result = transition(structureDecider, structure, command, actor, now);
    if (!result.ok) throw new Error(`${JSON.stringify(command)} refused: ${wordsOf(result.error)}`);
    structure = result.value.state;
    history.push(...result.value.events);
  }
  return { structure, history };
}

const circle = (structure: Structure, circleId: string): Circle => {
  const found = findCircle(structure, circleId);
  if (!found) throw new Error(`no circle ${circleId}`);
  return found;
};

const undone = (setup: ReturnType<typeof circleSetup>) => setup.items.filter((entry) => !entry.done).map((entry) => entry.item);

const createGeneral = { type: 'create-circle', circleId: 'general', name: 'Riverside Care Co-op', parentId: null };
const bringIn = (circleId: string, name: keyof typeof people) => ({ type: 'add-member', circleId, member: people[name] });
const name = (circleId: string, roleId: string, personId: string) => ({
  type: 'assign-role',
  circleId,
  assignmentId: `${roleId}-1`,
  roleId,
  personId,
  termStart: today,
});

describe('what makes a circle set up', () => {
  it('a general circle just created has everything still to do, in the order a circle is set up', () => {
    const { structure, history } = walk([createGeneral]);
    const setup = circleSetup(circle(structure, 'general'), history, today);
    expect(undone(setup)).toEqual([...setupItems]);
    expect(setup.complete).toBe(false);
    // The general circle has no parent to link to: no leader or delegate to name.
    expect(setup.unfilledRoles).toEqual(['facilitator', 'secretary']);
  });

  it('the checklist shrinks with each step until the general circle is complete', () => {
    const steps = [
      createGeneral,
      { type: 'describe-circle', circleId: 'general', aim: 'Care at home, decided together', domain: 'The co-op as a whole' },
      bringIn('general', 'amara'),
      bringIn('general', 'ben'),
      name('general', 'facilitator', 'amara'),
      name('general', 'secretary', 'ben'),
      { type: 'bind-circle', circleId: 'general', binding: { kind: 'chat', chatId: '19:general@thread.v2' } },
      {
        type: 'set-circle-policy',
        circleId: 'general',
        policy: { ...defaultCirclePolicy, closing: { ...defaultCirclePolicy.closing, silence: 'silence-is-consent' } },
      },
    ];
    const stillToDo = steps.map((_, index) => {
      const { structure, history } = walk(steps.slice(0, index + 1));
      return undone(circleSetup(circle(structure, 'general'), history, today));
    });
    expect(stillToDo).toEqual([
      ['aim-and-domain', 'members', 'roles', 'conversation', 'policy'],
      ['members', 'roles', 'conversation', 'policy'],
      ['members', 'roles', 'conversation', 'policy'],
      ['roles', 'conversation', 'policy'],
      ['roles', 'conversation', 'policy'],
      ['conversation', 'policy'],
      ['policy'],
      [],
    ]);
    const { structure, history } = walk(steps);
    expect(circleSetup(circle(structure, 'general'), history, today)).toEqual({
      items: setupItems.map((item) => ({ item, done: true })),
      unfilledRoles: [],
      complete: true,
    });
  });

  it('a sub-circle needs its leader and delegate too, the double link to its parent', () => {
    const { structure, history } = walk([
      createGeneral,
      { type: 'create-circle', circleId: 'kitchen', name: 'Kitchen', aim: 'Good food', domain: 'The kitchen', parentId: 'general' },
      bringIn('kitchen', 'chloe'),
      bringIn('kitchen', 'dev'),
      name('kitchen', 'facilitator', 'chloe'),
      name('kitchen', 'secretary', 'dev'),
    ]);
    const setup = circleSetup(circle(structure, 'kitchen'), history, today);
    expect(setup.unfilledRoles).toEqual(['leader', 'delegate']);
    expect(undone(setup)).toEqual(['roles', 'conversation', 'policy']);
  });

  it('one member is not yet a circle: a consent round needs someone else who could object', () => {
    const alone = circleValue('kitchen', { members: ['chloe'] });
    expect(circleSetup(alone, [], today).items.find((entry) => entry.item === 'members')?.done).toBe(false);
    const two = { ...alone, members: [memberOf('chloe'), memberOf('dev', true)] };
    expect(circleSetup(two, [], today).items.find((entry) => entry.item === 'members')?.done).toBe(true);
  });

  it('an aim without a domain, or a domain of blanks, is not written yet', () => {
    const aimOnly = { ...circleValue('kitchen'), aim: 'Good food' };
    const blankDomain = { ...aimOnly, domain: '   ' };
    for (const value of [aimOnly, blankDomain])
      expect(circleSetup(value, [], today).items[0]).toEqual({ item: 'aim-and-domain', done: false });
  });

  it('a role whose term has ended is unfilled again, and one that starts later is not filled yet', () => {
    const ended = circleValue('kitchen', {
      parentId: 'general',
      members: ['chloe', 'dev'],
      terms: [term('facilitator', 'chloe', '2025-01-01', '2025-12-31'), term('secretary', 'dev', '2027-01-01', '2027-12-31')],
    });
    expect(circleSetup(ended, [], today).unfilledRoles).toEqual(['leader', 'delegate', 'facilitator', 'secretary']);
  });

  it('custom roles are the circle’s own business: they never hold its setup back', () => {
    const { structure, history } = walk([
      createGeneral,
      bringIn('general', 'amara'),
      name('general', 'facilitator', 'amara'),
      name('general', 'secretary', 'amara'),
      { type: 'define-role', circleId: 'general', role: { roleId: 'treasurer', name: 'Treasurer' } },
    ]);
    expect(circleSetup(circle(structure, 'general'), history, today).unfilledRoles).toEqual([]);
  });

  it('the default policy a circle starts with is not chosen; a policy set for another circle does not count', () => {
    const { history } = walk([
      createGeneral,
      { type: 'create-circle', circleId: 'kitchen', name: 'Kitchen', parentId: 'general' },
      { type: 'set-circle-policy', circleId: 'general', policy: defaultCirclePolicy },
    ]);
    expect(policyChosen({ circleId: 'kitchen' }, history)).toBe(false);
    // Choosing the very default is a choice all the same.
    expect(policyChosen({ circleId: 'general' }, history)).toBe(true);
  });

  it('a circle is complete exactly when every item is done, whatever its state', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        fc.subarray(['leader', 'delegate', 'facilitator', 'secretary']),
        fc.boolean(),
        fc.boolean(),
        (aim, domain, memberCount, held, bound, chosen) => {
          const members = ['amara', 'ben', 'chloe', 'dev'].slice(0, memberCount);
          const terms = held.map((roleId) => term(roleId, members[0] ?? 'amara', '2026-01-01', '2026-12-31'));
          const value: Circle = {
            ...circleValue('kitchen', { parentId: 'general', members, terms }),
            aim: aim ? 'Good food' : '',
            domain: domain ? 'The kitchen' : '',
            binding: bound ? { kind: 'chat', chatId: '19:kitchen@thread.v2' } : null,
          };
          const history: StructureEvent[] = chosen
            ? [{ type: 'circle-policy-set', at: now, by: 'admin', circleId: 'kitchen', policy: defaultCirclePolicy }]
            : [];
          const setup = circleSetup(value, history, today);
          const expected = aim && domain && memberCount >= 2 && held.length === 4 && bound && chosen;
          expect(setup.complete).toBe(expected);
          expect(setup.unfilledRoles.length).toBe(4 - held.length);
        },
      ),
    );
  });
});

describe('who may start the organisation', () => {
  it('only an organisation admin may create the general circle, and the decider refuses anyone else in the same words', () => {
    expect(mayCreateGeneralCircle(admin)).toBe(true);
    expect(mayCreateGeneralCircle(as('amara'))).toBe(false);
    expect(mayCreateGeneralCircle({ kind: 'system' })).toBe(false);
    const refused = transition(structureDecider, emptyStructure, createGeneral, as('amara'), now);
    expect(refused.ok ? null : refused.error.code).toBe('not-permitted');
  });
});
