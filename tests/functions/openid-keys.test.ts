import { KeysUnavailable, publishedKeys } from '../../functions/auth/openid-keys';
import { freePort } from '../support/azurite';
import { startBotChannel, type BotChannel } from '../support/bot-channel';

/** The signing keys behind an OpenID metadata document, against the channel's contract fake. */
let channel: BotChannel;
beforeAll(async () => {
  channel = await startBotChannel();
});
afterAll(async () => {
  await channel?.close();
});

const fetchedSince = (start: number) => channel.requests.slice(start).filter((path) => path.startsWith('/botframework/'));

describe('published signing keys', () => {
  it('finds a key by id with the channels it is endorsed for, and the algorithms the metadata names', async () => {
    const keys = publishedKeys(channel.channelMetadataUrl);
    expect(await keys.algorithms()).toEqual(['RS256']);
    expect(await keys.key('channel-key-teams')).toMatchObject({ jwk: { kty: 'RSA', kid: 'channel-key-teams' }, endorsements: ['msteams', 'skype'] });
  });

  it('reads the keys again for an unknown key id at most every five minutes, so made-up ids cannot make it fetch on every request', async () => {
    let clock = 0;
    const keys = publishedKeys(channel.channelMetadataUrl, () => clock);
    const start = channel.requests.length;
    expect(await keys.key('channel-key-teams')).toBeDefined();
    expect(await keys.key('rotated-in')).toBeUndefined();
    expect(await keys.key('rotated-in')).toBeUndefined();
    expect(fetchedSince(start)).toHaveLength(2);
    clock += 5 * 60 * 1000;
    expect(await keys.key('rotated-in')).toBeUndefined();
    expect(fetchedSince(start)).toHaveLength(4);
  });

  it('reads the keys again after a day, even when every key asked for is known', async () => {
    let clock = 0;
    const keys = publishedKeys(channel.channelMetadataUrl, () => clock);
    const start = channel.requests.length;
    await keys.key('channel-key-teams');
    clock += 24 * 60 * 60 * 1000;
    await keys.key('channel-key-teams');
    expect(fetchedSince(start)).toHaveLength(4);
  });

  it('says the keys are unavailable when the metadata cannot be read, and tries again on the next request', async () => {
    const keys = publishedKeys(`http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration`);
    await expect(keys.key('channel-key-teams')).rejects.toBeInstanceOf(KeysUnavailable);
    await expect(keys.key('channel-key-teams')).rejects.toBeInstanceOf(KeysUnavailable);
  });
});
