import { createHash } from 'node:crypto';
import type { Actor, Circle, Proposal, TeamsBinding } from '../../shared';
import { activeCircles, fromZodError, readProposal } from '../../shared';
import { sendDueReminders } from '../application/send-reminders';
import { changeStructure } from '../application/change-structure';
import type { InStep } from '../application/handle-command';
import { runProposalStep } from '../application/run-proposal-step';
import type { ConversationRepository, StoredConversation, TeamsUser } from '../application/ports/conversation-repository';
import type { LoadedProposal } from '../application/ports/proposal-repository';
import type { ConversationMembers } from '../application/ports/roster-repository';
import type { Services } from '../composition/services';
import type { ExecuteValue, ProposalStepData } from './card-actions';
import { BindData, CreateCircleData, DraftData, ShownProposal, ProposalStepData as StepSchema } from './card-actions';
import type { AdaptiveCard } from './cards/card';
import { errorCard, greetingCard, withBanner } from './cards/conversation-cards';
import { proposalCard } from './cards/proposal-card';
import { withWarnings } from './cards/warnings-section';
import type { Texts } from '../../texts/translate';
import { conversationPoster } from './adapter';
import { conversationTexts } from './conversation-texts';
import { refusalText } from './core-words';
import { notifierOf } from './notifier';
import { remindWith } from './reminders';
import {
  addPeopleFromRoster,
  offersAnyone,
  readRosterAgain,
  rosterOnBind,
  sharedRosterCard,
  showRoster,
  viewerRosterCard,
} from './roster-actions';
import { selectionStep, showSelection, startSelection } from './selection-actions';

/** Who clicked or typed, where, as Teams told us. */
export interface Caller {
  readonly tenantId: string;
  readonly personId: string;
  readonly actor: Actor;
  readonly conversationId: string;
  /** How the core records this conversation on a circle. */
  readonly binding: TeamsBinding;
  /** Teams retries an invoke with the same activity id: it makes the step apply once. */
  readonly operationId?: string;
  /** The request's one reading of the clock: every step and card of it is at this instant. */
  readonly now: string;
  /** The words of the person who acted, in their Teams client's language: their replies and their own view of a card. */
  readonly texts: Texts;
  /** The conversation as this request read and remembered it, read once and passed along. */
  readonly conversation: StoredConversation | null;
  /** The caller's Teams user id when the conversation does not keep it yet: a step's write keeps it. */
  readonly unkeptUser?: TeamsUser;
}

/**
 * The circle's shared card of a record, for the conversation's message that shows it:
 * `record` names the record (`proposal:<id>`), and `fromClicked` says the clicked
 * message becomes that card (a form whose answer created the record).
 */
export interface SharedCard {
  readonly card: AdaptiveCard;
  readonly record: string;
  readonly fromClicked: boolean;
}

/**
 * The card shown to the person who acted, and, when the record changed and this
 * conversation is the home of the record's circle, the card everyone there shares.
 * Anywhere else only the person who acted sees it: circle-private data stays in the circle.
 */
export interface Outcome {
  readonly viewer: AdaptiveCard;
  readonly shared?: SharedCard;
  /** True when a step stored kept the caller's `unkeptUser` with it. */
  readonly keptUser?: boolean;
}

export interface BotDeps {
  readonly services: Services;
  readonly conversations: ConversationRepository;
}

export const sameBinding = (a: TeamsBinding | null, b: TeamsBinding) => a !== null && JSON.stringify(a) === JSON.stringify(b);

/** The circle this conversation is bound to, if any. */
export function boundCircle(circles: readonly Circle[], binding: TeamsBinding): Circle | null {
  return circles.find((circle) => sameBinding(circle.binding, binding)) ?? null;
}

/**
 * What follows a step taken from a card: kept in step, and people told of it. The
 * turn shows the record's card in the caller's conversation itself, so the notifier
 * leaves that one card alone.
 */
export function inStepOf(deps: BotDeps, caller: Caller): InStep {
  return {
    sources: deps.services,
    tenantId: caller.tenantId,
    now: caller.now,
    notifier: notifierOf(deps.services),
    shownIn: caller.conversationId,
  };
}

export const operation = (caller: Caller, part: string) => (caller.operationId ? `${caller.operationId.slice(0, 100)}.${part}` : undefined);
export const shortId = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 12);

