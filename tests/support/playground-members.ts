import { setTimeout as pause } from 'node:timers/promises';

/**
 * Resolves once the Agents Playground lists `conversationId`'s members at its Bot
 * Connector endpoint (the one the bot reads the roster from), so a step that reads the
 * roster does not depend on when the Playground came to know the conversation. It
 * knows its configured chats from its start (read in its bundle: they are created
 * from the configuration file), so this normally answers at the first ask; a
 * Playground that never lists them fails the test here, naming the last answer.
 */
export async function playgroundListsMembers(playgroundUrl: string, conversationId: string, asks = 50): Promise<void> {
  const url = `${playgroundUrl}/_connector/v3/conversations/${encodeURIComponent(conversationId)}/pagedmembers`;
  let last = '';
  for (let ask = 1; ask <= asks; ask += 1) {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (response.ok) return;
    last = `${response.status} ${(await response.text()).slice(0, 200)}`;
    // Polled, not waited out: the next ask is all that waits.
    await pause(100);
  }
  throw new Error(`The Agents Playground did not list the members of ${conversationId} after ${asks} asks: ${last}`);
}
