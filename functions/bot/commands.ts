import { activeCircles, dayOf, isMember, openReviews } from '../../shared';
import { readStatus } from '../application/read-status';
import type { BotDeps, Caller } from './actions';
import { boundCircle } from './actions';
import { isCommandWord } from './command-words';
import type { AdaptiveCard } from './cards/card';
import { errorCard, greetingCard, helpCard, proposeCard, reviewsCard, selectCard, statusCard } from './cards/conversation-cards';

/** The text of a message without the bot's @mention and surrounding space, as Teams sends it in channels. */
export function commandText(raw: string): string {
  return raw
    .replace(/<at>[^<]*<\/at>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A typed command: `help`, `status`, `propose`, `select`, `reviews`, `bind`. Unknown text gets
 * help, never silence. In a circle's conversation its circle counts; in the 1:1 chat
 * the caller's own circles; a reply is seen by everyone in the conversation, so
 * `status` names nothing undecided in a conversation that is no circle's home.
 */
export async function handleCommand(deps: BotDeps, caller: Caller, raw: string, personal: boolean): Promise<AdaptiveCard> {
  const { texts } = caller;
  const noCircle = () => errorCard(texts.t('cards', 'errorNoCircle'));
  const text = commandText(raw);
  const word = text.split(' ')[0]?.toLowerCase() ?? '';
  // An empty message is a plain request for help; anything else unknown is quoted back.
  if (!isCommandWord(word)) return helpCard(texts, text.slice(0, 80));
  const now = caller.now;
  const { structure } = await deps.services.structures.load(caller.tenantId);
  const circles = activeCircles(structure);
  const bound = boundCircle(circles, caller.binding);
  const mine = bound ? [bound] : circles.filter((circle) => isMember(circle, caller.personId));
  switch (word) {
    case 'help':
      return helpCard(texts);
    case 'bind':
      return greetingCard(circles, bound, texts);
    case 'propose':
      return mine.length === 0 ? noCircle() : proposeCard(mine, bound, dayOf(now), texts);
    case 'select':
      return mine.length === 0 ? noCircle() : selectCard(mine, bound, texts);
    case 'status': {
      if (!bound && !personal) return errorCard(texts.t('cards', 'errorStatusNotHome'));
      return statusCard(
        await readStatus(deps.services, caller.tenantId, caller.personId, caller.actor, structure, mine, now),
        circles,
        bound,
        texts,
      );
    }
    case 'reviews': {
      const ids = new Set(mine.map((circle) => circle.circleId));
      const reviews = openReviews(structure, await deps.services.proposals.loadAll(caller.tenantId), dayOf(now)).filter((r) =>
        ids.has(r.circleId),
      );
      return reviewsCard(reviews, now, texts);
    }
    default: {
      const unknown: never = word;
      return unknown;
    }
  }
}
