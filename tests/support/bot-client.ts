import type { RunningApi } from './api-host';
import type { ConnectorRecorder } from './connector-recorder';

/**
 * Talks to the bot's endpoint as Teams would for the demo tenant's Northside chat:
 * messages ask for their replies in the response (`expectReplies`), and an invoke's
 * card comes back as the response itself.
 */
export function botClient(api: () => Pick<RunningApi, 'url'>, connector: () => ConnectorRecorder, conversationId = 'northside-chat') {
  let sequence = 0;

  function activity(person: string, fields: Record<string, unknown>) {
    sequence += 1;
    return {
      id: `${conversationId}-activity-${sequence}`,
      channelId: 'msteams',
      serviceUrl: connector().url,
      from: { id: `user-${person}`, aadObjectId: person, name: person },
      recipient: { id: 'sociocracy-bot', name: 'Sociocracy for Teams' },
      conversation: { id: conversationId, tenantId: 'riverside-dev' },
      ...fields,
    };
  }

  async function post(body: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${api().url}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** The cards the bot answers a message with. */
  async function say(person: string, text: string): Promise<any[]> {
    const { status, body } = await post(activity(person, { type: 'message', text, deliveryMode: 'expectReplies' }));
    if (status !== 200) throw new Error(`the bot answered ${status}`);
    return body.activities.flatMap((a: any) => (a.attachments ?? []).map((attachment: any) => attachment.content));
  }

  /** Clicks an Action.Execute on the message `on` (when given): the card returned to the person who clicked. */
  async function click(
    person: string,
    verb: string,
    data: Record<string, unknown>,
    options: { id?: string; on?: string; locale?: string } = {},
  ): Promise<any> {
    const clicked = activity(person, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data } },
      ...(options.on ? { replyToId: options.on } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    });
    const { status, body } = await post(options.id ? { ...clicked, id: options.id } : clicked);
    if (status !== 200 || body?.type !== 'application/vnd.microsoft.card.adaptive')
      throw new Error(`the invoke answered ${status}: ${JSON.stringify(body)}`);
    return body.value;
  }

  return { activity, post, say, click };
}

/** The card's actions, those of action sets in its body and those inside ShowCards. */
export function actionsOf(card: any): any[] {
  const top = [
    ...card.body.filter((element: any) => element.type === 'ActionSet').flatMap((set: any) => set.actions),
    ...(card.actions ?? []),
  ];
  return [...top, ...top.flatMap((action: any) => action.card?.actions ?? [])];
}

export const texts = (card: any): string => JSON.stringify(card.body);
export const titles = (card: any): string[] => actionsOf(card).map((action: any) => action.title);

/** The data of the card action titled `title`. */
export function dataOf(card: any, title: string): Record<string, unknown> {
  const found = actionsOf(card).find((action: any) => action.title === title);
  if (!found) throw new Error(`no action “${title}” among ${titles(card).join(', ')}`);
  return { ...found.data };
}
