import { textsFor } from '../../../texts/all';
import type { OfferedPerson } from '../../../shared';
import { offeredOnCard, rosterCard } from '../../../functions/bot/cards/roster-card';
import { byteSize, cardByteLimit } from '../../../functions/bot/cards/card';
import { actionTitles, cardProblems, cardTexts, cardValidationProblems, inputIds } from '../../support/adaptive-cards';

const english = textsFor('en');

const circle = { circleId: 'northside', name: 'Northside care team' };
const outsider = (n: number, guest = false): OfferedPerson => ({
  personId: `p-${n}`,
  displayName: `Person ${n} ${'with a long family name '.repeat(6)}`.trim(),
  guest,
  member: false,
});

describe('the roster card', () => {
  it('offers at most forty people on a card Teams takes, and sends the rest to the tab', () => {
    const people = Array.from({ length: 120 }, (_, n) => outsider(n, n % 3 === 0));
    const shown = rosterCard({ circle, people, complete: true, mayAdd: true }, english);
    const choices = (shown.body.find((e) => e.type === 'Input.ChoiceSet') as { choices: unknown[] }).choices;
    expect(choices).toHaveLength(offeredOnCard);
    expect(cardTexts(shown).join(' ')).toContain(`…and ${120 - offeredOnCard} more: the tab lists everyone.`);
    expect(byteSize(shown)).toBeLessThan(cardByteLimit);
    expect(cardProblems(shown)).toEqual([]);
    expect(cardValidationProblems(shown)).toEqual([]);
  });

  it('says when the conversation had more people than one reading takes', () => {
    const shown = rosterCard({ circle, people: [outsider(1)], complete: false, mayAdd: true }, english);
    expect(cardTexts(shown).join(' ')).toContain('more people than I could read at once; I read 1 of them.');
  });

  it('gives the form only to whoever may add members, the list to everyone else', () => {
    const people = [outsider(1), outsider(2, true)];
    const viewer = rosterCard({ circle, people, complete: true, mayAdd: false }, english);
    expect(actionTitles(viewer)).toEqual([]);
    expect(inputIds(viewer)).toEqual([]);
    expect(cardTexts(viewer).join(' ')).toContain('(guest)');
    expect(actionTitles(rosterCard({ circle, people, complete: true, mayAdd: true }, english))).toEqual(['Add to the circle']);
  });

  it('says everyone is in when nobody is left to add, and that nobody was read when Teams could not be asked', () => {
    expect(
      cardTexts(rosterCard({ circle, people: [{ ...outsider(1), member: true }], complete: true, mayAdd: true }, english)).join(' '),
    ).toContain('Everyone here is already a member');
    expect(cardTexts(rosterCard({ circle, people: null, complete: true, mayAdd: true }, english)).join(' ')).toContain(
      'I couldn’t read this chat’s members just now',
    );
  });

  it('offers to read the members again when they could not be read, to anyone who sees that card', () => {
    for (const mayAdd of [true, false]) {
      const unread = rosterCard({ circle, people: null, complete: true, mayAdd }, english);
      expect(unread.actions).toEqual([
        {
          type: 'Action.Execute',
          title: 'Read the members again',
          verb: 'read-roster',
          data: { subject: 'conversation', circleId: circle.circleId },
        },
      ]);
      expect(inputIds(unread)).toEqual([]);
    }
  });

  it('says who was added, who was a member already, and why someone was refused', () => {
    const member = (name: string, guest = false) => ({ personId: name.toLowerCase(), displayName: name, guest });
    const shown = rosterCard(
      {
        circle,
        people: [],
        complete: true,
        mayAdd: true,
        addition: {
          added: [member('Ines', false), member('Jonah', true)],
          already: [member('Dev')],
          refused: [
            { member: member('Kofi'), reason: { key: 'recordFull', values: { record: 'circle', characters: 70_100, most: 70_000 } } },
          ],
        },
      },
      english,
    );
    const words = cardTexts(shown).join(' ');
    expect(words).toContain('Added to the circle: Ines, Jonah (guest).');
    expect(words).toContain('Already members: Dev.');
    expect(words).toContain('Kofi was not added: This circle is full: the step would make it 70100 characters long');
  });
});
