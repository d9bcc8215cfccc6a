import type { Structure, StructureEvent } from '../../../shared';
import { circleChanges, structureDecider, transition } from '../../../shared';
import { unwrap } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import { admin, people } from '../../support/people';
import type { CircleChange } from '../../../shared';
import { textsFor } from '../../../texts/all';

/** A change as an English reader reads it. */
const wordsOf = (change: CircleChange) => textsFor('en').say('core', change.said);

/** Northside's changes after the co-op was set up, each a day apart, as the circle's history keeps them. */
function northsideChanges(commands: readonly object[]): { structure: Structure; events: StructureEvent[] } {
  let structure = careCoop();
  const events: StructureEvent[] = [];
  commands.forEach((command, day) => {
    const next = unwrap(transition(structureDecider, structure, { circleId: 'northside', ...command }, admin, daysFromNow(day)));
    events.push(...next.events);
    structure = next.state;
  });
  return { structure, events };
}

describe('a circle’s structure history as a newcomer reads it', () => {
  const { structure, events } = northsideChanges([
    { type: 'add-member', member: people.chloe },
    {
      type: 'assign-role',
      assignmentId: 'northside-secretary-2027',
      roleId: 'secretary',
      personId: 'chloe',
      termStart: '2026-11-22',
      termEnd: '2027-11-21',
    },
    { type: 'remove-member', personId: 'chloe' },
  ]);
  const changes = circleChanges(circleOf(structure, 'northside'), events);

  it('says who joined, who held which role, whose term ended and who left, by name', () => {
    expect(changes.map((c) => [c.kind, wordsOf(c)])).toEqual([
      ['joined', 'Chloé Martin joined.'],
      // A new holder's term ends the one before it, and leaving the circle ends one's terms in it.
      ['term-ended', 'Dev Patel’s term as secretary ended on Nov 21, 2026.'],
      ['term-began', 'Chloé Martin holds secretary from Nov 22, 2026 to Nov 21, 2027.'],
      ['term-ended', 'Chloé Martin’s term as secretary ended on Nov 22, 2026.'],
      ['left', 'Chloé Martin left.'],
    ]);
    expect(changes.every((c) => c.by?.personId === 'admin')).toBe(true);
  });

  it('names someone who left by id when no event of the page names them', () => {
    const left = events.filter((e) => e.type === 'member-removed');
    expect(circleChanges(circleOf(structure, 'northside'), left).map((c) => wordsOf(c))).toEqual(['chloe left.']);
  });

  it('says whose term ended from the circle’s terms when the page does not hold its assignment', () => {
    const { structure: now, events: ended } = northsideChanges([
      { type: 'end-term', assignmentId: 'northside-delegate', lastDay: '2027-01-31' },
    ]);
    expect(circleChanges(circleOf(now, 'northside'), ended).map((c) => wordsOf(c))).toEqual([
      'Dev Patel’s term as delegate ended on Jan 31, 2027.',
    ]);
  });

  it('tells every kind of change to a circle in a sentence', () => {
    const { structure: after, events: all } = northsideChanges([
      { type: 'rename-circle', name: 'Northside home care' },
      { type: 'describe-circle', aim: 'Care at home', domain: 'Northside' },
      { type: 'define-role', role: { roleId: 'rota-keeper', name: 'Rota keeper' } },
      { type: 'retire-role', roleId: 'rota-keeper' },
      { type: 'set-circle-policy', policy: circleOf(careCoop(), 'northside').policy },
      { type: 'bind-circle', binding: { kind: 'chat', chatId: '19:northside@thread.v2' } },
      { type: 'move-circle', parentId: 'finance' },
    ]);
    expect(circleChanges(circleOf(after, 'northside'), all).map((c) => wordsOf(c))).toEqual([
      'The circle was renamed “Northside home care”.',
      'The circle’s aim and domain were described anew.',
      'The role “Rota keeper” was defined.',
      'The role “Rota keeper” was retired.',
      'The circle changed how it decides (its policy).',
      'The circle was given a home in Teams.',
      'The circle was moved under another parent.',
    ]);
  });

  it('tells a circle’s creation and archiving, and the organisation’s limit of roles', () => {
    const { structure: after, events: all } = northsideChanges([
      { type: 'create-circle', circleId: 'kitchen', name: 'Kitchen', parentId: 'hub' },
      { type: 'set-role-limit', roleLimit: 4 },
      { type: 'archive-circle', circleId: 'kitchen' },
    ]);
    expect(circleChanges(circleOf(after, 'kitchen'), all).map((c) => [c.kind, wordsOf(c)])).toEqual([
      ['circle', 'The circle “Kitchen” was created.'],
      ['policy', 'The organisation now flags more than 4 roles per person.'],
      ['circle', 'The circle was archived.'],
    ]);
  });
});
