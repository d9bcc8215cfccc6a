import type { AwaitedStep, Circle, Review, Selection } from '../../../shared';
import type { CircleStatus } from '../../application/read-status';
import { addMonths, awaitedGuide, awaitedLabel, circleRoles, dayOf, reviewTitleIn, standardRoles } from '../../../shared';
import type { KeyOf } from '../../../texts/catalogues/en';
import { nameOfRole } from '../../http/role-names';
import type { Said } from '../../../shared/texts/said';
import type { Texts } from '../../../texts/translate';
import type { CommandWord } from '../command-words';
import { commandWords } from '../command-words';
import { awaitedTitleText } from '../core-words';
import type { Action, AdaptiveCard, Element } from './card';
import { card, choiceInput, container, execute, facts, showCard, text, textInput } from './card';
import { calendarDay } from './calendar-day';
import { proposalStage, selectionStage } from './stages';

/** What each command word does, as the help card says it; the words themselves are typed as they are. */
const commandMeanings: Record<CommandWord, KeyOf<'cards'>> = {
  propose: 'commandPropose',
  select: 'commandSelect',
  status: 'commandStatus',
  reviews: 'commandReviews',
  bind: 'commandBind',
  help: 'commandHelp',
};

/** What the bot understands; shown for `help` and for anything it does not understand. */
export function helpCard(texts: Texts, unknown?: string): AdaptiveCard {
  const words = texts.of('cards');
  const meanings = (Object.keys(commandWords) as CommandWord[]).map((word) => [word, words(commandMeanings[word])] as const);
  return card([
    ...(unknown
      ? [text(words('helpNotUnderstood', { text: unknown }), { weight: 'Bolder' })]
      : [text(words('appName'), { size: 'Large', weight: 'Bolder' })]),
    text(words('helpIntro')),
    facts(meanings),
  ]);
}

/** A refusal or a problem, in plain words, for the person who clicked or typed. */
export function errorBanner(message: string): Element {
  return container([text(message, { weight: 'Bolder', color: 'Attention' })], 'attention');
}

export function errorCard(message: string, more: Element[] = []): AdaptiveCard {
  return card([errorBanner(message), ...more]);
}

/** The card with a message on top: the viewer's own view after a refused click. */
export function withBanner(shown: AdaptiveCard, message: string): AdaptiveCard {
  return { ...shown, body: [errorBanner(message), ...shown.body] };
}

const circleChoices = (circles: readonly Circle[]) => circles.map((c) => ({ title: c.name, value: c.circleId }));

/**
 * The greeting when the app joins a conversation: the care team *is* a circle, so
 * the conversation is bound to an existing circle or a new one.
 */
export function greetingCard(circles: readonly Circle[], bound: Circle | null, texts: Texts): AdaptiveCard {
  const words = texts.of('cards');
  if (bound) return card([text(words('greetingBound', { circle: bound.name }), { weight: 'Bolder' }), text(words('greetingBoundNote'))]);
  const create = showCard(
    words('createCircle'),
    [
      textInput('name', words('circleNameLabel'), { required: words('circleNameRequired'), maxLength: 120, multiline: false }),
      textInput('aim', words('circleAimLabel'), { maxLength: 2000 }),
      textInput('domain', words('circleDomainLabel'), { maxLength: 2000 }),
      // The first circle of an organisation is its general circle, inside no other.
      ...(circles.length > 0
        ? [choiceInput('parentId', words('circleParentLabel'), circleChoices(circles), words('circleParentRequired'))]
        : [text(words('generalCircleNote'), { subtle: true })]),
    ],
    [execute(words('createAndBind'), 'create-circle', { subject: 'conversation' })],
  );
  // Each choice in its own form: a form's button sends (and checks) only its own inputs.
  const bind = showCard(
    words('bindToCircle'),
    [choiceInput('circleId', words('circleLabel'), circleChoices(circles), words('circleRequired'))],
    [execute(words('bindButton'), 'bind-circle', { subject: 'conversation' }, 'positive')],
  );
  return card(
    [text(words('appName'), { size: 'Large', weight: 'Bolder' }), text(words('greetingQuestion'))],
    [...(circles.length > 0 ? [bind] : []), create],
  );
}

/** The form behind `propose`: a draft needs a title, the proposal, why it is needed and when to review it. */
export function proposeCard(circles: readonly Circle[], bound: Circle | null, today: string, texts: Texts): AdaptiveCard {
  const words = texts.of('cards');
  return card(
    [
      text(words('draftHeading'), { size: 'Large', weight: 'Bolder' }),
      text(words('draftNote'), { subtle: true }),
      ...(bound
        ? [text(words('boundCircle', { circle: bound.name }), { weight: 'Bolder' })]
        : [choiceInput('circleId', words('circleLabel'), circleChoices(circles), words('draftCircleRequired'))]),
      textInput('title', words('titleLabel'), { required: words('draftTitleRequired'), maxLength: 200, multiline: false }),
      textInput('text', words('proposalLabel'), { required: words('draftTextRequired'), maxLength: 20000 }),
      textInput('driver', words('driverLabel'), { maxLength: 4000 }),
      {
        type: 'Input.Date',
        id: 'reviewDate',
        label: words('factReviewBy'),
        value: addMonths(today, 6),
        isRequired: true,
        errorMessage: words('reviewDateRequired'),
      },
    ],
    [
      execute(
        words('draftButton'),
        'draft-proposal',
        { subject: 'conversation', ...(bound ? { circleId: bound.circleId } : {}) },
        'positive',
      ),
    ],
  );
}

