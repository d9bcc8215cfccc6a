import type { Activity } from '@microsoft/agents-activity';
import type { InvokeResponse, TurnContext } from '@microsoft/agents-hosting';
import { ActivityHandler, CardFactory, MessageFactory } from '@microsoft/agents-hosting';
import type { TeamsBinding } from '../../shared';
import { activeCircles } from '../../shared';
import type { BotDeps, Caller, Outcome } from './actions';
import { boundCircle, handleAction } from './actions';
import { ExecuteValue } from './card-actions';
import type { AdaptiveCard } from './cards/card';
import { errorCard, greetingCard } from './cards/conversation-cards';
import { handleCommand } from './commands';

const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

type Channel = { channel?: { id?: string }; team?: { id?: string }; tenant?: { id?: string } };

/** Where the activity happened, as a circle's binding records it: a team channel or a chat. */
function bindingOf(activity: Activity): TeamsBinding {
  const channelData = (activity.channelData ?? {}) as Channel;
  const conversationId = activity.conversation?.id ?? '';
  if (channelData.team?.id && channelData.channel?.id) return { kind: 'channel', teamId: channelData.team.id, channelId: channelData.channel.id };
  return { kind: 'chat', chatId: conversationId.split(';')[0] ?? conversationId };
}

/**
 * The caller as Teams names them: tenant (`conversation.tenantId`, else
 * `channelData.tenant.id`) and Entra object id. Without both, nobody can act.
 */
function callerOf(deps: BotDeps, activity: Activity): Caller | null {
  const channelData = (activity.channelData ?? {}) as Channel;
  const tenantId = activity.conversation?.tenantId ?? channelData.tenant?.id;
  const personId = activity.from?.aadObjectId;
  const conversationId = activity.conversation?.id;
  if (!tenantId || !personId || !conversationId) return null;
  const operationId = activity.id && /^[A-Za-z0-9._:-]{1,100}$/.test(activity.id) ? activity.id : undefined;
  return {
    tenantId,
    personId,
    actor: deps.services.actorOf(tenantId, personId),
    conversationId,
    binding: bindingOf(activity),
    ...(operationId ? { operationId } : {}),
  };
}

const attachment = (card: AdaptiveCard) => CardFactory.adaptiveCard(card);

/**
 * The bot: greets a conversation it joins and offers to bind it to a circle, answers
 * typed commands with cards, and runs the steps people click on those cards.
 */
export class CircleAgent extends ActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((member) => member.id === botId)) await this.greet(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      const caller = callerOf(this.deps, context.activity);
      const card = caller ? await handleCommand(this.deps, caller, context.activity.text ?? '') : errorCard('Teams did not say who you are, so I cannot act for you here.');
      if (caller) await this.remember(context, caller);
      await context.sendActivity(MessageFactory.attachment(attachment(card)));
      await next();
    });
  }

  private async greet(context: TurnContext): Promise<void> {
    const caller = callerOf(this.deps, context.activity);
    if (!caller) return;
    await this.remember(context, caller);
    const circles = activeCircles((await this.deps.services.structures.load(caller.tenantId)).structure);
    await context.sendActivity(MessageFactory.attachment(attachment(greetingCard(circles, boundCircle(circles, caller.binding)))));
  }

  /** Keeps the conversation reference (to post later) and the caller's Teams user id (for their own view of shared cards). */
  private async remember(context: TurnContext, caller: Caller): Promise<void> {
    const activity = context.activity;
    const stored = await this.deps.conversations.get(caller.tenantId, caller.conversationId);
    const userId = activity.from?.id;
    const reference = activity.getConversationReference() as unknown as Record<string, unknown>;
    const known = stored?.teamsUserIds[caller.personId] === userId && JSON.stringify(stored?.reference) === JSON.stringify(reference);
    if (known) return;
    await this.deps.conversations.put(caller.tenantId, {
      conversationId: caller.conversationId,
      reference,
      teamsUserIds: { ...(stored?.teamsUserIds ?? {}), ...(userId ? { [caller.personId]: userId } : {}) },
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const card = await this.execute(context);
    return { status: 200, body: { statusCode: 200, type: adaptiveCardType, value: card } };
  }

  /** Runs a card's action; the shared message is then updated for everyone, the caller sees their own view. */
  private async execute(context: TurnContext): Promise<AdaptiveCard> {
    const caller = callerOf(this.deps, context.activity);
    if (!caller) return errorCard('Teams did not say who you are, so I cannot act for you here.');
    const value = ExecuteValue.safeParse(context.activity.value);
    if (!value.success) return errorCard('This card’s action is not one I know. Type **help** to see what I can do.');
    await this.remember(context, caller);
    const outcome: Outcome = await handleAction(this.deps, caller, value.data);
    const messageId = context.activity.replyToId;
    if (outcome.shared && messageId) {
      try {
        await context.updateActivity({ ...MessageFactory.attachment(attachment(outcome.shared)), id: messageId } as Activity);
      } catch (error) {
        // The step is stored; the others' copy catches up at their next refresh.
        console.warn(`Could not update the shared card ${messageId}:`, error instanceof Error ? error.message : error);
      }
    }
    return outcome.viewer;
  }
}
