import { textsFor } from '../../../texts/all';
import type { Proposal, Reminder, Structure } from '../../../shared';
import { addDays, openReviews, remindersBetween } from '../../../shared';
import { DraftData, StartSelectionData } from '../../../functions/bot/card-actions';
import type { AdaptiveCard } from '../../../functions/bot/cards/card';
import { byteSize, cardByteLimit } from '../../../functions/bot/cards/card';
import { reminderCard } from '../../../functions/bot/cards/reminder-card';
import type { CardAction } from '../../support/adaptive-cards';
import { allActions, cardProblems, cardTexts, cardValidationProblems } from '../../support/adaptive-cards';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, today } from '../../support/clock';
import type { AdoptedProposal } from '../../support/review-decisions';
import { adoptedDecision } from '../../support/review-decisions';

const english = textsFor('en');

/**
 * The card a circle's conversation gets ahead of a review, on its day, and (when the
 * timer caught up on a day it missed) after it: Northside's decision on key safe
 * codes, and Hana's term as Northside's facilitator.
 */
const coop: Structure = careCoop();
const northside = circleOf(coop, 'northside');
const keySafeTitle = 'Key safe codes changed every three months';

/** The key-safe decision adopted 60 days ago through the real decider, to be reviewed on `reviewDate`. */
const keySafeCodes = (reviewDate: string): AdoptedProposal =>
  adoptedDecision(coop, { proposalId: 'key-safe-codes', title: keySafeTitle, reviewDate, draftedAt: daysFromNow(-60) });

/** The reminder of `subjectId` falling on `on`, as the core computes it from the open reviews. */
function reminderOn(subjectId: string, proposals: readonly Proposal[], on: string): Reminder {
  const reviews = openReviews(coop, proposals, on);
  const found = remindersBetween(coop, reviews, addDays(on, -1), on).find((reminder) => reminder.review.subjectId === subjectId);
  if (!found) throw new Error(`no reminder of ${subjectId} on ${on}`);
  return found;
}

/** The card of the key-safe decision's reminder, for a review on `reviewDate`, the reminder falling on `on`, shown on `shownOn`. */
function decisionCard(reviewDate: string, on: string, shownOn: string = on, decision: AdoptedProposal = keySafeCodes(reviewDate)) {
  return { decision, card: reminderCard(reminderOn('key-safe-codes', [decision], on), northside, decision, shownOn, english) };
}

const heading = (card: AdaptiveCard) => cardTexts(card)[0];
const actionTitled = (card: AdaptiveCard, title: string): CardAction => {
  const found = allActions(card).find((action) => action.title === title);
  if (!found) throw new Error(`no action “${title}”`);
  return found;
};
type Input = { type: string; id: string; value?: string; placeholder?: string; isRequired?: boolean; maxLength?: number };
const formOf = (card: AdaptiveCard) =>
  (actionTitled(card, 'Start the review').card as { body: Input[] }).body.filter((element) => element.type.startsWith('Input.'));
const inputOf = (card: AdaptiveCard, id: string) => formOf(card).find((input) => input.id === id);

/** A text of `length` UTF-16 code units made of `word` repeated, as zod and Teams' input count them. */
const textOf = (length: number, word: string) => `${word} `.repeat(Math.ceil(length / (word.length + 1))).slice(0, length);

function expectCleanAndSmall(card: AdaptiveCard) {
  expect(card.version).toBe('1.5');
  expect(cardProblems(card)).toEqual([]);
  expect(cardValidationProblems(card)).toEqual([]);
  expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
}

