import type { Activity } from '@microsoft/agents-activity';
import type { InvokeResponse, TurnContext } from '@microsoft/agents-hosting';
import { ActivityHandler, CardFactory, MessageFactory } from '@microsoft/agents-hosting';
import type { TeamsBinding } from '../../shared';
import { Id, PersonId, activeCircles, own } from '../../shared';
import { CloseUnderWay, ContentionError } from '../application/contention';
import { faultOf, isStorageUnavailable } from '../application/storage-faults';
import { tenantsNamedBy } from '../auth/activity-tenant';
import type { StoredConversation } from '../application/ports/conversation-repository';
import type { BotDeps, Caller, Outcome, SharedCard } from './actions';
import { boundCircle, handleAction } from './actions';
import { ExecuteValue } from './card-actions';
import type { AdaptiveCard } from './cards/card';
import { errorCard, greetingCard } from './cards/conversation-cards';
import { handleCommand } from './commands';
import { offersAnyone, rosterOnBind, sharedRosterCard } from './roster-actions';
import { teamsMembers } from './roster-reader';
import { localeOf } from '../../texts/locales';
import { textsFor } from '../../texts/all';
import type { KeyOf } from '../../texts/catalogues/en';
import type { Texts } from '../../texts/translate';

const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

type Channel = { channel?: { id?: string }; team?: { id?: string } };

/** The caller before their conversation is read. */
type Arrival = Omit<Caller, 'conversation'>;

/** Where the activity happened, as a circle's binding records it: a team channel or a chat. */
function bindingOf(activity: Activity): TeamsBinding {
  const channelData = (activity.channelData ?? {}) as Channel;
  const conversationId = activity.conversation?.id ?? '';
  if (channelData.team?.id && channelData.channel?.id)
    return { kind: 'channel', teamId: channelData.team.id, channelId: channelData.channel.id };
  return { kind: 'chat', chatId: conversationId.split(';')[0] ?? conversationId };
}

/** A reply and a card's refresh speak the language of the person who acted, as their Teams client says it. */
const textsOf = (activity: Activity): Texts => textsFor(localeOf(activity.locale));

/**
 * The caller as the Bot Connector relays them: the tenant the activity names
 * (`conversation.tenantId` and `channelData.tenant.id` must agree) and the person's
 * Entra object id. The endpoint took the activity only from the Bot Connector, and
 * an Entra-issued channel token only for its own tenant (`auth/bot-token.ts`).
 * Without both, nobody can act.
 */
function callerOf(deps: BotDeps, activity: Activity): Arrival | null {
  const tenants = tenantsNamedBy(activity);
  const tenantId = tenants.length === 1 ? tenants[0] : undefined;
  const personId = activity.from?.aadObjectId;
  // Ids from outside are the core's ids or nobody: no control characters, no names every object has.
  // A channel thread's id carries `;messageid=…`; the conversation is the channel's.
  const conversationId = activity.conversation?.id?.split(';')[0];
  if (!tenantId || !personId || !conversationId || !PersonId.safeParse(personId).success || !Id.safeParse(tenantId).success) return null;
  const operationId = activity.id && /^[A-Za-z0-9._:-]{1,100}$/.test(activity.id) ? activity.id : undefined;
  return {
    tenantId,
    personId,
    actor: deps.services.actorOf(tenantId, personId),
    conversationId,
    binding: bindingOf(activity),
    ...(operationId ? { operationId } : {}),
    now: deps.services.now(),
    texts: textsOf(activity),
  };
}

/**
 * The caller's Teams user id as kept for their own view of shared cards: Teams ids
 * are short and plain (`29:1a2b…`); anything else is not kept, so no caller can
 * swell the conversation's row that everyone there shares.
 */
function teamsUserIdOf(activity: Activity): string | undefined {
  const id = activity.from?.id;
  return id !== undefined && /^[A-Za-z0-9:._@-]{1,256}$/.test(id) ? id : undefined;
}

const attachment = (card: AdaptiveCard) => CardFactory.adaptiveCard(card);

/**
 * Posts the bot's answer into the conversation. A reply that cannot be delivered
 * (the serviceUrl is unreachable or refuses it) is logged, not thrown: whatever the
 * person asked for is already done or refused, and Teams would only retry it.
 */
