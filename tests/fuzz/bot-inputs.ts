import fc from 'fast-check';
import { anyJson, demoPeople, hostileStrings, knownIds, strangeBodies } from './hostile-values';
import type { FuzzInput } from './route-inputs';

const activityTypes = [
  'message',
  'invoke',
  'conversationUpdate',
  'messageReaction',
  'installationUpdate',
  'event',
  'typing',
  'endOfConversation',
  '',
  'constructor',
];
const invokeNames = [
  ...['adaptiveCard/action', 'composeExtension/query', 'task/fetch', 'signin/verifyState'],
  ...['actionableMessage/executeAction', 'fileConsent/invoke', 'unknown/thing', '__proto__', ''],
];
const verbs = [
  ...['bind-circle', 'create-circle', 'draft-proposal', 'proposal-step', 'refresh', 'refresh-selection'],
  ...['selection-step', 'start-selection', 'show-proposal', 'show-selection', 'help', 'nope', 'toString'],
];
const words = ['help', 'propose', 'select', 'status', 'reviews', 'bind', 'hello', '<at>Sociocracy</at> status', ''];

/** What a card's button sends back, right or garbled. */
const cardData = fc.oneof(
  fc.record(
    {
      subject: fc.constantFrom('proposal', 'selection', 'constructor'),
      circleId: fc.constantFrom(...knownIds, '__proto__'),
      proposalId: fc.constantFrom(...knownIds),
      selectionId: fc.constantFrom(...knownIds),
      revision: fc.oneof(fc.nat(5), anyJson),
      step: anyJson,
      type: fc.constantFrom('answer', 'close-consent-round', 'react', 'nope'),
      answer: anyJson,
      text: hostileStrings,
    },
    { requiredKeys: [] },
  ),
  anyJson,
);

const conversation = fc.record({
  id: fc.constantFrom('northside-chat', 'hub-channel', 'new-chat', 'constructor'),
  tenantId: fc.constantFrom('riverside-dev', 'riverside-dev', 'other-tenant', '__proto__'),
  conversationType: fc.constantFrom('personal', 'groupChat', 'channel'),
});

const channelData = fc.record({
  tenant: fc.record({ id: fc.constantFrom('riverside-dev', 'other') }),
  team: fc.record({ id: fc.constantFrom('team-1', '') }),
  channel: fc.record({ id: fc.constantFrom('channel-1', '') }),
});

/**
 * Activities as the Agents Playground sends them in dev mode (unsigned), mostly
 * well formed for the demo tenant and its conversations, any field left out or
 * replaced by something else now and then. `serviceUrl` takes the bot's replies.
 */
export function botInputs(serviceUrl: string): fc.Arbitrary<FuzzInput> {
  const person = fc.constantFrom(...demoPeople, 'stranger', 'constructor').map((p) => ({ id: `user-${p}`, aadObjectId: p, name: p }));
  const action = fc.record(
    { type: fc.constantFrom('Action.Execute', 'Action.Submit'), verb: fc.oneof(fc.constantFrom(...verbs), hostileStrings), data: cardData },
    { requiredKeys: [] },
  );
  const activity = fc.record(
    {
      type: fc.constantFrom(...activityTypes),
      id: fc.oneof(fc.uuid(), hostileStrings),
      channelId: fc.constantFrom('msteams', 'msteams', 'webchat', ''),
      serviceUrl: fc.constantFrom(serviceUrl, serviceUrl, serviceUrl, 'http://127.0.0.1:9/', 'not a url', ''),
      from: fc.oneof({ weight: 8, arbitrary: person }, { weight: 2, arbitrary: anyJson }),
      recipient: fc.constant({ id: 'sociocracy-bot', name: 'Sociocracy for Teams' }),
      conversation: fc.oneof({ weight: 8, arbitrary: conversation }, { weight: 2, arbitrary: anyJson }),
      text: fc.oneof(fc.constantFrom(...words), hostileStrings),
      name: fc.constantFrom(...invokeNames),
      value: fc.oneof({ weight: 6, arbitrary: fc.record({ action }) }, { weight: 2, arbitrary: anyJson }),
      membersAdded: fc.oneof(fc.constant([{ id: 'sociocracy-bot' }]), anyJson),
      channelData: fc.oneof(channelData, anyJson),
      deliveryMode: fc.constantFrom('expectReplies', 'normal'),
      replyToId: hostileStrings,
    },
    { requiredKeys: ['type'] },
  );
  const body = fc.oneof({ weight: 9, arbitrary: activity.map((a) => JSON.stringify(a)) }, { weight: 1, arbitrary: strangeBodies });
  const contentType = fc.constantFrom('application/json', 'application/json', 'text/plain');
  return fc.tuple(body, contentType).map(([sent, type]) => ({
    target: 'POST /api/messages',
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': type },
    body: sent,
  }));
}
