/**
 * Where a meeting shows the tab: its side panel (320 px beside the call, one per
 * person), its shared stage (what the presenter shares, everyone sees the same), or
 * a tab of the meeting's chat or details before and after it (`content`). These are
 * teams-js's own names for the frames.
 */
export type MeetingFrame = 'sidePanel' | 'meetingStage' | 'content';

/**
 * Where the tab is open: a person's own tab, a team channel or a group chat (bound to
 * the circle of that conversation), or a Teams meeting (its chat is the circle's).
 * `teamsMeetingId` is Teams' id of the call, not the circle's meeting record; null
 * when the dev address plays a meeting without naming one.
 */
export type Place =
  | { readonly kind: 'personal' }
  | { readonly kind: 'channel'; readonly teamId: string; readonly channelId: string }
  | { readonly kind: 'chat'; readonly chatId: string }
  | { readonly kind: 'meeting'; readonly chatId: string; readonly teamsMeetingId: string | null; readonly frame: MeetingFrame };

/** The part of teams-js's `app.Context` that says where the tab is. */
export interface PlaceContext {
  readonly team?: { readonly internalId?: string };
  readonly channel?: { readonly id?: string };
  readonly chat?: { readonly id: string };
  readonly meeting?: { readonly id: string };
  readonly page: { readonly frameContext?: string };
}

const frameOf = (name: string | null | undefined): MeetingFrame => (name === 'sidePanel' || name === 'meetingStage' ? name : 'content');

/** The place Teams says the tab is in; a meeting in a channel is the channel's, as its conversation is. */
export function placeOf(context: PlaceContext): Place {
  const teamId = context.team?.internalId;
  if (context.channel?.id && teamId) return { kind: 'channel', teamId, channelId: context.channel.id };
  const chatId = context.chat?.id;
  if (!chatId) return { kind: 'personal' };
  const teamsMeetingId = context.meeting?.id;
  return teamsMeetingId === undefined
    ? { kind: 'chat', chatId }
    : { kind: 'meeting', chatId, teamsMeetingId, frame: frameOf(context.page.frameContext) };
}

/**
 * Outside Teams the address plays a place: `?chat=<id>`, `&meeting[=<Teams meeting id>]`
 * with `&frame=sidePanel|meetingStage` (else the meeting's chat tab), or `?team=<id>&channel=<id>`.
 */
export function devPlaceOf(query: URLSearchParams): Place {
  const chatId = query.get('chat');
  const teamId = query.get('team');
  const channelId = query.get('channel');
  if (chatId && query.has('meeting'))
    return { kind: 'meeting', chatId, teamsMeetingId: query.get('meeting') || null, frame: frameOf(query.get('frame')) };
  if (chatId) return { kind: 'chat', chatId };
  return teamId && channelId ? { kind: 'channel', teamId, channelId } : { kind: 'personal' };
}
