import { textsFor } from '../../../texts/all';
import type { ChangeWarning } from '../../../shared';
import { card, text } from '../../../functions/bot/cards/card';
import { withWarnings } from '../../../functions/bot/cards/warnings-section';
import { cardProblems, cardTexts, cardValidationProblems } from '../../support/adaptive-cards';

const english = textsFor('en');

const warnings: ChangeWarning[] = [
  {
    code: 'leader-is-delegate',
    circleId: 'northside',
    personId: 'amara',
    said: { key: 'warnLeaderIsDelegate', values: { person: 'Amara Okafor', circle: 'Northside care team' } },
  },
  {
    code: 'over-role-limit',
    circleId: 'hub',
    personId: 'chloe',
    said: { key: 'warnOverRoleLimit', values: { person: 'Chloé Martin', roles: 4, limit: 3 } },
  },
];

describe('warnings on the card of the person who acted', () => {
  it('come first, one sentence each, in a warning container that parses clean', () => {
    const shown = withWarnings(card([text('This conversation is the circle “Northside care team”.')]), warnings, english);
    expect(cardProblems(shown)).toEqual([]);
    expect(cardValidationProblems(shown)).toEqual([]);
    expect(shown.body[0]).toMatchObject({ type: 'Container', style: 'warning' });
    expect(cardTexts(shown).slice(0, 3)).toEqual([
      'Amara Okafor is both leader and delegate of “Northside care team”; the double link needs two different people, so the circle should choose another delegate.',
      'Chloé Martin holds 4 roles, more than the organisation’s limit of 3; roles held by the same few people are what the limit guards against.',
      'This conversation is the circle “Northside care team”.',
    ]);
  });

  it('are in the reader’s language: a Dutch reader reads the double link in Dutch', () => {
    const shown = withWarnings(card([text('—')]), warnings.slice(0, 1), textsFor('nl'));
    expect(cardTexts(shown)[0]).toBe(
      'Amara Okafor is zowel leider als afgevaardigde van “Northside care team”; de dubbele koppeling vraagt om twee verschillende mensen, dus de kring kiest beter een andere afgevaardigde.',
    );
  });

  it('leave a card without warnings as it was', () => {
    const plain = card([text('Recorded.')]);
    expect(withWarnings(plain, [], english)).toBe(plain);
  });
});