/** The Teams user ids, known in this conversation, of those who may read the record: members of its circles. */
export function refreshUserIds(caller: Caller, ...circles: Circle[]): string[] {
  const members = new Set(circles.flatMap((circle) => circle.members.map((m) => m.personId)));
  return Object.entries(caller.conversation?.teamsUserIds ?? {}).flatMap(([personId, userId]) => (members.has(personId) ? [userId] : []));
}

/** A proposal with its circle, as a card shows it. */
interface Shown {
  readonly proposal: Proposal;
  readonly circle: Circle;
}

/** The proposal in one read, kept whole (`loaded`) so a step can be decided on it without reading again. */
async function loadProposal(
  deps: BotDeps,
  caller: Caller,
  circleId: string,
  proposalId: string,
): Promise<(Shown & { loaded: LoadedProposal }) | null> {
  const loaded = await deps.services.proposals.load(caller.tenantId, circleId, proposalId);
  const proposal = deps.services.proposals.proposalOf(loaded);
  return proposal && loaded.circle && proposal.circleId === circleId ? { proposal, circle: loaded.circle, loaded } : null;
}

/** The proposal's cards as they are now: the caller's own view and the shared one. */
async function proposalCards(deps: BotDeps, caller: Caller, circleId: string, proposalId: string, banner?: string): Promise<Outcome> {
  const found = await loadProposal(deps, caller, circleId, proposalId);
  return found ? cardsOf(caller, found, banner) : { viewer: errorCard(caller.texts.t('cards', 'errorProposalGone')) };
}

/**
 * The cards of the proposal as the request last read or wrote it: the caller's own in
 * their language, the shared one in the conversation's (each reader's refresh brings theirs).
 */
function cardsOf(caller: Caller, { proposal, circle }: Shown, banner?: string): Outcome {
  const readable = readProposal(proposal, circle, caller.actor);
  if (!readable.ok) return { viewer: errorCard(refusalText(caller.texts, readable.error)) };
  const now = caller.now;
  const refresh = refreshUserIds(caller, circle);
  const viewer = proposalCard({ proposal, circle, viewer: caller.personId, now, refreshUserIds: refresh }, caller.texts);
  if (banner || !sameBinding(circle.binding, caller.binding)) return { viewer: banner ? withBanner(viewer, banner) : viewer };
  const shared = proposalCard({ proposal, circle, viewer: null, now, refreshUserIds: refresh }, conversationTexts(caller.conversation));
  return { viewer, shared: { card: shared, record: `proposal:${proposal.proposalId}`, fromClicked: false } };
}

/** The core's commands for one click of a proposal card. */
function commandsOf(data: ProposalStepData, proposal: Proposal, caller: Caller): Record<string, unknown>[] {
  const base = { proposalId: proposal.proposalId };
  switch (data.step) {
    case 'answer': {
      const text = data.kind === 'concern' ? data.concern : data.kind === 'object' ? data.objection : undefined;
      return [{ ...base, type: 'answer', answer: { kind: data.kind, ...(text ? { text } : {}) } }];
    }
    case 'ask-question':
      return [
        {
          ...base,
          type: 'ask-question',
          questionId: `q-${shortId(`${caller.conversationId}:${caller.operationId ?? `${caller.personId}:${data.question}`}`)}`,
          text: data.question,
        },
      ];
    case 'answer-question':
      return proposal.questions.flatMap((question) => {
        const answer = data[`answer-${question.questionId}`];
        return typeof answer === 'string' && answer.trim() !== ''
          ? [{ ...base, type: 'answer-question', questionId: question.questionId, answer }]
          : [];
      });
    case 'react':
      return [{ ...base, type: 'react', text: data.reaction }];
    case 'amend-proposal':
      return [{ ...base, type: 'amend-proposal', text: data.amendment }];
    case 'withdraw-proposal':
      return [{ ...base, type: 'withdraw-proposal', reason: data.reason }];
    case 'open-consent-round':
      return [{ ...base, type: 'open-consent-round', options: data.mode ? { mode: data.mode } : {} }];
    case 'close-consent-round': {
      const present = data.present
        ?.split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      return [{ ...base, type: 'close-consent-round', ...(present ? { present } : {}) }];
    }
    default:
      return [{ ...base, type: data.step }];
  }
}

