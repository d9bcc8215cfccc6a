import { itemClock, type ItemClock, type Meeting } from '../../../shared';

/** The meeting's GET as the run renders it: whose turn it is, the caller's steps and the server's time when it answered. */
export interface RunView {
  readonly meeting: Meeting;
  readonly turn: { readonly personId: string; readonly round: string; readonly itemId: string | null; readonly position: number; readonly of: number } | null;
  readonly steps: readonly string[];
  readonly now: { readonly serverNow: string };
}

/**
 * An item's clock now, as every page shows it: the server's time when it answered plus
 * the time since this page received the answer, so pages whose own clocks differ agree.
 */
export function clockNow(view: RunView, receivedAt: number, pageNow: number, itemId: string): ItemClock {
  const serverNow = new Date(Date.parse(view.now.serverNow) + Math.max(0, pageNow - receivedAt)).toISOString();
  return itemClock(view.meeting, itemId, serverNow);
}
