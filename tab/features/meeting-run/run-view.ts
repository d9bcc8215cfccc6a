import { itemClock, type ItemClock, type MeetingView } from '../../../shared';

/** The meeting's GET as the run renders it (the core's view): whose turn it is, the caller's steps and the server's time when it answered. */
export type RunView = MeetingView;

/**
 * An item's clock now, as every page shows it: the server's time when it answered plus
 * the time since this page received the answer, so pages whose own clocks differ agree.
 */
export function clockNow(view: RunView, receivedAt: number, pageNow: number, itemId: string): ItemClock {
  const serverNow = new Date(Date.parse(view.now.serverNow) + Math.max(0, pageNow - receivedAt)).toISOString();
  return itemClock(view.meeting, itemId, serverNow);
}