async function proposalStep(deps: BotDeps, caller: Caller, raw: Record<string, unknown>): Promise<Outcome> {
  const parsed = StepSchema.safeParse(raw);
  if (!parsed.success) return { viewer: errorCard(caller.texts.t('cards', 'errorUnknownAction')) };
  const data = parsed.data;
  const found = await loadProposal(deps, caller, data.circleId, data.proposalId);
  if (!found) return { viewer: errorCard(caller.texts.t('cards', 'errorProposalGone')) };
  const commands = commandsOf(data, found.proposal, caller);
  if (commands.length === 0) return cardsOf(caller, found, caller.texts.t('cards', 'errorAnswersNeeded'));
  // The cards show the state the last step returned: one read of the proposal serves the whole click.
  let shown: Shown = found;
  let keptUser = false;
  for (const [index, command] of commands.entries()) {
    const opId = operation(caller, String(index));
    const result = await runProposalStep(
      deps.services.proposals,
      {
        tenantId: caller.tenantId,
        circleId: data.circleId,
        command,
        actor: caller.actor,
        now: caller.now,
        // Checked where the step is decided, after a retry is recognised as one.
        expectedRevision: data.revision,
        ...(opId ? { operationId: opId } : {}),
        // Only the first step may be decided on the proposal as read: each step's write changes what the next must read.
        ...(index === 0 ? { loaded: found.loaded } : {}),
        // The first step's write keeps the caller's Teams user id: a refused or replayed one writes nothing.
        ...(index === 0 && caller.unkeptUser ? { teamsUser: caller.unkeptUser } : {}),
      },
      inStepOf(deps, caller),
    );
    if (!result.ok) return { ...cardsOf(caller, shown, refusalText(caller.texts, result.error)), keptUser };
    keptUser ||= index === 0 && caller.unkeptUser !== undefined && !result.value.replayed;
    shown = result.value;
  }
  return { ...cardsOf(caller, shown), keptUser };
}

async function draftProposal(deps: BotDeps, caller: Caller, raw: Record<string, unknown>): Promise<Outcome> {
  const parsed = DraftData.safeParse(raw);
  if (!parsed.success) return { viewer: errorCard(refusalText(caller.texts, fromZodError(parsed.error))) };
  const { circleId, reviewOfDecision, ...texts } = parsed.data;
  const proposalId = `p-${shortId(`${caller.tenantId}:${caller.conversationId}:${caller.operationId ?? `${caller.personId}:${texts.title}:${caller.now}`}`)}`;
  const result = await runProposalStep(deps.services.proposals, {
    tenantId: caller.tenantId,
    circleId,
    command: {
      type: 'draft-proposal',
      proposalId,
      ...texts,
      ...(reviewOfDecision ? { reviewOf: { kind: 'decision', proposalId: reviewOfDecision } } : {}),
    },
    actor: caller.actor,
    now: caller.now,
    ...(caller.operationId ? { operationId: caller.operationId } : {}),
  });
  if (!result.ok) return { viewer: errorCard(refusalText(caller.texts, result.error)) };
  // The form's message becomes the proposal's card.
  return fromClicked(cardsOf(caller, result.value));
}

/** The outcome with its shared card taking the clicked message's place. */
export function fromClicked(outcome: Outcome): Outcome {
  return outcome.shared ? { ...outcome, shared: { ...outcome.shared, fromClicked: true } } : outcome;
}

/**
 * The conversation speaks the language of whoever bound it to its circle: what the
 * app posts there on its own (rounds opened, reminders, minutes) is written in it.
 */
async function speakHere(deps: BotDeps, caller: Caller): Promise<Caller> {
  const locale = caller.texts.locale;
  if (caller.conversation?.locale === locale) return caller;
  const conversation = await deps.conversations.update(caller.tenantId, caller.conversationId, (current) => ({
    ...current,
    conversationId: caller.conversationId,
    reference: current?.reference ?? caller.conversation?.reference ?? {},
    teamsUserIds: current?.teamsUserIds ?? {},
    cards: current?.cards ?? {},
    locale,
  }));
  return { ...caller, conversation: conversation ?? caller.conversation };
}

/**
 * Binds the conversation to a circle; with `create`, creates the circle first, in the
 * same change. With the conversation's `members` at hand, the person who bound it is
 * offered, on their own card, the people here who are not members yet.
 */
