import { CardFactory, MessageFactory } from '@microsoft/agents-hosting';
import { opensRound, proposalTurns, selectionTurns } from '../../shared';
import type { Circle, Turn } from '../../shared';
import type { ActivityFeed, ActivityNotice } from '../application/ports/activity-feed';
import type { ConversationRepository, StoredConversation } from '../application/ports/conversation-repository';
import type { NoticeRecord, Notifier, StoredStep } from '../application/ports/notifier';
import { conversationIdOf } from '../application/send-reminders';
import type { TabAddress } from '../calendar/tab-link';
import { recordLink } from '../calendar/tab-link';
import type { Services } from '../composition/services';
import type { ConversationPoster } from './adapter';
import { conversationPoster } from './adapter';
import type { AdaptiveCard } from './cards/card';
import { meetingUnderWayCard } from './cards/meeting-under-way-card';
import { minutesCard } from './cards/minutes-card';
import { mentionMessage, mentionsOf } from './mentions';
import { conversationTexts } from './conversation-texts';
import { deadlineWords, previewKeys } from './notice-words';
import type { Texts } from '../../texts/translate';
import type { ShownRecord } from './notice-record';
import { selectionCircles, shownRecord } from './notice-record';

const feedTypeOf: Record<Turn['awaits'], ActivityNotice['activityType']> = {
  answer: 'answerAwaited',
  nomination: 'nominationAwaited',
  integration: 'integrationAwaited',
};

/** Whose turn the step made it, as the core says. */
function turnsOf(step: StoredStep): Turn[] {
  const { record, events, now } = step;
  if (record.kind === 'proposal')
    return proposalTurns(
      record.proposal,
      record.circle,
      events.filter((event) => 'proposalId' in event),
    );
  return selectionTurns(
    record.selection,
    selectionCircles(record),
    events.filter((event) => 'selectionId' in event),
    now,
  );
}

/** Runs every channel's part, each on its own: one channel's failure neither stops nor hides another's. */
async function fanOut(parts: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(parts)).flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  if (failed.length > 0)
    throw new AggregateError(failed, failed.map((error) => (error instanceof Error ? error.message : String(error))).join('; '));
}

interface Deps {
  readonly conversations: ConversationRepository;
  readonly poster: ConversationPoster;
  readonly feed: ActivityFeed | null;
  readonly shown: (record: NoticeRecord) => ShownRecord;
  readonly tab: TabAddress;
}

/** The conversation of the first of the record's circles bound to one the bot is in; none where no circle has one (nothing to post). */
async function homeOf(deps: Deps, tenantId: string, shown: ShownRecord): Promise<StoredConversation | null> {
  for (const circle of shown.homes) {
    if (!circle.binding) continue;
    const conversation = await deps.conversations.get(tenantId, conversationIdOf(circle.binding));
    if (conversation) return conversation;
  }
  return null;
}

/** The conversation a circle is bound to, if the bot is in it. */
async function circleHome(deps: Deps, tenantId: string, circle: Circle): Promise<StoredConversation | null> {
  return circle.binding ? deps.conversations.get(tenantId, conversationIdOf(circle.binding)) : null;
}

const cardMessage = (card: AdaptiveCard) => MessageFactory.attachment(CardFactory.adaptiveCard(card));

/** Shows the record's card as it is now in its conversation: the message that shows it updated, or a new one posted and kept. */
async function showCard(deps: Deps, tenantId: string, conversation: StoredConversation, shown: ShownRecord, now: string): Promise<void> {
  const card = shown.sharedCard(conversation, now);
  const known = Object.hasOwn(conversation.cards, shown.key) ? conversation.cards[shown.key] : undefined;
  if (known) return deps.poster.update(conversation, known, card);
  const posted = await deps.poster.send(conversation, cardMessage(card));
  if (!posted) return;
  await deps.conversations.update(tenantId, conversation.conversationId, (current) => ({
    ...current,
    conversationId: conversation.conversationId,
    reference: current?.reference ?? conversation.reference,
    teamsUserIds: current?.teamsUserIds ?? {},
    cards: { ...(current?.cards ?? {}), [shown.key]: posted },
  }));
}

