import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { CardFactory, CloudAdapter, MessageFactory } from '@microsoft/agents-hosting';
import type { Services } from '../composition/services';
import type { StoredConversation } from '../application/ports/conversation-repository';
import type { AdaptiveCard } from './cards/card';

const adapters = new WeakMap<Services, CloudAdapter>();

/**
 * A failed turn goes back to whoever started it: the endpoint answers 503, a timer
 * gives its claim back. The SDK's default would post a message meant for developers
 * into the conversation, and posting may be what failed.
 */
async function rethrow(_context: TurnContext, error: Error): Promise<void> {
  throw error;
}

/**
 * One adapter per deployment's services: the messages endpoint and the timers send
 * through the same one. It only signs and sends; who may call the bot is checked
 * before a turn reaches it (`auth/bot-token.ts`).
 */
export function adapterOf(services: Services): CloudAdapter {
  let adapter = adapters.get(services);
  if (!adapter) {
    adapter = new CloudAdapter({ ...services.botAuth });
    adapter.onTurnError = rethrow;
    adapters.set(services, adapter);
  }
  return adapter;
}

/** Posts into a conversation the bot is in, unprompted: the reminders of the timer, the cards and mentions of a step. */
export interface ConversationPoster {
  post(conversation: StoredConversation, card: AdaptiveCard): Promise<void>;
  /** Sends a message (a card, or text with mentions); gives the new message's id when the channel tells it. */
  send(conversation: StoredConversation, message: Activity): Promise<string | undefined>;
  /** Shows a card in place of a message the bot sent before. */
  update(conversation: StoredConversation, messageId: string, card: AdaptiveCard): Promise<void>;
}

export function conversationPoster(services: Services): ConversationPoster {
  // Without a client id (dev mode, the Agents Playground) the bot sends unsigned, as it receives.
  const identity: Parameters<CloudAdapter['continueConversation']>[0] = services.botAuth.clientId ?? {};
  const within = (conversation: StoredConversation, work: (context: TurnContext) => Promise<void>) =>
    adapterOf(services).continueConversation(identity, conversation.reference as unknown as ConversationReference, work);
  const send = async (conversation: StoredConversation, message: Activity) => {
    let id: string | undefined;
    await within(conversation, async (context) => {
      id = (await context.sendActivity(message))?.id;
    });
    return id;
  };
  return {
    async post(conversation, card) {
      await send(conversation, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    },
    send,
    async update(conversation, messageId, card) {
      await within(conversation, async (context) => {
        await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: messageId } as Activity);
      });
    },
  };
}