async function bind(
  deps: BotDeps,
  asked: Caller,
  circleId: string,
  members?: ConversationMembers,
  create?: Record<string, unknown>,
): Promise<Outcome> {
  const binding = { type: 'bind-circle', circleId, binding: asked.binding };
  const commands = create ? [{ type: 'create-circle', circleId, ...create }, binding] : [binding];
  const changed = await changeStructure(deps.services.structures, asked.tenantId, commands, asked.actor, asked.now);
  const { structure } = await deps.services.structures.load(asked.tenantId);
  const circles = activeCircles(structure);
  const bound = boundCircle(circles, asked.binding);
  const card = greetingCard(circles, bound, asked.texts);
  if (!changed.ok) return { viewer: withBanner(card, refusalText(asked.texts, changed.error)) };
  const caller = await speakHere(deps, asked);
  const viewer = withWarnings(card, changed.value.warnings, caller.texts);
  // A circle bound to a conversation hears at once of the reviews due in it; what cannot be posted now, the timer posts later.
  await sendDueReminders({ ...deps.services, remind: remindWith(conversationPoster(deps.services)) }, caller.now, {
    tenantId: caller.tenantId,
  }).catch(() => undefined);
  if (!members || !bound) return { viewer, shared: { card, record: 'binding', fromClicked: true } };
  const roster = await rosterOnBind(deps, caller, members);
  // Everyone sees who is not a member yet; those who may add them get the form, on refresh or “Show my view”.
  const sharedCard = offersAnyone(bound, roster) ? sharedRosterCard(deps, structure, bound, caller, roster, card.body) : card;
  const rosterView = withWarnings(viewerRosterCard(structure, bound, caller, roster, card.body), changed.value.warnings, caller.texts);
  return { viewer: rosterView, shared: { card: sharedCard, record: 'binding', fromClicked: true } };
}

async function createCircle(deps: BotDeps, caller: Caller, raw: Record<string, unknown>, members?: ConversationMembers): Promise<Outcome> {
  const parsed = CreateCircleData.safeParse(raw);
  if (!parsed.success) return { viewer: errorCard(refusalText(caller.texts, fromZodError(parsed.error))) };
  const circleId = `c-${shortId(`${caller.tenantId}:${caller.conversationId}:${caller.operationId ?? parsed.data.name}`)}`;
  return bind(deps, caller, circleId, members, parsed.data);
}

/**
 * Answers a click on a card. Forged or stale data (an unknown verb, proposal or
 * revision, a non-member, a closed round) gets the caller's own card with the
 * reason on top; nothing is written unless the core accepted the step. `members`
 * reads who is in the conversation, when a binding offers them to the circle.
 */
export async function handleAction(deps: BotDeps, caller: Caller, value: ExecuteValue, members?: ConversationMembers): Promise<Outcome> {
  const { verb, data } = value.action;
  switch (verb) {
    case 'proposal-step':
      return proposalStep(deps, caller, data);
    case 'refresh':
    case 'show-proposal': {
      const ref = ShownProposal.safeParse(data);
      if (!ref.success) return { viewer: errorCard(caller.texts.t('cards', 'errorNoProposal')) };
      const cards = await proposalCards(deps, caller, ref.data.circleId, ref.data.proposalId);
      return { viewer: cards.viewer };
    }
    case 'draft-proposal':
      return draftProposal(deps, caller, data);
    case 'bind-circle': {
      const parsed = BindData.safeParse(data);
      return parsed.success
        ? bind(deps, caller, parsed.data.circleId, members)
        : { viewer: errorCard(caller.texts.t('cards', 'errorBindChoose')) };
    }
    case 'create-circle':
      return createCircle(deps, caller, data, members);
    case 'show-roster':
      return showRoster(deps, caller, data);
    case 'read-roster':
      return readRosterAgain(deps, caller, data, members);
    case 'add-from-roster':
      return addPeopleFromRoster(deps, caller, data);
    case 'selection-step':
      return selectionStep(deps, caller, data);
    case 'start-selection':
      return startSelection(deps, caller, data);
    case 'refresh-selection':
    case 'show-selection':
      return showSelection(deps, caller, data);
    default:
      return { viewer: errorCard(caller.texts.t('cards', 'errorUnknownVerb', { verb: verb.slice(0, 60) })) };
  }
}
