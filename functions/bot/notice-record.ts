import type { Circle, Structure } from '../../shared';
import { selectionForCircle } from '../../shared';
import type { StoredConversation } from '../application/ports/conversation-repository';
import type { NoticeRecord } from '../application/ports/notifier';
import type { TabAddress } from '../calendar/tab-link';
import { recordLink } from '../calendar/tab-link';
import { nameOfRole } from '../http/role-names';
import type { Texts } from '../../texts/translate';
import type { AdaptiveCard } from './cards/card';
import { proposalCard } from './cards/proposal-card';
import { selectionCard } from './cards/selection-card';
import { conversationTexts } from './conversation-texts';

/** A record as the notifier shows it: its name, the circle whose members are asked, its card and its place in the tab. */
export interface ShownRecord {
  /** Names the record's card among the conversation's cards (`proposal:<id>`), as the bot's turns do. */
  readonly key: string;
  /** The record's name in a language: a proposal's title, or the role a selection fills. */
  title(texts: Texts): string;
  /** The circle whose members are asked and named. */
  readonly asking: Circle;
  /** The circles whose conversation shows the record, in the order looked for. */
  readonly homes: readonly Circle[];
  readonly deadline: string | null;
  readonly link: string;
  /** The card everyone in the conversation shares, in its language; each member's client fetches their own view. */
  sharedCard(conversation: StoredConversation, now: string): AdaptiveCard;
}

/** The Teams user ids, known in the conversation, of members of these circles: their clients refresh the card to their own view. */
function refreshIds(conversation: StoredConversation, circles: readonly Circle[]): string[] {
  const members = new Set(circles.flatMap((circle) => circle.members.map((member) => member.personId)));
  return Object.entries(conversation.teamsUserIds).flatMap(([personId, userId]) => (members.has(personId) ? [userId] : []));
}

/** The two circles of a selection, as the structure the core and the shared card read them from (neither reads more). */
export function selectionCircles(record: Extract<NoticeRecord, { kind: 'selection' }>): Structure {
  const { selectingCircle, filledCircle } = record;
  return { circles: { [selectingCircle.circleId]: selectingCircle, [filledCircle.circleId]: filledCircle }, roleLimit: 3 };
}

export function shownRecord(record: NoticeRecord, tab: TabAddress): ShownRecord {
  if (record.kind === 'proposal') {
    const { proposal, circle } = record;
    return {
      key: `proposal:${proposal.proposalId}`,
      title: () => proposal.title,
      asking: circle,
      homes: [circle],
      deadline: 'round' in proposal && proposal.round ? proposal.round.deadline : null,
      link: recordLink(tab, 'proposal', proposal.circleId, proposal.proposalId),
      sharedCard: (conversation, now) =>
        proposalCard(
          { proposal, circle, viewer: null, now, refreshUserIds: refreshIds(conversation, [circle]) },
          conversationTexts(conversation),
        ),
    };
  }
  const { selection, selectingCircle, filledCircle } = record;
  const structure = selectionCircles(record);
  return {
    key: `selection:${selection.selectionId}`,
    title: (texts) => {
      const { roleId } = selection;
      const role = nameOfRole(texts, filledCircle, roleId, true);
      return texts.t('notices', 'selectionRecord', { role, circle: filledCircle.name });
    },
    asking: selectingCircle,
    homes: [selectingCircle, filledCircle],
    deadline: 'round' in selection ? selection.round.deadline : null,
    link: recordLink(tab, 'selection', selection.circleId, selection.selectionId),
    sharedCard: (conversation, now) =>
      selectionCard(
        {
          selection: selectionForCircle(selection),
          stored: selection,
          structure,
          viewer: null,
          now,
          refreshUserIds: refreshIds(conversation, [selectingCircle, filledCircle]),
        },
        conversationTexts(conversation),
      ),
  };
}
