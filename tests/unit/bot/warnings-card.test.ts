import { textsFor } from '../../../texts/all';
import type { ChangeWarning } from '../../../shared';
import { card, text } from '../../../functions/bot/cards/card';
import { withWarnings } from '../../../functions/bot/cards/warnings-section';
import { cardProblems, cardTexts, cardValidationProblems } from '../../support/adaptive-cards';

const english = textsFor('en');

const warnings: ChangeWarning[] = [
  { code: 'leader-is-delegate', circleId: 'northside', personId: 'amara', message: 'Amara Okafor is both leader and delegate of “Northside care team”.' },
  { code: 'over-role-limit', circleId: 'hub', personId: 'chloe', message: 'Chloé Martin holds 4 roles, more than the organisation’s limit of 3.' },
];

describe('warnings on the card of the person who acted', () => {
  it('come first, one sentence each, in a warning container that parses clean', () => {
    const shown = withWarnings(card([text('This conversation is the circle “Northside care team”.')]), warnings, english);
    expect(cardProblems(shown)).toEqual([]);
    expect(cardValidationProblems(shown)).toEqual([]);
    expect(shown.body[0]).toMatchObject({ type: 'Container', style: 'warning' });
    expect(cardTexts(shown).slice(0, 3)).toEqual([warnings[0]?.message, warnings[1]?.message, 'This conversation is the circle “Northside care team”.']);
  });

  it('leave a card without warnings as it was', () => {
    const plain = card([text('Recorded.')]);
    expect(withWarnings(plain, [], english)).toBe(plain);
  });
});
