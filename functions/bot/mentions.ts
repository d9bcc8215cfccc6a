import type { Activity } from '@microsoft/agents-activity';
import { MessageFactory } from '@microsoft/agents-hosting';
import type { Circle } from '../../shared';
import type { StoredConversation } from '../application/ports/conversation-repository';

/** Mentions written into a message's text, and the entities Teams needs to notify each person. */
export interface Mentions {
  readonly text: string;
  readonly entities: readonly Record<string, unknown>[];
}

/** A name inside `<at>…</at>`: angle brackets would end the tag early. */
const mentionName = (name: string) => name.replace(/[<>]/g, '').trim() || 'member';

/**
 * Mentions of people in a circle's conversation: by the Teams user id the
 * conversation keeps for them when they have acted there, else by their Entra
 * object id (a person's id in this app), which Teams also takes for a user.
 */
export function mentionsOf(conversation: StoredConversation, circle: Circle, people: readonly string[]): Mentions {
  const entities = people.map((personId) => {
    const name = mentionName(circle.members.find((member) => member.personId === personId)?.displayName ?? personId);
    const id = Object.hasOwn(conversation.teamsUserIds, personId) ? (conversation.teamsUserIds[personId] as string) : personId;
    return { type: 'mention', text: `<at>${name}</at>`, mentioned: { id, name } };
  });
  return { text: entities.map((entity) => entity.text).join(', '), entities };
}

/** A plain message whose text carries the mentions. */
export function mentionMessage(text: string, mentions: Mentions): Activity {
  const message = MessageFactory.text(text);
  message.entities = [...mentions.entities] as Activity['entities'];
  return message;
}
