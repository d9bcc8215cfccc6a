import type { AwaitedStep, Circle, Review, Selection } from '../../../shared';
import type { CircleStatus } from '../../application/read-status';
import { addMonths, awaitedGuide, awaitedLabel, circleRoles, dayOf, roleName, standardRoleDefinitions, standardRoles } from '../../../shared';
import { textsFor } from '../../../texts/all';
import { commandWords } from '../command-words';
import type { Action, AdaptiveCard, Element } from './card';
import { card, choiceInput, container, execute, facts, showCard, text, textInput } from './card';

/** What the bot understands; shown for `help` and for anything it does not understand. */
export function helpCard(unknown?: string): AdaptiveCard {
  return card([
    ...(unknown ? [text(`I did not understand “${unknown}”. Here is what I can do:`, { weight: 'Bolder' })] : [text('Sociocracy for Teams', { size: 'Large', weight: 'Bolder' })]),
    text('Decide by consent where you already talk: type one of these.'),
    facts(Object.entries(commandWords)),
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
export function greetingCard(circles: readonly Circle[], bound: Circle | null): AdaptiveCard {
  if (bound) {
    return card([text(`This conversation is the circle “${bound.name}”.`, { weight: 'Bolder' }), text('Consent rounds, role selections and reminders of this circle appear here. Type **help** to see what I can do.')]);
  }
  const create = showCard(
    'Create a new circle',
    [
      textInput('name', 'Name', { required: 'Give the circle a name.', maxLength: 120, multiline: false }),
      textInput('aim', 'Aim: what the circle is for', { maxLength: 2000 }),
      textInput('domain', 'Domain: what it decides about', { maxLength: 2000 }),
      // The first circle of an organisation is its general circle, inside no other.
      ...(circles.length > 0 ? [choiceInput('parentId', 'Inside which circle', circleChoices(circles), 'Choose the circle this one belongs to.')] : [text('This will be the organisation’s general circle.', { subtle: true })]),
    ],
    [execute('Create and bind', 'create-circle', { subject: 'conversation' })],
  );
  // Each choice in its own form: a form's button sends (and checks) only its own inputs.
  const bind = showCard('Bind to a circle', [choiceInput('circleId', 'Circle', circleChoices(circles), 'Choose a circle.')], [execute('Bind to this circle', 'bind-circle', { subject: 'conversation' }, 'positive')]);
  return card(
    [text('Sociocracy for Teams', { size: 'Large', weight: 'Bolder' }), text('Decide by consent here, where you already talk. Which circle is this conversation?')],
    [...(circles.length > 0 ? [bind] : []), create],
  );
}

/** The form behind `propose`: a draft needs a title, the proposal, why it is needed and when to review it. */
export function proposeCard(circles: readonly Circle[], bound: Circle | null, today: string): AdaptiveCard {
  return card(
    [
      text('Draft a proposal', { size: 'Large', weight: 'Bolder' }),
      text('Once drafted, you present it to the circle; the facilitator takes it through questions, reactions and the consent round.', { subtle: true }),
      ...(bound ? [text(`Circle: ${bound.name}`, { weight: 'Bolder' })] : [choiceInput('circleId', 'Circle', circleChoices(circles), 'Choose the circle that decides.')]),
      textInput('title', 'Title', { required: 'Give the proposal a title.', maxLength: 200, multiline: false }),
      textInput('text', 'The proposal', { required: 'Write the proposal.', maxLength: 20000 }),
      textInput('driver', 'Why is it needed? (the driver)', { maxLength: 4000 }),
      { type: 'Input.Date', id: 'reviewDate', label: 'Review by', value: addMonths(today, 6), isRequired: true, errorMessage: 'Every decision has a review date.' },
    ],
    [execute('Draft the proposal', 'draft-proposal', { subject: 'conversation', ...(bound ? { circleId: bound.circleId } : {}) }, 'positive')],
  );
}

/** The card a step links to, where the bot has one: the proposal (or the decision reviewed) or the selection. */
function showAction(step: AwaitedStep): Action | null {
  const title = `Show: ${step.title}`.slice(0, 60);
  if (step.kind === 'proposal' || step.asks === 'decision-review') return execute(title, 'show-proposal', { subject: 'proposal', circleId: step.circleId, proposalId: step.id });
  if (step.kind === 'selection') return execute(title, 'show-selection', { subject: 'selection', circleId: step.circleId, selectionId: step.id });
  return null;
}

/**
 * `status`: what awaits the viewer, most urgent first, as the Me view shows it (in a
 * circle's conversation, what awaits them there), then what else is undecided in
 * those circles, for the facilitator who moves it on.
 */
export function statusCard(status: CircleStatus, circles: readonly Circle[], bound: Pick<Circle, 'name'> | null): AdaptiveCard {
  const where = bound ? ` in ${bound.name}` : '';
  const awaited = new Set(status.awaiting.map((step) => step.id));
  const circleName = (circleId: string) => circles.find((c) => c.circleId === circleId)?.name ?? circleId;
  const stage = (value: string) => value.replace('-', ' ');
  const proposals = status.proposals.filter((p) => !awaited.has(p.proposalId));
  const selections = status.selections.filter((s) => !awaited.has(s.selectionId));
  const roleOf = (s: Selection) => {
    const filled = circles.find((c) => c.circleId === s.circleId);
    return `${filled ? roleName(filled, s.roleId) : s.roleId} of ${circleName(s.circleId)}`;
  };
  const open = [
    ...proposals.map((p) => text(`${p.title} — ${circleName(p.circleId)}, ${stage(p.status)}`, { spacing: 'Small' })),
    ...selections.map((s) => text(`Select: ${roleOf(s)}, ${stage(s.status)}`, { spacing: 'Small' })),
  ];
  const lines = status.awaiting.map((step) =>
    container([
      text(`**${textsFor('en').say('core', awaitedLabel(step))}** · ${step.title} — ${step.circleName}`, { spacing: 'Small' }),
      text(textsFor('en').say('core', awaitedGuide(step)), { subtle: true, spacing: 'None' }),
    ]),
  );
  const shows = [
    ...status.awaiting.flatMap((step): Action[] => {
      const action = showAction(step);
      return action ? [action] : [];
    }),
    ...proposals.map((p) => execute(`Show: ${p.title}`.slice(0, 60), 'show-proposal', { subject: 'proposal', circleId: p.circleId, proposalId: p.proposalId })),
    ...selections.map((s) => execute(`Show: select ${roleOf(s)}`.slice(0, 60), 'show-selection', { subject: 'selection', circleId: s.circleId, selectionId: s.selectionId })),
  ];
  return card(
    [
      text(`Awaiting you${where}`, { size: 'Large', weight: 'Bolder' }),
      ...(lines.length > 0 ? lines : [text(`Nothing awaits you${where}.`)]),
      ...(open.length > 0 ? [text(bound ? `Also open${where}` : 'Also open in your circles', { weight: 'Bolder' }), ...open] : []),
    ],
    shows.slice(0, 6),
  );
}

/** The form behind `select`: which role of the circle to fill; the nominations open at once. */
export function selectCard(circles: readonly Circle[], bound: Circle | null): AdaptiveCard {
  // Outside a bound conversation the circle is chosen in the form: any of the standard roles.
  const roleChoices = (circle: Circle | null) =>
    circle ? circleRoles(circle).map((role) => ({ title: role.name, value: role.roleId })) : standardRoles.map((roleId) => ({ title: standardRoleDefinitions[roleId].name, value: roleId }));
  return card(
    [
      text('Select a role by consent', { size: 'Large', weight: 'Bolder' }),
      text('Members nominate (hidden until revealed), hear each other’s reasons, then consent to the facilitator’s proposal; the candidate answers last.', { subtle: true }),
      ...(bound
        ? [text(`Circle: ${bound.name}`, { weight: 'Bolder' }), choiceInput('roleId', 'Role', roleChoices(bound), 'Choose the role to fill.')]
        : [choiceInput('circleId', 'Circle', circleChoices(circles), 'Choose the circle whose role is filled.'), choiceInput('roleId', 'Role', roleChoices(null), 'Choose the role to fill.')]),
    ],
    [execute('Start the selection', 'start-selection', { subject: 'conversation', ...(bound ? { circleId: bound.circleId } : {}) }, 'positive')],
  );
}

/** `reviews`: what is due or overdue, so the circle consents again or changes course. */
export function reviewsCard(reviews: readonly Review[], now: string): AdaptiveCard {
  const pressing = reviews.filter((r) => r.status !== 'upcoming');
  const today = dayOf(now);
  return card([
    text('Reviews', { size: 'Large', weight: 'Bolder' }),
    ...(pressing.length > 0
      ? pressing.map((r) => text(`${r.status === 'overdue' ? '**Overdue**' : 'Due'} · ${r.title} — review by ${r.reviewDate}`, { spacing: 'Small' }))
      : [text(`Nothing is due for review on ${today}.`)]),
  ]);
}