/**
 * A notice to each person in the activity feed, opening the record in the tab. Its
 * template parameters are those the manifest's activity types name
 * (`appPackage/manifest.json`): Graph refuses a notice without one.
 */
function notices(
  texts: Texts,
  shown: ShownRecord,
  people: readonly { personId: string; activityType: ActivityNotice['activityType'] }[],
  extra: Readonly<Record<string, string>> = {},
): ActivityNotice[] {
  const title = shown.title(texts);
  return people.map(({ personId, activityType }) => ({
    personId,
    activityType,
    previewText: texts.t('notices', previewKeys[activityType], { record: title }),
    recordUrl: shown.link,
    templateParameters: { title, circle: shown.asking.name, ...extra },
  }));
}

async function toFeed(deps: Deps, tenantId: string, sent: readonly ActivityNotice[]): Promise<void> {
  if (deps.feed && sent.length > 0) await deps.feed.notify(tenantId, sent);
}

/**
 * The record's home conversation, read once for both channels, and the language of
 * its feed notices: the conversation's, or English where it cannot be read (the
 * conversation's own part reports that failure).
 */
function homeAndTexts(deps: Deps, tenantId: string, shown: ShownRecord) {
  // Read when first awaited, once: a step that posts nothing and tells nobody reads nothing.
  let read: Promise<StoredConversation | null> | undefined;
  const home = () => {
    read ??= homeOf(deps, tenantId, shown);
    return read;
  };
  return { home, texts: () => home().then(conversationTexts, () => conversationTexts(null)) };
}

/** A deadline as the conversation's message writes it; none for a round closed in a meeting. */
const deadlineIn = (texts: Texts, shown: ShownRecord) => (shown.deadline ? deadlineWords(texts, shown.deadline, shown.asking) : null);