/** The card a step links to, where the bot has one: the proposal (or the decision reviewed) or the selection. */
function showAction(step: AwaitedStep, texts: Texts): Action | null {
  const title = texts.t('cards', 'statusShow', { title: awaitedTitleText(texts, step) }).slice(0, 60);
  if (step.kind === 'proposal' || step.asks === 'decision-review')
    return execute(title, 'show-proposal', { subject: 'proposal', circleId: step.circleId, proposalId: step.id });
  if (step.kind === 'selection')
    return execute(title, 'show-selection', { subject: 'selection', circleId: step.circleId, selectionId: step.id });
  return null;
}

/**
 * `status`: what awaits the viewer, most urgent first, as the Me view shows it (in a
 * circle's conversation, what awaits them there), then what else is undecided in
 * those circles, for the facilitator who moves it on.
 */
export function statusCard(
  status: CircleStatus,
  circles: readonly Circle[],
  bound: Pick<Circle, 'name'> | null,
  texts: Texts,
): AdaptiveCard {
  const words = texts.of('cards');
  const awaited = new Set(status.awaiting.map((step) => step.id));
  const circleName = (circleId: string) => circles.find((c) => c.circleId === circleId)?.name ?? circleId;
  const proposals = status.proposals.filter((p) => !awaited.has(p.proposalId));
  const selections = status.selections.filter((s) => !awaited.has(s.selectionId));
  const roleOf = (s: Selection) => {
    const role = nameOfRole(
      texts,
      circles.find((c) => c.circleId === s.circleId),
      s.roleId,
    );
    return words('statusRole', { role, circle: circleName(s.circleId) });
  };
  const open = [
    ...proposals.map((p) =>
      text(words('statusProposalLine', { title: p.title, circle: circleName(p.circleId), stage: words(proposalStage[p.status]) }), {
        spacing: 'Small',
      }),
    ),
    ...selections.map((s) =>
      text(words('statusSelectionLine', { role: roleOf(s), stage: words(selectionStage[s.status]) }), { spacing: 'Small' }),
    ),
  ];
  const lines = status.awaiting.map((step) =>
    container([
      text(`**${texts.say('core', awaitedLabel(step))}** · ${awaitedTitleText(texts, step)} — ${step.circleName}`, { spacing: 'Small' }),
      text(texts.say('core', awaitedGuide(step)), { subtle: true, spacing: 'None' }),
    ]),
  );
  const shows = [
    ...status.awaiting.flatMap((step): Action[] => {
      const action = showAction(step, texts);
      return action ? [action] : [];
    }),
    ...proposals.map((p) =>
      execute(words('statusShow', { title: p.title }).slice(0, 60), 'show-proposal', {
        subject: 'proposal',
        circleId: p.circleId,
        proposalId: p.proposalId,
      }),
    ),
    ...selections.map((s) =>
      execute(words('statusShowSelection', { role: roleOf(s) }).slice(0, 60), 'show-selection', {
        subject: 'selection',
        circleId: s.circleId,
        selectionId: s.selectionId,
      }),
    ),
  ];
  const where = { circle: bound?.name ?? '' };
  return card(
    [
      text(words(bound ? 'statusHeadingIn' : 'statusHeading', where), { size: 'Large', weight: 'Bolder' }),
      ...(lines.length > 0 ? lines : [text(words(bound ? 'statusNothingIn' : 'statusNothing', where))]),
      ...(open.length > 0 ? [text(words(bound ? 'statusAlsoOpenIn' : 'statusAlsoOpenMine', where), { weight: 'Bolder' }), ...open] : []),
    ],
    shows.slice(0, 6),
  );
}

/** The form behind `select`: which role of the circle to fill; the nominations open at once. */
export function selectCard(circles: readonly Circle[], bound: Circle | null, texts: Texts): AdaptiveCard {
  const words = texts.of('cards');
  // Outside a bound conversation the circle is chosen in the form: any of the standard roles.
  const roleChoices = (circle: Circle | null) =>
    (circle ? circleRoles(circle).map((role) => role.roleId) : standardRoles).map((roleId) => ({
      title: nameOfRole(texts, circle ?? undefined, roleId),
      value: roleId,
    }));
  const role = (circle: Circle | null) => choiceInput('roleId', words('roleLabel'), roleChoices(circle), words('roleRequired'));
  return card(
    [
      text(words('selectHeading'), { size: 'Large', weight: 'Bolder' }),
      text(words('selectNote'), { subtle: true }),
      ...(bound
        ? [text(words('boundCircle', { circle: bound.name }), { weight: 'Bolder' }), role(bound)]
        : [choiceInput('circleId', words('circleLabel'), circleChoices(circles), words('selectCircleRequired')), role(null)]),
    ],
    [
      execute(
        words('startSelection'),
        'start-selection',
        { subject: 'conversation', ...(bound ? { circleId: bound.circleId } : {}) },
        'positive',
      ),
    ],
  );
}

/** `reviews`: what is due or overdue, so the circle consents again or changes course. */
export function reviewsCard(reviews: readonly Review[], now: string, texts: Texts): AdaptiveCard {
  const words = texts.of('cards');
  const say = (said: Said<KeyOf<'core'>>) => texts.say('core', said);
  const pressing = reviews.filter((r) => r.status !== 'upcoming');
  return card([
    text(words('reviewsHeading'), { size: 'Large', weight: 'Bolder' }),
    ...(pressing.length > 0
      ? pressing.map((r) =>
          text(
            words(r.status === 'overdue' ? 'reviewOverdue' : 'reviewDue', {
              title: reviewTitleIn(r, say),
              date: calendarDay(texts, r.reviewDate),
            }),
            {
              spacing: 'Small',
            },
          ),
        )
      : [text(words('reviewsNothing', { date: calendarDay(texts, dayOf(now)) }))]),
  ]);
}