async function deliver(context: TurnContext, card: AdaptiveCard): Promise<void> {
  try {
    await context.sendActivity(MessageFactory.attachment(attachment(card)));
  } catch (error) {
    console.error(
      `The bot could not deliver its answer to ${context.activity.serviceUrl ?? 'no serviceUrl'}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

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
      const words = textsOf(context.activity).of('cards');
      const card = await answering(words, async () => {
        const caller = callerOf(this.deps, context.activity);
        if (!caller) return errorCard(words('errorUnknownCaller'));
        if (!this.deps.services.tenantAllowed(caller.tenantId)) return errorCard(words('errorTenantRefused'));
        const known = await this.remember(context, caller);
        return handleCommand(this.deps, known, context.activity.text ?? '', context.activity.conversation?.conversationType === 'personal');
      });
      await deliver(context, card);
      await next();
    });
  }

  private async greet(context: TurnContext): Promise<void> {
    const caller = callerOf(this.deps, context.activity);
    if (!caller || !this.deps.services.tenantAllowed(caller.tenantId)) return;
    const known = await this.remember(context, caller);
    const { structure } = await this.deps.services.structures.load(caller.tenantId);
    const circles = activeCircles(structure);
    const bound = boundCircle(circles, caller.binding);
    await deliver(context, greetingCard(circles, bound, caller.texts));
    if (!bound) return;
    // Added where a circle is at home already: everyone sees who is not a member yet, and whoever may add them gets the form.
    const roster = await rosterOnBind(this.deps, known, teamsMembers(context, caller.conversationId));
    if (offersAnyone(bound, roster)) await deliver(context, sharedRosterCard(this.deps, structure, bound, known, roster));
  }

  /**
   * Keeps the conversation reference (to post later) and the caller's Teams user id
   * (for their own view of shared cards). This is the request's one read of the
   * conversation (written only when it changed): the caller carries it from here on.
   * On a click (`withStep`), a user id that is the only change is left to the step's
   * own write (`unkeptUser`), so a person's first click costs no extra round trip.
   */
  private async remember(context: TurnContext, caller: Arrival, withStep = false): Promise<Caller> {
    const activity = context.activity;
    const userId = teamsUserIdOf(activity);
    // The parts of the reference that say where to post, not who happened to write last.
    const {
      activityId: _activityId,
      user: _user,
      ...reference
    } = activity.getConversationReference() as unknown as Record<string, unknown>;
    const next = (current: StoredConversation | null): StoredConversation => ({
      ...current,
      conversationId: caller.conversationId,
      reference,
      teamsUserIds: { ...(current?.teamsUserIds ?? {}), ...(userId ? { [caller.personId]: userId } : {}) },
      cards: current?.cards ?? {},
    });
    if (withStep && userId) {
      const arrived = await this.deps.conversations.arrive(caller.tenantId, caller.conversationId, next, {
        personId: caller.personId,
        userId,
      });
      return { ...caller, conversation: arrived.conversation, ...(arrived.unkeptUser ? { unkeptUser: arrived.unkeptUser } : {}) };
    }
    const conversation = await this.deps.conversations.update(caller.tenantId, caller.conversationId, next);
    return { ...caller, conversation };
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // Card actions are the only invokes this bot offers; any other is refused plainly, not as “not implemented”.
    if (context.activity.name !== 'adaptiveCard/action') {
      // Teams shows this body to nobody: it names the refusal for whoever reads the traffic.
      const notOurs = new Error('The bot answers only the actions of its own cards.');
      return { status: 400, body: { error: { code: 'invalid-input', message: notOurs.message, field: 'name' } } };
    }
    const card = await answering(textsOf(context.activity).of('cards'), () => this.execute(context));
    return { status: 200, body: { statusCode: 200, type: adaptiveCardType, value: card } };
  }

  /** Runs a card's action: the caller sees their own view, and the circle's shared card follows. */
  private async execute(context: TurnContext): Promise<AdaptiveCard> {
    const words = textsOf(context.activity).of('cards');
    const arrival = callerOf(this.deps, context.activity);
    if (!arrival) return errorCard(words('errorUnknownCaller'));
    if (!this.deps.services.tenantAllowed(arrival.tenantId)) return errorCard(words('errorTenantRefused'));
    const value = ExecuteValue.safeParse(context.activity.value);
    if (!value.success) return errorCard(words('errorUnknownAction'));
    const caller = await this.remember(context, arrival, true);
    const outcome: Outcome = await handleAction(this.deps, caller, value.data, teamsMembers(context, caller.conversationId));
    // A step refused or replayed wrote nothing, so the user id is kept on its own.
    const unkept = caller.unkeptUser;
    if (unkept && !outcome.keptUser) await this.deps.conversations.keepUser(caller.tenantId, unkept);
    if (outcome.shared) await this.share(context, caller, outcome.shared);
    return outcome.viewer;
  }

  /**
   * Updates the message that shows the record's card in this conversation (the
   * clicked one when a form became the record), or posts the card when there is none
   * yet; a message the record merely passed through (a status list) is left alone.
   * The message is looked up in the conversation as the request read it; only a new
   * one is written back.
   */
  private async share(context: TurnContext, caller: Caller, shared: SharedCard): Promise<void> {
    const clicked = context.activity.replyToId;
    try {
      const known = caller.conversation ? own(caller.conversation.cards, shared.record) : undefined;
      const target = shared.fromClicked ? clicked : known;
      const message = MessageFactory.attachment(attachment(shared.card));
      let shownIn = target;
      if (target) await context.updateActivity({ ...message, id: target } as Activity);
      else shownIn = (await context.sendActivity(message))?.id;
      if (shownIn && shownIn !== known) {
        await this.deps.conversations.update(caller.tenantId, caller.conversationId, (current) => ({
          ...current,
          conversationId: caller.conversationId,
          reference: current?.reference ?? {},
          teamsUserIds: current?.teamsUserIds ?? {},
          cards: { ...(current?.cards ?? {}), [shared.record]: shownIn },
        }));
      }
    } catch (error) {
      // The step is stored; everyone's copy catches up at the next step or refresh.
      console.warn(`Could not update the shared card of ${shared.record}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * A card whatever happens: a record that kept changing (or a close under way) says
 * so and asks to try again, storage out of reach says nothing was lost, and any
 * other failure is logged and answered in plain words, never left as an exception.
 */
async function answering(words: (key: KeyOf<'cards'>) => string, work: () => Promise<AdaptiveCard>): Promise<AdaptiveCard> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CloseUnderWay) return errorCard(words('errorCloseUnderWay'));
    if (error instanceof ContentionError) return errorCard(words('errorContention'));
    if (isStorageUnavailable(error)) {
      console.warn(`The bot could not reach storage: ${faultOf(error)}`);
      return errorCard(words('errorStorage'));
    }
    console.error('The bot could not handle an activity', error);
    return errorCard(words('errorUnexpected'));
  }
}