describe('the reminder of a decision’s review', () => {
  test.each([
    ['14 days ahead', addDays(today, 14), today, today, 'Review in 14 days: Key safe codes changed every three months'],
    [
      'the day before (a circle’s own offset)',
      addDays(today, 1),
      today,
      today,
      'Review in 1 day: Key safe codes changed every three months',
    ],
    ['on the day', today, today, today, 'Review today: Key safe codes changed every three months'],
    [
      'caught up a day late',
      addDays(today, -1),
      addDays(today, -1),
      today,
      'Review 1 day overdue: Key safe codes changed every three months',
    ],
    [
      'caught up three days late',
      addDays(today, -3),
      addDays(today, -3),
      today,
      'Review 3 days overdue: Key safe codes changed every three months',
    ],
  ])('%s, the heading says when the review is', (_when, reviewDate, on, shownOn, expected) => {
    const decision = keySafeCodes(reviewDate);
    // A circle reminded the day before, too.
    const circle = { ...northside, policy: { ...northside.policy, reminderOffsetsDays: [14, 1, 0] } };
    const structure = { ...coop, circles: { ...coop.circles, northside: circle } };
    const reminder = remindersBetween(structure, openReviews(structure, [decision], on), addDays(on, -1), on).find(
      (r) => r.review.subjectId === 'key-safe-codes',
    );
    if (!reminder) throw new Error(`no reminder on ${on}`);
    const card = reminderCard(reminder, circle, decision, shownOn, english);
    expect(heading(card)).toBe(expected);
    expectCleanAndSmall(card);
  });

  test('shows the circle, the review date and the decision as it was adopted', () => {
    const { decision, card } = decisionCard(addDays(today, 14), today);
    const texts = cardTexts(card);
    expect(texts).toContain('Circle: Northside care team');
    expect(texts).toContain(`Review by: ${english.day(`${addDays(today, 14)}T00:00:00Z`)}`);
    expect(texts).toContain('What Northside care team decided in key-safe-codes.');
    expect(texts).toContain(`Adopted by consent on ${english.day(`${decision.adoptedAt.slice(0, 10)}T00:00:00Z`)}.`);
    expect(texts.join(' ')).toContain('continue unchanged with a new review date, amend the decision, or end it');
  });

  test('offers one action, “Start the review”: a form prefilled to continue the decision unchanged, reviewed again six months on', () => {
    const { decision, card } = decisionCard(addDays(today, 14), today);
    expect(card.actions?.map((action) => action.title)).toEqual(['Start the review']);
    expect(actionTitled(card, 'Start the review').type).toBe('Action.ShowCard');
    expect(formOf(card)).toEqual([
      expect.objectContaining({ type: 'Input.Text', id: 'title', value: `Review: ${keySafeTitle}`, isRequired: true, maxLength: 200 }),
      expect.objectContaining({ type: 'Input.Text', id: 'text', value: decision.text, isRequired: true, maxLength: 20_000 }),
      expect.objectContaining({
        type: 'Input.Text',
        id: 'driver',
        value: `The review date of “${keySafeTitle}” has come.`,
        maxLength: 4_000,
      }),
      // Six months after the day the card is shown (21 November 2026).
      expect.objectContaining({ type: 'Input.Date', id: 'reviewDate', value: '2027-05-21', isRequired: true }),
    ]);
  });

  test('its form drafts a proposal that holds the review of this decision, in this circle', () => {
    const { card } = decisionCard(addDays(today, 14), today);
    const draft = actionTitled(card, 'Draft the review');
    expect(draft).toMatchObject({
      type: 'Action.Execute',
      verb: 'draft-proposal',
      data: { subject: 'conversation', circleId: 'northside', reviewOfDecision: 'key-safe-codes' },
    });
    // What Teams sends back: the action's data merged with the form's inputs, as the bot's handler reads it.
    const sent = {
      ...(draft.data as Record<string, unknown>),
      ...Object.fromEntries(formOf(card).map((input) => [input.id, input.value])),
    };
    expect(DraftData.parse(sent)).toEqual({
      circleId: 'northside',
      title: `Review: ${keySafeTitle}`,
      text: 'What Northside care team decided in key-safe-codes.',
      driver: `The review date of “${keySafeTitle}” has come.`,
      reviewDate: '2027-05-21',
      reviewOfDecision: 'key-safe-codes',
    });
  });

  test('a decision that can no longer be read still gets the form, with nothing of its text', () => {
    const reminder = reminderOn('key-safe-codes', [keySafeCodes(today)], today);
    const card = reminderCard(reminder, northside, null, today, english);
    expect(heading(card)).toBe(`Review today: ${keySafeTitle}`);
    expect(cardTexts(card).join(' ')).not.toContain('Adopted by consent');
    expect(inputOf(card, 'text')).not.toHaveProperty('value');
    expectCleanAndSmall(card);
  });

  describe('with a long decision', () => {
    const longTitle = textOf(200, 'Codes');
    const withText = (text: string, title = keySafeTitle) => ({ ...keySafeCodes(addDays(today, 14)), text, title });

    test('a text of 6,000 characters is repeated whole in the form; a longer one is not repeated cut short', () => {
      const fits = withText(textOf(6_000, 'Codes change every three months.'));
      const whole = decisionCard(addDays(today, 14), today, today, fits).card;
      expect(inputOf(whole, 'text')).toMatchObject({ value: fits.text });
      const over = withText(textOf(6_001, 'Codes change every three months.'));
      const notRepeated = decisionCard(addDays(today, 14), today, today, over).card;
      expect(inputOf(notRepeated, 'text')).toMatchObject({
        placeholder: expect.stringContaining('Write the whole text'),
        isRequired: true,
      });
      expect(inputOf(notRepeated, 'text')).not.toHaveProperty('value');
    });

    test.each([
      ['in English', textOf(20_000, 'Key safe codes change every three months.')],
      ['in Japanese (three bytes a character)', textOf(20_000, 'キーボックスの暗証番号は三か月ごとに変更します。')],
      ['in emoji (four bytes a character)', '🔑'.repeat(10_000)],
      ['of 6,000 characters in Japanese, repeated whole', textOf(6_000, 'キーボックスの暗証番号は三か月ごとに変更します。')],
    ])('a 200-character title and a text %s: the card fits a Teams message and parses clean', (_kind, text) => {
      expect(text.length).toBeLessThanOrEqual(20_000);
      const decision = withText(text, longTitle);
      const card = reminderCard(reminderOn('key-safe-codes', [decision], today), northside, decision, today, english);
      expectCleanAndSmall(card);
      // The card shows the decision's beginning; the tab shows it whole.
      const shown = cardTexts(card).find((line) => line.startsWith(text.slice(0, 20)));
      expect(shown).toBeDefined();
      expect(Array.from(shown ?? '').length).toBeLessThanOrEqual(600);
      expect(inputOf(card, 'title')?.value?.length).toBeLessThanOrEqual(200);
    });
  });
});

