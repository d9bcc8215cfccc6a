import fc from 'fast-check';
import type { SelectionEvent, SelectionState } from '../../../shared';
import { selectionDecider, selectionStory, transition } from '../../../shared';
import { unwrap } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import { as } from '../../support/people';
import { northsideDelegate as script, startCommand } from '../../support/selection-flow';

type Step = readonly [command: object, person: string];

/** Runs the selection's steps a day apart, keeping every event as storage keeps them. */
function run(steps: readonly Step[]) {
  let state: SelectionState = { structure: careCoop(), selection: null };
  const events: SelectionEvent[] = [];
  steps.forEach(([command, person], day) => {
    const next = unwrap(transition(selectionDecider, state, { selectionId: script.selectionId, ...command }, as(person), daysFromNow(day)));
    events.push(...next.events);
    state = next.state;
  });
  if (!state.selection) throw new Error('no selection');
  return { selection: state.selection, structure: state.structure, events };
}

const nominations: Step[] = Object.entries(script.nominations).map(([nominator, [nominee, reason]]) => [
  { type: 'nominate', nominee, reason },
  nominator,
]);
const changed = 'Having heard the others, Dev carries our questions best.';
const consentOf = (people: readonly string[]): Step[] => people.map((person) => [{ type: 'answer', answer: { kind: 'consent' } }, person]);
const toChangeRound: Step[] = [[startCommand(script), 'dev'], ...nominations, [{ type: 'close-nominations' }, 'hana']];

/** Farid changes his nomination; Hana proposes Dev; Grace objects; Hana amends the proposal and everyone consents. */
const recorded = run([
  ...toChangeRound,
  [{ type: 'change-nomination', nominee: 'dev', reason: changed }, 'farid'],
  [{ type: 'propose-candidate', candidate: 'dev', reasoning: script.reasoning, options: { mode: 'sync' } }, 'hana'],
  ...consentOf(['amara', 'dev', 'farid', 'hana']),
  [{ type: 'answer', answer: { kind: 'object', text: 'A year is too long for a first term.' } }, 'grace'],
  [{ type: 'close-consent-round' }, 'hana'],
  [{ type: 'amend-candidate-proposal', termMonths: 6, reasoning: `${script.reasoning} Six months, as Grace asked.` }, 'hana'],
  ...consentOf(['amara', 'dev', 'farid', 'grace', 'hana']),
  [{ type: 'close-consent-round' }, 'hana'],
]);

describe('a role selection’s story', () => {
  const story = unwrap(selectionStory(recorded, as('ben')));

  it('shows every nomination with its reason by name, a changed one beside the one it replaced', () => {
    const farid = story.nominations.find((n) => n.nominator.personId === 'farid');
    expect(farid).toMatchObject({
      nominator: { displayName: 'Farid Haddad' },
      original: { nominee: { displayName: 'Grace Lin' }, reason: script.nominations.farid?.[1] },
      changed: { nominee: { displayName: 'Dev Patel' }, reason: changed },
    });
    expect(story.nominations.filter((n) => n.changed !== null)).toHaveLength(1);
    expect(story.nominations.map((n) => n.nominator.displayName).sort()).toEqual([
      'Amara Okafor',
      'Dev Patel',
      'Farid Haddad',
      'Grace Lin',
      'Hana Sato',
    ]);
  });

  it('shows each candidate proposal with who proposed it and every answer by name, the objection integrated by the amendment', () => {
    expect(story.candidates.map((c) => [c.revision, c.candidate.displayName, c.proposedBy?.displayName, c.answers.length])).toEqual([
      [1, 'Dev Patel', 'Hana Sato', 5],
      [2, 'Dev Patel', 'Hana Sato', 5],
    ]);
    expect(story.objections).toEqual([
      expect.objectContaining({
        objector: { personId: 'grace', displayName: 'Grace Lin' },
        revision: 1,
        outcome: expect.objectContaining({ kind: 'integrated', revision: 2, by: { personId: 'hana', displayName: 'Hana Sato' } }),
      }),
    ]);
    expect(story.outcome).toMatchObject({
      kind: 'recorded',
      holder: { displayName: 'Dev Patel' },
      facilitatedBy: { displayName: 'Hana Sato' },
    });
    expect([story.role, story.roleId]).toEqual(['delegate', 'delegate']);
    expect(story.circleName).toBe('Northside care team');
  });

  it('while nominations are hidden, shows a member only their own and refuses those outside the circles', () => {
    const hidden = run([[startCommand(script), 'dev'], ...nominations]);
    fc.assert(
      fc.property(fc.constantFrom('amara', 'dev', 'farid', 'grace', 'hana'), (reader) => {
        const seen = unwrap(selectionStory(hidden, as(reader))).nominations;
        return seen.length === 1 && seen[0]?.nominator.personId === reader;
      }),
    );
    const refused = selectionStory(hidden, as('ben'));
    expect(!refused.ok && refused.error.code).toBe('not-a-member');
  });

  it('tells who withdrew a selection and why', () => {
    const withdrawn = run([...toChangeRound, [{ type: 'withdraw-selection', reason: 'Dev’s term was extended by the hub.' }, 'hana']]);
    expect(unwrap(selectionStory(withdrawn, as('ben'))).outcome).toMatchObject({
      kind: 'withdrawn',
      by: { displayName: 'Hana Sato' },
      reason: 'Dev’s term was extended by the hub.',
    });
  });

  it('tells nominations kept before events were, from the record itself', () => {
    const revealed = run(toChangeRound);
    const told = unwrap(selectionStory({ ...revealed, events: [] }, as('amara'))).nominations;
    expect(told).toHaveLength(5);
    expect(told.every((n) => n.original !== null && n.changed === null)).toBe(true);
  });
});
