import type { ConversationReference } from '@microsoft/agents-activity';
import { CardFactory, CloudAdapter, MessageFactory } from '@microsoft/agents-hosting';
import type { Services } from '../composition/services';
import type { StoredConversation } from '../storage/conversation-store';
import type { AdaptiveCard } from './cards/card';

const adapters = new WeakMap<Services, CloudAdapter>();

/** One adapter per deployment's services: the messages endpoint and the timers send through the same one. */
export function adapterOf(services: Services): CloudAdapter {
  let adapter = adapters.get(services);
  if (!adapter) {
    adapter = new CloudAdapter(services.botAuth);
    adapters.set(services, adapter);
  }
  return adapter;
}

/** Posts a card into a conversation the bot is in, unprompted: the reminders of the timer. */
export interface ConversationPoster {
  post(conversation: StoredConversation, card: AdaptiveCard): Promise<void>;
}

export function conversationPoster(services: Services): ConversationPoster {
  // Without a client id (dev mode, the Agents Playground) the bot sends unsigned, as it receives.
  const identity: Parameters<CloudAdapter['continueConversation']>[0] = services.botAuth.clientId ?? {};
  return {
    async post(conversation, card) {
      await adapterOf(services).continueConversation(identity, conversation.reference as unknown as ConversationReference, async (context) => {
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      });
    },
  };
}
