import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { CardFactory, CloudAdapter, MessageFactory } from '@microsoft/agents-hosting';
import type { Services } from '../composition/services';
import type { StoredConversation } from '../storage/conversation-store';
import type { AdaptiveCard } from './cards/card';

const adapters = new WeakMap<Services, CloudAdapter>();

/**
 * A turn that failed is logged, and an invoke is answered with a retryable refusal.
 * Nothing is posted into the conversation: posting may be what failed (an
 * unreachable serviceUrl), and the SDK's default would post a message for developers.
 */
async function reportTurnError(context: TurnContext, error: Error): Promise<void> {
  console.error(`The bot could not finish a turn (${context.activity.type ?? 'no type'} ${context.activity.name ?? ''}): ${error.message}`);
  if (context.activity.type !== 'invoke') return;
  const refusal = { error: { code: 'unavailable', message: 'The bot cannot answer just now; try again shortly.' } };
  await context.sendActivity({ type: 'invokeResponse', value: { status: 503, body: refusal } } as Partial<Activity> as Activity);
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
    adapter.onTurnError = reportTurnError;
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