describe('the reminder of a role term’s review', () => {
  // Hana's term as Northside's facilitator began today and ends a year on (the default term).
  const termEnd = northside.assignments.find((a) => a.assignmentId === 'northside-facilitator')?.termEnd ?? '';
  const reminder = reminderOn('northside-facilitator', [], addDays(termEnd, -14));
  const card = reminderCard(reminder, northside, null, addDays(termEnd, -14), english);

  test('names the role and its holder, and says the term ends on its review date', () => {
    expect(termEnd).toBe('2027-11-21');
    expect(heading(card)).toBe('Review in 14 days: Facilitator term of Hana Sato');
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['Circle: Northside care team', 'Review by: Nov 21, 2027']));
    expect(cardTexts(card).join(' ')).toContain('The circle selects the role again by consent');
  });

  test('offers to start the selection of the role’s next term in this circle', () => {
    expect(allActions(card)).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        title: 'Start the selection',
        verb: 'start-selection',
        data: { subject: 'conversation', circleId: 'northside', roleId: 'facilitator' },
      }),
    ]);
    expect(StartSelectionData.parse(allActions(card)[0]?.data)).toEqual({ circleId: 'northside', roleId: 'facilitator' });
  });

  test('parses clean and fits', () => {
    expectCleanAndSmall(card);
  });
});