function notifierWith(deps: Deps): Notifier {
  return {
    async stepStored(step) {
      const shown = deps.shown(step.record);
      const turns = turnsOf(step);
      const { home: homeConversation, texts } = homeAndTexts(deps, step.tenantId, shown);
      const inConversation = async () => {
        const conversation = await homeConversation();
        if (!conversation) return;
        const words = conversationTexts(conversation);
        // A step taken from a card in this conversation has its card shown there by the bot's own turn.
        if (conversation.conversationId !== step.shownIn) await showCard(deps, step.tenantId, conversation, shown, step.now);
        const asked = turns.filter((turn) => turn.awaits !== 'integration').map((turn) => turn.personId);
        if (!opensRound(step.events) || asked.length === 0) return;
        const mentions = mentionsOf(conversation, shown.asking, asked);
        const record = shown.title(words);
        const deadline = deadlineIn(words, shown);
        const text = turns.some((turn) => turn.awaits === 'nomination')
          ? words.t('notices', 'nominationsOpened', { record, names: mentions.text })
          : deadline
            ? words.t('notices', 'roundOpened', { record, names: mentions.text, deadline })
            : words.t('notices', 'roundOpenedInMeeting', { record, names: mentions.text });
        await deps.poster.send(conversation, mentionMessage(text, mentions));
      };
      // A card's step in the record's own conversation is shown there by the bot's turn: unless it opens a round, nothing to post.
      const home = shown.homes.find((circle) => circle.binding);
      const shownAtHome = home?.binding ? conversationIdOf(home.binding) === step.shownIn : false;
      const toConversation = shownAtHome && !opensRound(step.events) ? Promise.resolve() : inConversation();
      // Nobody newly awaited, no notice: the conversation is then not read for its language.
      const feedNotices = async () =>
        turns.length === 0
          ? []
          : notices(
              await texts(),
              shown,
              turns.map((turn) => ({ personId: turn.personId, activityType: feedTypeOf[turn.awaits] })),
            );
      await fanOut([toConversation, feedNotices().then((sent) => toFeed(deps, step.tenantId, sent))]);
    },

    async remindAwaited(reminder) {
      if (reminder.people.length === 0) return;
      const shown = deps.shown(reminder.record);
      const { home: homeConversation, texts } = homeAndTexts(deps, reminder.tenantId, shown);
      const inConversation = async () => {
        const conversation = await homeConversation();
        if (!conversation) return;
        const words = conversationTexts(conversation);
        const mentions = mentionsOf(conversation, shown.asking, reminder.people);
        const values = { record: shown.title(words), names: mentions.text };
        const deadline = deadlineIn(words, shown);
        const facilitator = reminder.why === 'facilitator';
        const text = deadline
          ? words.t('notices', facilitator ? 'reminded' : 'closingSoon', { ...values, deadline })
          : words.t('notices', facilitator ? 'remindedNoDeadline' : 'closingSoonNoDeadline', values);
        await deps.poster.send(conversation, mentionMessage(text, mentions));
      };
      const activityType = reminder.why === 'facilitator' ? 'reminder' : 'closingSoon';
      const feedNotices = async () =>
        notices(
          await texts(),
          shown,
          reminder.people.map((personId) => ({ personId, activityType })),
        );
      await fanOut([inConversation(), feedNotices().then((sent) => toFeed(deps, reminder.tenantId, sent))]);
    },

    async roundKeptOpen(notice) {
      const shown = deps.shown(notice.record);
      const facilitator = notice.facilitator;
      const { home: homeConversation, texts } = homeAndTexts(deps, notice.tenantId, shown);
      const inConversation = async () => {
        const conversation = await homeConversation();
        if (!conversation) return;
        const words = conversationTexts(conversation);
        const mentions = mentionsOf(conversation, shown.asking, facilitator ? [facilitator] : []);
        const named = facilitator ? mentions.text : words.t('notices', 'keptOpenFacilitator');
        const text = words.t('notices', 'keptOpen', {
          record: shown.title(words),
          facilitator: named,
          reason: words.say('refusals', notice.reason),
        });
        await deps.poster.send(conversation, mentionMessage(text, mentions));
      };
      const told = async () => {
        if (!facilitator) return [];
        const words = await texts();
        return notices(words, shown, [{ personId: facilitator, activityType: 'roundKeptOpen' }], {
          reason: words.say('refusals', notice.reason),
        });
      };
      await fanOut([inConversation(), told().then((sent) => toFeed(deps, notice.tenantId, sent))]);
    },

    async minutesTaken(notice) {
      const conversation = await circleHome(deps, notice.tenantId, notice.circle);
      if (!conversation) return;
      const link = recordLink(deps.tab, 'meeting', notice.minutes.circleId, notice.minutes.meetingId);
      await deps.poster.send(conversation, cardMessage(minutesCard(notice.circle, notice.minutes, link, conversationTexts(conversation))));
    },

    async meetingUnderWay(notice) {
      const conversation = await circleHome(deps, notice.tenantId, notice.circle);
      if (!conversation) return;
      const link = recordLink(deps.tab, 'meeting', notice.meeting.circleId, notice.meeting.meetingId);
      await deps.poster.send(
        conversation,
        cardMessage(meetingUnderWayCard(notice.circle, notice.meeting, link, conversationTexts(conversation))),
      );
    },
  };
}

/**
 * How the deployment tells people: the record's card in its circle's conversation,
 * one message mentioning everyone a round asks, and a Teams activity-feed notice to
 * each person whose turn it is (`feed`, Microsoft Graph, where configured). A circle
 * bound to no conversation the bot is in has nothing posted; that is no failure.
 */
export function notifierOf(services: Services, feed: ActivityFeed | null = services.activityFeed): Notifier {
  return notifierWith({
    conversations: services.conversations,
    poster: conversationPoster(services),
    feed,
    shown: (record) => shownRecord(record, services.tabAddress),
    tab: services.tabAddress,
  });
}
