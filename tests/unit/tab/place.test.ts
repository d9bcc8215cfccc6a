import { devPlaceOf, placeOf, type PlaceContext } from '../../../tab/teams/place';

/** The context Teams hands the tab, as much of it as says where the tab is. */
const context = (parts: Partial<PlaceContext>): PlaceContext => ({ page: {}, ...parts });

describe('where the tab is open, as Teams says it', () => {
  it('recognises a meeting’s side panel and its shared stage, keeping Teams’ meeting id and the meeting chat', () => {
    const meeting = { chat: { id: '19:meeting_northside@thread.v2' }, meeting: { id: 'MCMx-northside' } };
    expect(placeOf(context({ ...meeting, page: { frameContext: 'sidePanel' } }))).toEqual({
      kind: 'meeting',
      chatId: '19:meeting_northside@thread.v2',
      teamsMeetingId: 'MCMx-northside',
      frame: 'sidePanel',
    });
    expect(placeOf(context({ ...meeting, page: { frameContext: 'meetingStage' } }))).toMatchObject({
      kind: 'meeting',
      frame: 'meetingStage',
    });
    // Before and after the call the meeting's chat and details show the tab as content.
    expect(placeOf(context({ ...meeting, page: { frameContext: 'content' } }))).toMatchObject({ kind: 'meeting', frame: 'content' });
  });

  it('tells a group chat without a meeting from a meeting, and a channel (its meetings included) from both', () => {
    expect(placeOf(context({ chat: { id: '19:chat@thread.v2' }, page: { frameContext: 'content' } }))).toEqual({
      kind: 'chat',
      chatId: '19:chat@thread.v2',
    });
    const channel = { team: { internalId: '19:team@thread.skype' }, channel: { id: '19:rota@thread.skype' } };
    expect(placeOf(context({ ...channel, meeting: { id: 'MCMx-channel' }, page: { frameContext: 'sidePanel' } }))).toEqual({
      kind: 'channel',
      teamId: '19:team@thread.skype',
      channelId: '19:rota@thread.skype',
    });
    expect(placeOf(context({}))).toEqual({ kind: 'personal' });
  });
});

describe('where the tab plays being open, outside Teams (the address)', () => {
  const place = (query: string) => devPlaceOf(new URLSearchParams(query));

  it('plays a meeting’s side panel or stage with &frame=, and its chat tab without it', () => {
    expect(place('?chat=northside-meeting-chat&meeting&frame=sidePanel')).toEqual({
      kind: 'meeting',
      chatId: 'northside-meeting-chat',
      teamsMeetingId: null,
      frame: 'sidePanel',
    });
    expect(place('?chat=northside-meeting-chat&meeting=MCMx-1&frame=meetingStage')).toEqual({
      kind: 'meeting',
      chatId: 'northside-meeting-chat',
      teamsMeetingId: 'MCMx-1',
      frame: 'meetingStage',
    });
    expect(place('?chat=northside-meeting-chat&meeting')).toMatchObject({ kind: 'meeting', frame: 'content' });
    expect(place('?chat=northside-meeting-chat&meeting&frame=settings')).toMatchObject({ kind: 'meeting', frame: 'content' });
  });

  it('plays a chat, a channel, or nothing', () => {
    expect(place('?chat=northside-chat')).toEqual({ kind: 'chat', chatId: 'northside-chat' });
    expect(place('?team=t&channel=c&frame=sidePanel')).toEqual({ kind: 'channel', teamId: 't', channelId: 'c' });
    expect(place('?meeting&frame=sidePanel')).toEqual({ kind: 'personal' });
  });
});
